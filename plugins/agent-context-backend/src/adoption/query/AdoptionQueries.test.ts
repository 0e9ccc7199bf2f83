import { TestDatabases } from '@backstage/backend-test-utils';
import { NotFoundError } from '@backstage/errors';
import {
  RANGE,
  adoptionQueriesOver,
  adoptionRows,
} from '../../__testUtils__/adoptionScenario';
import {
  SeedRow,
  seedAdoptionRollups,
} from '../../__testUtils__/adoptionRollups';
import { AdoptionFigures, isWithheld } from './adoptionFigures';
import { parseAdoptionListParams } from './adoptionListParams';

const small = {
  withheld: true,
  reason: 'Fewer than 5 people are behind this figure',
};
const complement = {
  withheld: true,
  reason: expect.stringContaining('cannot be worked out from the total'),
};
const LIST = parseAdoptionListParams({});

/** Every usage figure withheld, merge requests shown. */
function expectUsageWithheld(figures: AdoptionFigures, reason: object = small) {
  for (const name of [
    'activeUsers',
    'requests',
    'sessions',
    'tokensIn',
    'tokensOut',
    'cacheReadTokens',
    'cacheWriteTokens',
    'cost',
    'linesAdded',
    'linesRemoved',
  ] as const) {
    expect(figures[name]).toEqual(reason);
  }
}

describe('AdoptionQueries', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    const setUp = async (minimumGroupSize?: number) =>
      adoptionQueriesOver(await databases.init(databaseId), {
        minimumGroupSize,
      });

    it("sums the organisation's figures, counting each person once over the period", async () => {
      const queries = await setUp();

      const overview = await queries.overview(RANGE);

      expect(overview.totals).toEqual({
        // 6 on checkout, 5 on payments, 3 on small, 6 unattributed; the
        // person who only fetched contexts is not an active AI user.
        activeUsers: 20,
        requests: 60 + 30 + 7 + 20 + 6 + 6,
        sessions: 6,
        tokensIn: 6000 + 150,
        tokensOut: 600,
        cacheReadTokens: 0,
        cacheWriteTokens: 0,
        cost: 3,
        linesAdded: 120 + 50,
        linesRemoved: 24,
        mergeRequestsOpened: 5,
        mergeRequestsMerged: 4,
        aiAssistedMergeRequestsOpened: 3,
        aiAssistedMergeRequestsMerged: 2,
        aiAssistedShare: 0.5,
        mergeRequestsPerWeek: 2,
        // Only two people fetched contexts.
        contextFetches: small,
      });
      expect(overview.baseline).toEqual({
        from: '2026-10-19',
        to: '2026-11-01',
        mergeRequestsPerWeek: 1,
        aiAssistedShare: 0,
      });
      expect(overview.teams).toEqual({ withActivity: 3, inCatalog: 4 });
      expect(overview.services).toEqual({ withActivity: 3, inCatalog: 4 });
      expect(overview.users).toEqual({ inCatalog: 3 });
    });

    it("shares every service's figures over a range between requests until this backend ingests", async () => {
      const knex = await databases.init(databaseId);
      const queries = await adoptionQueriesOver(knex);
      const more: SeedRow[] = [
        {
          day: '2026-11-03',
          entityRef: 'component:default/idle-service',
          metrics: { mergeRequestsMerged: 4 },
        },
      ];
      const idle = async () =>
        (await queries.entities(RANGE, LIST)).items.find(
          item => item.ref === 'component:default/idle-service',
        )!;
      expect((await idle()).totals.mergeRequestsMerged).toBe(0);

      await seedAdoptionRollups(knex, more);
      expect((await idle()).totals.mergeRequestsMerged).toBe(0);
      queries.invalidate();
      expect((await idle()).totals.mergeRequestsMerged).toBe(4);
    });

    it('counts only components as services with activity, as it counts those in the catalog', async () => {
      const queries = adoptionQueriesOver(await databases.init(databaseId), {
        rows: [
          ...adoptionRows,
          {
            day: '2026-11-03',
            entityRef: 'api:default/checkout-api',
            userKey: 'reader',
            metrics: { contextFetches: 1 },
          },
          {
            day: '2026-11-03',
            entityRef: 'system:default/shop',
            userKey: 'reader',
            metrics: { contextFetches: 1 },
          },
        ],
      });

      const overview = await (await queries).overview(RANGE);

      expect(overview.services).toEqual({ withActivity: 3, inCatalog: 4 });
    });

    it('counts distinct people per week, not a sum of days', async () => {
      const queries = await setUp();

      const { buckets } = await queries.overview(RANGE);

      expect(
        buckets.map(b => [b.start, b.end, b.activeUsers, b.requests]),
      ).toEqual([
        ['2026-11-02', '2026-11-08', 6, 82],
        ['2026-11-09', '2026-11-15', 3 + 5 + 3 + 6, 47],
      ]);
    });

    it('splits by day, each day with its own distinct people', async () => {
      const queries = await setUp(1);

      const { buckets } = await queries.overview({ ...RANGE, bucket: 'day' });

      expect(buckets).toHaveLength(14);
      expect(buckets[1]).toMatchObject({ start: '2026-11-03', activeUsers: 6 });
      expect(buckets[2]).toMatchObject({ start: '2026-11-04', activeUsers: 3 });
      expect(buckets[0]).toMatchObject({
        start: '2026-11-02',
        activeUsers: 0,
        requests: 0,
      });
    });

    it('cuts the first and last weeks to the range', async () => {
      const queries = await setUp();

      const { buckets } = await queries.overview({
        ...RANGE,
        from: '2026-11-04',
        to: '2026-11-10',
      });

      expect(buckets.map(b => [b.start, b.end])).toEqual([
        ['2026-11-04', '2026-11-08'],
        ['2026-11-09', '2026-11-10'],
      ]);
    });

    it('withholds a tool and a model of three people, and the next smallest with them', async () => {
      const queries = await setUp();

      const { byTool, byModel } = await queries.overview(RANGE);

      const tool = (name: string) => byTool.find(entry => entry.tool === name)!;
      expect(tool('claude-code')).toMatchObject({
        activeUsers: 12,
        requests: 96,
      });
      expectUsageWithheld(tool('cursor'));
      // With the cursor figures withheld, the total minus the others would
      // give them away: copilot's go too.
      expectUsageWithheld(tool('copilot'), complement);
      // The gateway's requests carry no person: about the service.
      expect(tool('')).toMatchObject({ activeUsers: 0, requests: 7 });
      expect(byTool.map(entry => entry.tool)).not.toContain('(context-only)');

      const model = (name: string) =>
        byModel.find(entry => entry.model === name)!;
      expectUsageWithheld(model('cursor-small'));
      expectUsageWithheld(model('gpt-5'), complement);
      expect(model('claude-sonnet')).toMatchObject({ requests: 97 });
    });

    it('lists every team, those that have not started too, withholding the small one everywhere', async () => {
      const queries = await setUp();

      const list = await queries.teams(RANGE, LIST);

      expect(list.totalItems).toBe(4);
      const item = (ref: string) => list.items.find(i => i.ref === ref)!;
      expect(item('group:default/checkout-team')).toMatchObject({
        active: true,
        owner: 'group:default/engineering',
        totals: { activeUsers: 6, requests: 97, contextFetches: small },
      });
      expect(item('group:default/idle-team')).toMatchObject({
        active: false,
        totals: { activeUsers: 0, requests: 0, mergeRequestsMerged: 0 },
      });
      expectUsageWithheld(item('group:default/small-team').totals);
      expect(item('group:default/small-team').totals.mergeRequestsMerged).toBe(
        4,
      );
      // Else the organisation's total minus the other teams would tell.
      expectUsageWithheld(
        item('group:default/payments-team').totals,
        complement,
      );
      expect(list.unattributed).toMatchObject({ activeUsers: 6, requests: 6 });
      // Withheld figures sort last, whatever the order.
      expect(list.items.map(i => i.ref)).toEqual([
        'group:default/checkout-team',
        'group:default/idle-team',
        'group:default/payments-team',
        'group:default/small-team',
      ]);
    });

    it('leaves no withheld team recoverable by subtracting the shown ones from the total', async () => {
      const queries = await setUp();

      const [overview, teams] = await Promise.all([
        queries.overview(RANGE),
        queries.teams(RANGE, LIST),
      ]);

      const withheld = teams.items.filter(i =>
        isWithheld(i.totals.activeUsers),
      );
      expect(withheld.length).toBeGreaterThanOrEqual(2);
      // What the difference covers holds at least the minimum of people.
      const people = {
        'group:default/small-team': 3,
        'group:default/payments-team': 5,
      };
      expect(
        withheld.reduce(
          (sum, i) => sum + people[i.ref as keyof typeof people],
          0,
        ),
      ).toBeGreaterThanOrEqual(overview.minimumGroupSize);
    });

    it('lists every component with its owner, system and lifecycle, and filters by them', async () => {
      const queries = await setUp();

      const all = await queries.entities(RANGE, LIST);
      expect(all.totalItems).toBe(4);
      expectUsageWithheld(
        all.items.find(i => i.ref === 'component:default/small-service')!
          .totals,
      );
      expect(
        all.items.find(i => i.ref === 'component:default/checkout-service'),
      ).toMatchObject({
        kind: 'component',
        owner: 'group:default/checkout-team',
        system: 'system:default/shop',
        lifecycle: 'production',
        totals: { activeUsers: 6 },
      });

      const shop = await queries.entities(
        RANGE,
        parseAdoptionListParams({ system: 'shop', sort: 'ref' }),
      );
      expect(shop.items.map(i => i.ref)).toEqual([
        'component:default/checkout-service',
        'component:default/idle-service',
        'component:default/small-service',
      ]);
      const experimental = await queries.entities(
        RANGE,
        parseAdoptionListParams({ lifecycle: 'experimental' }),
      );
      expect(experimental.items.map(i => [i.ref, i.active])).toEqual([
        ['component:default/idle-service', false],
      ]);
      const owned = await queries.entities(
        RANGE,
        parseAdoptionListParams({ owner: 'payments-team' }),
      );
      expect(owned.items.map(i => i.ref)).toEqual([
        'component:default/payments-service',
      ]);
      const apis = await queries.entities(
        RANGE,
        parseAdoptionListParams({ kind: 'api' }),
      );
      expect(apis.totalItems).toBe(0);
      const shopTeams = await queries.teams(
        RANGE,
        parseAdoptionListParams({ system: 'shop', sort: 'ref' }),
      );
      expect(shopTeams.items.map(i => i.ref)).toEqual([
        'group:default/checkout-team',
        'group:default/idle-team',
        'group:default/small-team',
      ]);
    });

    it('sorts by any figure and pages with a cursor or an offset', async () => {
      const queries = await setUp(1);

      const byRequests = await queries.entities(
        RANGE,
        parseAdoptionListParams({ sort: 'requests', order: 'asc', limit: '2' }),
      );
      expect(byRequests.items.map(i => [i.ref, i.totals.requests])).toEqual([
        ['component:default/idle-service', 0],
        ['component:default/small-service', 6],
      ]);
      const next = await queries.entities(
        RANGE,
        parseAdoptionListParams({
          sort: 'requests',
          order: 'asc',
          limit: '2',
          cursor: byRequests.nextCursor,
        }),
      );
      expect(next.items.map(i => i.ref)).toEqual([
        'component:default/payments-service',
        'component:default/checkout-service',
      ]);
      expect(next.nextCursor).toBeUndefined();
      const offset = await queries.entities(
        RANGE,
        parseAdoptionListParams({
          sort: 'requests',
          order: 'asc',
          offset: '3',
        }),
      );
      expect(offset.items.map(i => i.ref)).toEqual([
        'component:default/checkout-service',
      ]);
    });

    it("answers one service's figures, withholding a later week that only some of its people used", async () => {
      const queries = await setUp();

      const detail = await queries.entity('checkout-service', RANGE);

      expect(detail.entity).toEqual({
        ref: 'component:default/checkout-service',
        kind: 'component',
        owner: 'group:default/checkout-team',
        system: 'system:default/shop',
        lifecycle: 'production',
        inCatalog: true,
      });
      expect(detail.totals).toMatchObject({ activeUsers: 6, requests: 97 });
      // Three people in the second week: withheld, and the first week with it.
      expectUsageWithheld(detail.buckets[1]);
      expectUsageWithheld(detail.buckets[0], complement);
    });

    it("withholds a team of three people's figures in its detail, but shows its merge requests", async () => {
      const queries = await setUp();

      for (const ref of [
        'group:default/small-team',
        'component:default/small-service',
      ]) {
        const detail = await queries.entity(ref, RANGE);
        expectUsageWithheld(detail.totals);
        // No count of people anywhere is a number between 1 and 4.
        const counts = [
          ...detail.buckets,
          ...detail.byTool,
          ...detail.byModel,
        ].map(entry => entry.activeUsers);
        expect(
          counts.filter(count => !isWithheld(count) && count !== 0),
        ).toEqual([]);
        expect(detail.totals).toMatchObject({
          mergeRequestsOpened: 5,
          mergeRequestsMerged: 4,
          aiAssistedShare: 0.5,
          mergeRequestsPerWeek: 2,
        });
        expect(detail.baseline).toMatchObject({
          mergeRequestsPerWeek: 1,
          aiAssistedShare: 0,
        });
      }
    });

    it('shows the small team once the minimum allows it', async () => {
      const queries = await setUp(3);

      const detail = await queries.entity('group:default/small-team', RANGE);

      expect(detail.totals).toMatchObject({
        activeUsers: 3,
        requests: 6,
        tokensIn: 150,
      });
    });

    it('answers 404 for an entity neither the catalog nor the figures know', async () => {
      const queries = await setUp();

      await expect(
        queries.entity('component:default/nowhere', RANGE),
      ).rejects.toThrow(NotFoundError);
      await expect(
        queries.entity('component:default/nowhere', RANGE),
      ).rejects.toThrow(
        "No entity 'component:default/nowhere' in the catalog or the adoption data",
      );
    });
  });
});
