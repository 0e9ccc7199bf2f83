import { AdoptionRow } from '@agent-context/plugin-agent-context-common';
import {
  mockServices,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { applyConventionMigrations } from '../conventions/store';
import { DefaultAdoptionIngestion } from './DefaultAdoptionIngestion';
import { RefOnlyAdoptionAttributor } from './RefOnlyAdoptionAttributor';
import {
  ADOPTION_ROLLUPS_TABLE,
  ADOPTION_ROWS_TABLE,
  AdoptionStore,
  DatabaseAdoptionStore,
  StoredAdoptionRow,
} from './store';
import { AdoptionAttributor } from './types';

const NOW = new Date('2026-12-03T12:00:00.000Z');
const RETENTION = { rowsDays: 35, rollupsDays: 730 };

function event(
  sourceId: string,
  overrides: Partial<AdoptionRow> = {},
): AdoptionRow {
  return {
    type: 'event',
    source: 'ai-gateway',
    sourceId,
    timestamp: '2026-12-02T01:30:00+02:00',
    entityRef: 'component:default/checkout',
    user: { id: 'user:default/jane', email: 'jane@example.com' },
    tool: 'claude-code',
    metrics: { requests: 1 },
    ...overrides,
  };
}

/** Attributes by the row's refs and gives every user the same key. */
const fakeAttributor: AdoptionAttributor = {
  attribute: row => ({
    ...(row.entityRef && { entityRef: row.entityRef }),
    teamRefs: row.teamRef ? [row.teamRef] : [],
    ...(row.user && { userKey: 'k-1' }),
  }),
};

describe('DefaultAdoptionIngestion', () => {
  function recordingStore() {
    const writes: Array<{ rows: StoredAdoptionRow[]; options: unknown }> = [];
    const store: AdoptionStore = {
      async write(rows, options) {
        writes.push({ rows, options });
        return { accepted: rows.length, unchanged: 0 };
      },
      pruneRows: jest.fn(),
      pruneRollups: jest.fn(),
    };
    return { store, writes };
  }

  it('stores each row attributed and pseudonymised, on its UTC day', async () => {
    const { store, writes } = recordingStore();
    const ingestion = DefaultAdoptionIngestion.create({
      store,
      attributor: fakeAttributor,
      retention: RETENTION,
      now: () => NOW,
    });

    await expect(
      ingestion.ingest([
        event('e1'),
        event('e2', { entityRef: undefined, user: undefined, tool: undefined }),
      ]),
    ).resolves.toEqual({
      accepted: 2,
      unchanged: 0,
      unattributed: 1,
      expired: 0,
    });

    expect(writes).toEqual([
      {
        rows: [
          {
            source: 'ai-gateway',
            sourceId: 'e1',
            kind: 'event',
            day: '2026-12-01',
            occurredAt: '2026-12-01T23:30:00.000Z',
            entityRef: 'component:default/checkout',
            teamRefs: [],
            userKey: 'k-1',
            tool: 'claude-code',
            model: '',
            provider: '',
            metrics: { requests: 1 },
          },
          {
            source: 'ai-gateway',
            sourceId: 'e2',
            kind: 'event',
            day: '2026-12-01',
            occurredAt: '2026-12-01T23:30:00.000Z',
            teamRefs: [],
            tool: '',
            model: '',
            provider: '',
            metrics: { requests: 1 },
          },
        ],
        options: { replaceDays: undefined },
      },
    ]);
    // Neither the user's id nor their e-mail reaches the store.
    expect(JSON.stringify(writes)).not.toMatch(/jane/);
  });

  it('ignores rows and replaced days older than the rows are kept', async () => {
    const { store, writes } = recordingStore();
    const ingestion = DefaultAdoptionIngestion.create({
      store,
      attributor: fakeAttributor,
      retention: { rowsDays: 2, rollupsDays: 730 },
      now: () => NOW,
    });

    await expect(
      ingestion.ingest(
        [
          event('kept', {
            type: 'daily',
            timestamp: undefined,
            day: '2026-12-01',
          }),
          event('old', {
            type: 'daily',
            timestamp: undefined,
            day: '2026-11-30',
          }),
        ],
        {
          replaceDays: {
            source: 'ai-gateway',
            days: ['2026-11-30', '2026-12-01'],
          },
        },
      ),
    ).resolves.toEqual({
      accepted: 1,
      unchanged: 0,
      unattributed: 0,
      expired: 1,
    });
    expect(writes[0].rows.map(row => row.sourceId)).toEqual(['kept']);
    expect(writes[0].options).toEqual({
      replaceDays: { source: 'ai-gateway', days: ['2026-12-01'] },
    });
  });

  describe('with the database store', () => {
    const databases = TestDatabases.create({
      ids: ['POSTGRES_15', 'SQLITE_3'],
    });

    async function setUp(databaseId: TestDatabaseId) {
      const knex = await databases.init(databaseId);
      await applyConventionMigrations(mockServices.database({ knex }));
      let now = NOW;
      const store = DatabaseAdoptionStore.create({ knex });
      const ingestion = DefaultAdoptionIngestion.create({
        store,
        attributor: new RefOnlyAdoptionAttributor(),
        retention: { rowsDays: 3, rollupsDays: 730 },
        now: () => now,
      });
      return { knex, store, ingestion, later: (date: Date) => (now = date) };
    }

    it.each(databases.eachSupportedId())(
      'never counts a replay twice, before or after its row is pruned (%p)',
      async databaseId => {
        const { knex, store, ingestion, later } = await setUp(databaseId);
        const row = event('e1', { timestamp: '2026-12-01T10:00:00Z' });
        await ingestion.ingest([row]);
        await expect(ingestion.ingest([row])).resolves.toMatchObject({
          accepted: 0,
          unchanged: 1,
        });

        later(new Date('2026-12-10T00:00:00.000Z'));
        await store.pruneRows({ before: '2026-12-07' });
        await expect(knex(ADOPTION_ROWS_TABLE)).resolves.toEqual([]);
        await expect(ingestion.ingest([row])).resolves.toEqual({
          accepted: 0,
          unchanged: 0,
          unattributed: 0,
          expired: 1,
        });

        const org = await knex(ADOPTION_ROLLUPS_TABLE).where({
          scope_kind: 'org',
          metric: 'requests',
        });
        expect(org.map(r => [r.day, Number(r.value), Number(r.rows)])).toEqual([
          ['2026-12-01', 1, 1],
        ]);
      },
    );
  });
});
