import {
  mockServices,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { applyConventionMigrations } from '../conventions/store';
import { AdoptionUsageReader } from './AdoptionUsageReader';

describe('AdoptionUsageReader', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  async function setUp(databaseId: TestDatabaseId) {
    const knex = await databases.init(databaseId);
    await applyConventionMigrations(mockServices.database({ knex }));
    const rollup = (
      scopeKind: string,
      scopeRef: string,
      day: string,
      metric: string,
      value: number,
      tool = '',
    ) => ({
      scope_kind: scopeKind,
      scope_ref: scopeRef,
      day,
      metric,
      tool,
      model: '',
      provider: '',
      value,
      rows: 1,
    });
    await knex('agent_context_adoption_rollups').insert([
      rollup(
        'entity',
        'component:default/payments',
        '2026-11-20',
        'contextFetches',
        3,
      ),
      rollup(
        'entity',
        'component:default/payments',
        '2026-11-21',
        'contextFetches',
        2,
      ),
      rollup(
        'entity',
        'component:default/payments',
        '2026-11-21',
        'tokensIn',
        900,
        'claude-code',
      ),
      // Before the window: neither counts.
      rollup(
        'entity',
        'component:default/ledger',
        '2026-10-01',
        'contextFetches',
        7,
      ),
      rollup('entity', 'component:default/ledger', '2026-10-01', 'requests', 7),
      // Merge requests alone are not an agent's usage.
      rollup(
        'entity',
        'component:default/billing',
        '2026-11-25',
        'mergeRequestsOpened',
        4,
      ),
      // Team and organisation rollups are not an entity's.
      rollup('team', 'component:default/search', '2026-11-25', 'requests', 4),
      rollup('org', '', '2026-11-25', 'requests', 4),
    ]);
    return new AdoptionUsageReader(knex);
  }

  it.each(databases.eachSupportedId())(
    'sums the window per entity and tells AI usage apart, on %p',
    async databaseId => {
      const reader = await setUp(databaseId);
      const usage = await reader.recentUsage(
        [
          'component:default/payments',
          'Component:default/Ledger',
          'component:default/billing',
          'component:default/search',
        ],
        '2026-11-03',
      );
      expect(Object.fromEntries(usage)).toEqual({
        'component:default/payments': { contextFetches: 5, aiUsage: true },
      });
    },
  );

  it.each(databases.eachSupportedId())(
    'leaves out entities that were not asked about, on %p',
    async databaseId => {
      const reader = await setUp(databaseId);
      const usage = await reader.recentUsage(
        ['component:default/other'],
        '2026-01-01',
      );
      expect(usage.size).toBe(0);
      const none = await reader.recentUsage([], '2026-01-01');
      expect(none.size).toBe(0);
    },
  );
});
