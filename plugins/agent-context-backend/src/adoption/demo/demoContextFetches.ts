import { AdoptionRow } from '@agent-context/plugin-agent-context-common';
import { dayStartMs } from '../connectors/days';
import { contextFetchRow } from '../recording';
import { DemoWork } from './demoDayActivity';
import { between } from './seededRandom';

/** The clients the suite's recorder names, as agents reach the portal. */
const CLIENTS = ['claude-code', 'mcp', 'agent-context-cli'];

/**
 * The portal's own usage on the day: most people whose agent works on a
 * service also have it read the service's context, AGENTS.md or MCP tools
 * a few times, in the rows the usage recorder writes. Ids come from the
 * day and the person's place in the day's work, so a replay replaces.
 */
export function demoContextFetches(
  work: DemoWork[],
  day: string,
): AdoptionRow[] {
  const rows: AdoptionRow[] = [];
  work.forEach((w, person) => {
    const { random } = w;
    if (random() >= 0.7) {
      return;
    }
    const fetches = between(random, 1, 6);
    const tool = CLIENTS[between(random, 0, CLIENTS.length - 1)];
    for (let i = 0; i < fetches; i++) {
      rows.push(
        contextFetchRow(
          { entityRef: w.service, email: w.email, tool },
          {
            timestamp: new Date(
              dayStartMs(day) + between(random, 8 * 3600, 19 * 3600) * 1000,
            ).toISOString(),
            sourceId: `demo-${day}-${person}-${i}`,
          },
        ),
      );
    }
  });
  return rows;
}
