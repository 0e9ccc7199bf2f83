import { dayIndexOf } from './demoDayActivity';
import { demoDayPayloads } from './demoDayPayloads';
import { entity } from '../../__fixtures__/entities';
import { addDays } from '../connectors/days';
import {
  demoTestEntities,
  demoTestGraph,
} from './__testUtils__/demoTestOrganisation';
import { planDemoOrganisation } from './planDemoOrganisation';

const FIRST_DAY = '2026-09-01';

describe('demoDayPayloads', () => {
  it('is byte-identical for the same seed and day, and differs for another seed or day', async () => {
    const plan = planDemoOrganisation(await demoTestGraph(), 'seed');
    const payloads = (seed: string, day: string) =>
      JSON.stringify(demoDayPayloads(plan, { seed, firstDay: FIRST_DAY, day }));

    const day = '2026-11-17';
    expect(payloads('seed', day)).toBe(payloads('seed', day));
    expect(payloads('seed', day)).not.toBe(payloads('other', day));
    expect(payloads('seed', day)).not.toBe(payloads('seed', '2026-11-18'));
  });

  it("speaks each source's format, about the catalog's people only", async () => {
    const graph = await demoTestGraph();
    const plan = planDemoOrganisation(graph, 'seed');
    const emails = new Set(plan.teams.flatMap(team => team.members));

    const payloads = demoDayPayloads(plan, {
      seed: 'seed',
      firstDay: FIRST_DAY,
      // A Tuesday late in the rollout: everyone's channels are busy.
      day: '2026-11-24',
    });

    const resources = payloads.otlpMetrics.resourceMetrics!;
    expect(resources.length).toBeGreaterThan(0);
    for (const resource of resources) {
      const attributes = Object.fromEntries(
        resource.resource!.attributes!.map(a => [a.key, a.value?.stringValue]),
      );
      expect(emails).toContain(attributes['user.email']);
      expect(graph.get(attributes['backstage.entity_ref']!)).toBeDefined();
    }
    expect(payloads.cursorDailyUsage.data.length).toBeGreaterThan(0);
    for (const usage of payloads.cursorDailyUsage.data) {
      expect(emails).toContain(usage.email);
    }
    expect(payloads.gatewayLogs.length).toBeGreaterThan(0);
    for (const log of payloads.gatewayLogs) {
      const metadata = JSON.parse(log.metadata!);
      expect(emails).toContain(metadata.user);
      // The gateway's log ids are stored as they are: no e-mail in them.
      expect(log.id).not.toContain('@');
    }
    expect(payloads.pullRequestEvents).toContainEqual(
      expect.objectContaining({
        action: 'closed',
        pull_request: expect.objectContaining({ merged: true }),
      }),
    );
  });

  it("adds the portal's own usage as the recorder writes it, by the day's working people", async () => {
    const graph = await demoTestGraph();
    const plan = planDemoOrganisation(graph, 'seed');
    const payloads = demoDayPayloads(plan, {
      seed: 'seed',
      firstDay: FIRST_DAY,
      day: '2026-11-24',
    });
    const emails = new Set(plan.teams.flatMap(team => team.members));

    const fetches = payloads.contextFetches;
    expect(fetches.length).toBeGreaterThan(0);
    for (const row of fetches) {
      expect(row).toMatchObject({
        type: 'event',
        source: 'agent-context',
        metrics: { contextFetches: 1 },
      });
      expect(row.timestamp!.slice(0, 10)).toBe('2026-11-24');
      expect(emails).toContain(row.user?.email);
      expect(graph.get(row.entityRef!)).toBeDefined();
    }
    // Ids from the day, so that seeding the day again replaces its rows.
    expect(new Set(fetches.map(row => row.sourceId)).size).toBe(fetches.length);
    expect(
      fetches.every(row => row.sourceId.startsWith('demo-2026-11-24-')),
    ).toBe(true);
  });

  it('starts quiet: on the first day hardly anyone works with agents', async () => {
    const plan = planDemoOrganisation(await demoTestGraph(), 'seed');
    const people = plan.teams.flatMap(team => team.members).length;
    const activeOn = (day: string) => {
      const payloads = demoDayPayloads(plan, {
        seed: 'seed',
        firstDay: FIRST_DAY,
        day,
      });
      return (
        payloads.otlpMetrics.resourceMetrics!.length +
        payloads.cursorDailyUsage.data.length +
        new Set(payloads.gatewayLogs.map(log => JSON.parse(log.metadata!).user))
          .size
      );
    };
    expect(dayIndexOf(FIRST_DAY, '2026-11-24')).toBe(84);
    expect(activeOn('2026-09-02')).toBeLessThan(people * 0.1);
    expect(activeOn('2026-11-24')).toBeGreaterThan(people * 0.3);
  });

  it('reports someone in two teams once a day', async () => {
    const graph = await demoTestGraph([
      ...demoTestEntities,
      entity('User', 'both', { profile: { email: 'both@example.com' } }, [
        ['memberOf', 'group:default/charlie'],
        ['memberOf', 'group:default/delta'],
      ]),
    ]);
    const plan = planDemoOrganisation(graph, 'seed');
    let days = 0;
    for (let n = 0; n < 30; n++) {
      const payloads = demoDayPayloads(plan, {
        seed: 'seed',
        firstDay: FIRST_DAY,
        day: addDays('2026-11-01', n),
      });
      const reports = [
        ...payloads.otlpMetrics.resourceMetrics!.map(
          r =>
            r.resource!.attributes!.find(a => a.key === 'user.email')!.value!
              .stringValue,
        ),
        ...payloads.cursorDailyUsage.data.map(usage => usage.email),
        // One person's requests share their id's prefix.
        ...new Map(
          payloads.gatewayLogs.map(log => [
            log.id!.replace(/-\d+$/, ''),
            JSON.parse(log.metadata!).user,
          ]),
        ).values(),
      ].filter(email => email === 'both@example.com');
      expect(reports.length).toBeLessThanOrEqual(1);
      days += reports.length;
    }
    // Well into the rollout, they do work.
    expect(days).toBeGreaterThan(0);
  });
});
