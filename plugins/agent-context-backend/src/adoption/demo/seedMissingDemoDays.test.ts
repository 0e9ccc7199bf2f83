import { TestDatabases } from '@backstage/backend-test-utils';
import { addDays, dayOf } from '../connectors/days';
import { CONNECTOR_CURSORS_TABLE } from '../connectors/DatabaseConnectorCursorStore';
import { AdoptionFigures, isWithheld } from '../query/adoptionFigures';
import { parseAdoptionListParams } from '../query/adoptionListParams';
import { parseAdoptionRange } from '../query/adoptionRange';
import { demoPortal } from './__testUtils__/demoPortal';
import { demoTestGraph } from './__testUtils__/demoTestOrganisation';
import { planDemoOrganisation } from './planDemoOrganisation';
import { DEMO_CURSORS, seedMissingDemoDays } from './seedMissingDemoDays';

// Days near the real today: ingestion ignores days older than its
// retention, counted from now.
const today = dayOf(Date.now());
const SEED = 'test-seed';
const ALL = parseAdoptionListParams({ limit: '500' });

const range = (from: string, to: string) =>
  parseAdoptionRange({ from, to, bucket: 'week' }, today);
const shown = (figure: AdoptionFigures[keyof AdoptionFigures]) => {
  if (isWithheld(figure) || figure === null) {
    throw new Error(`expected a figure, got ${JSON.stringify(figure)}`);
  }
  return figure;
};

describe('seedMissingDemoDays', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  it('writes 90 days of usage in which adoption grows, some teams lag, one service costs most and small teams are withheld', async () => {
    const knex = await databases.init('SQLITE_3');
    const graph = await demoTestGraph();
    const portal = await demoPortal(knex, graph);
    const plan = planDemoOrganisation(graph, SEED);

    const seeding = await seedMissingDemoDays({
      plan,
      cursors: portal.cursors,
      sinks: portal.sinks,
      seed: SEED,
      today,
    });
    expect(seeding.days).toHaveLength(90);
    expect(seeding.days[0]).toBe(addDays(today, -89));
    expect(seeding.days[89]).toBe(today);

    const first30 = range(addDays(today, -89), addDays(today, -60));
    const last30 = range(addDays(today, -29), today);
    // Everything shown, to compare the figures; the minimum is checked below.
    const queries = portal.queries(1);
    const early = await queries.overview(first30);
    const late = await queries.overview(last30);
    const people = plan.teams.flatMap(team => team.members).length;

    expect(late.demo?.message).toContain('Demo data');
    // The share of the catalog's people grows from about a tenth to most.
    expect(late.users.inCatalog).toBe(people + 1);
    expect(shown(early.totals.activeUsers)).toBeLessThanOrEqual(people * 0.2);
    expect(shown(late.totals.activeUsers)).toBeGreaterThan(
      shown(early.totals.activeUsers),
    );
    expect(shown(late.totals.activeUsers)).toBeGreaterThanOrEqual(people * 0.5);
    // More merge requests once agents are in use, more of them assisted.
    expect(late.totals.mergeRequestsPerWeek).toBeGreaterThan(
      early.totals.mergeRequestsPerWeek,
    );
    expect(late.totals.aiAssistedShare!).toBeGreaterThan(
      early.totals.aiAssistedShare ?? 0,
    );

    const whole = range(addDays(today, -89), today);
    const entities = await queries.entities(whole, {
      ...ALL,
      sort: 'cost',
      order: 'desc',
    });
    expect(entities.items[0].ref).toBe(plan.expensiveService);
    const costs = entities.items.map(item => item.totals.cost);
    expect(shown(costs[0])).toBeGreaterThan(3 * shown(costs[1]));

    const teams = await portal.queries().teams(last30, ALL);
    const figuresOf = (ref: string) =>
      teams.items.find(item => item.ref === ref)!.totals;
    // The team of three shows withheld figures, never a number or zero.
    expect(figuresOf('group:default/tiny').activeUsers).toEqual({
      withheld: true,
      reason: expect.stringContaining('Fewer than 5 people'),
    });
    const visible = plan.teams.filter(team => team.members.length >= 5);
    const leading = visible.filter(team => !team.lagging);
    const lagging = visible.filter(team => team.lagging);
    for (const team of leading) {
      expect(shown(figuresOf(team.ref).activeUsers)).toBeGreaterThanOrEqual(5);
    }
    // A lagging team's few people may be withheld; either way they are
    // fewer than in any leading team.
    const activeIn = (ref: string) => {
      const figure = figuresOf(ref).activeUsers;
      return isWithheld(figure) ? 4 : (figure as number);
    };
    const leastLeading = Math.min(...leading.map(team => activeIn(team.ref)));
    for (const team of lagging) {
      expect(activeIn(team.ref)).toBeLessThan(leastLeading);
    }
  });

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    it('seeds only the missing days up to today, the curve anchored on the first', async () => {
      const knex = await databases.init(databaseId);
      const graph = await demoTestGraph();
      const portal = await demoPortal(knex, graph);
      const seed = (day: string) =>
        seedMissingDemoDays({
          plan: planDemoOrganisation(graph, SEED),
          cursors: portal.cursors,
          sinks: portal.sinks,
          seed: SEED,
          today: day,
          days: 5,
        });

      expect((await seed(addDays(today, -3))).days).toEqual(
        [-7, -6, -5, -4, -3].map(n => addDays(today, n)),
      );
      expect((await seed(addDays(today, -3))).days).toEqual([]);
      expect((await seed(today)).days).toEqual(
        [-2, -1, 0].map(n => addDays(today, n)),
      );
      expect(await portal.cursors.findLastDay(DEMO_CURSORS.firstDay)).toBe(
        addDays(today, -7),
      );
      expect(await portal.cursors.findLastDay(DEMO_CURSORS.lastDay)).toBe(
        today,
      );
    });

    it('replaces what a day seeded again wrote, so figures stay the same', async () => {
      const knex = await databases.init(databaseId);
      const graph = await demoTestGraph();
      const portal = await demoPortal(knex, graph);
      // Well into the rollout, so that the days are busy.
      await portal.cursors.saveLastDay(
        DEMO_CURSORS.firstDay,
        addDays(today, -80),
      );
      const seed = () =>
        seedMissingDemoDays({
          plan: planDemoOrganisation(graph, SEED),
          cursors: portal.cursors,
          sinks: portal.sinks,
          seed: SEED,
          today,
          days: 4,
        });
      const period = range(addDays(today, -3), today);

      const first = await seed();
      expect(first.rows).toBeGreaterThan(0);
      expect(first.otlpPoints).toBeGreaterThan(0);
      const queries = portal.queries(1);
      const once = await queries.overview(period);
      const rollups = await knex('agent_context_adoption_rollups').count({
        n: '*',
      });

      // As if the last day's mark were lost: every day is seeded again.
      await knex(CONNECTOR_CURSORS_TABLE)
        .where({ connector: DEMO_CURSORS.lastDay })
        .delete();
      expect(await seed()).toEqual(first);

      expect(await queries.overview(period)).toEqual(once);
      expect(
        await knex('agent_context_adoption_rollups').count({ n: '*' }),
      ).toEqual(rollups);
      expect(shown(once.totals.requests)).toBeGreaterThan(0);
      expect(once.totals.mergeRequestsMerged).toBeGreaterThan(0);
    });
  });
});
