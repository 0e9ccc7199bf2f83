import { AdoptionRow } from '@agent-context/plugin-agent-context-common';
import { parseGatewayLogs } from '../connectors/aiGateway/AiGatewayConnector';
import { parseCursorDailyUsage } from '../connectors/cursor/CursorConnector';
import { OtlpReceiver } from '../otlp/OtlpReceiver';
import { AdoptionIngestion } from '../types';
import { PullRequestEventRowOptions, pullRequestEventRow } from '../webhook';
import { DemoDayPayloads } from './demoDayPayloads';
import { DEMO_GATEWAY_KEYS } from './demoGatewayLogs';

/** Keys the digest that stands for a person in the Cursor rows' ids. */
const DEMO_CURSOR_IDENTITY_KEY = 'agent-context-demo';

/** Where the demo's payloads go: the paths real deliveries take. */
export interface DemoSinks {
  receiver: Pick<OtlpReceiver, 'receiveMetrics'>;
  ingestion: AdoptionIngestion;
  /** How the webhook tells AI-assisted pull requests. */
  pullRequestRules: PullRequestEventRowOptions['rules'];
}

/** What one day handed to ingestion. */
export interface DemoDaySeeded {
  /** OTLP data points the receiver took. */
  otlpPoints: number;
  /** Rows of the connectors', the webhook's and the recorder's formats. */
  rows: number;
}

/**
 * Hands one day's payloads to the same code that reads real deliveries:
 * the OTLP receiver, the connectors' parsers and the webhook's reading of
 * a pull request event, all into the one ingestion. Every row's id comes
 * from its payload, so a day seeded again replaces itself.
 */
export async function seedDemoDay(
  payloads: DemoDayPayloads,
  sinks: DemoSinks,
): Promise<DemoDaySeeded> {
  const { day } = payloads;
  const outcome = await sinks.receiver.receiveMetrics(payloads.otlpMetrics);
  if (outcome.rejected > 0) {
    throw new Error(
      `The OTLP receiver rejected ${outcome.rejected} demo points of ${day}: ${outcome.errorMessage}`,
    );
  }
  const rows: AdoptionRow[] = [
    ...parseCursorDailyUsage(payloads.cursorDailyUsage, {
      day,
      identityKey: DEMO_CURSOR_IDENTITY_KEY,
    }).rows,
    ...parseGatewayLogs(payloads.gatewayLogs, { day, keys: DEMO_GATEWAY_KEYS })
      .rows,
    ...payloads.contextFetches,
  ];
  for (const payload of payloads.pullRequestEvents) {
    const row = await pullRequestEventRow(payload, {
      rules: sinks.pullRequestRules,
    });
    if (row) {
      rows.push(row);
    }
  }
  if (rows.length > 0) {
    await sinks.ingestion.ingest(rows);
  }
  const otlpPoints = payloads.otlpMetrics.resourceMetrics!.flatMap(r =>
    r.scopeMetrics!.flatMap(s => s.metrics!.flatMap(m => m.sum!.dataPoints!)),
  ).length;
  return { otlpPoints, rows: rows.length };
}
