import {
  mockServices,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import type { Knex } from 'knex';
import { applyConventionMigrations } from '../../conventions/store';
import { DatabaseAdoptionStore } from './DatabaseAdoptionStore';
import { RollupDeltas } from './rollupDeltas';
import { StoredAdoptionRow } from './StoredAdoptionRow';
import { fromRowsRow } from './storedRowMapping';
import {
  ADOPTION_ROLLUPS_TABLE,
  ADOPTION_ROWS_TABLE,
  ADOPTION_USERS_TABLE,
  AdoptionRollupsRow,
  AdoptionRowsRow,
  AdoptionUsersRow,
} from './tables';

const CHECKOUT = 'component:default/checkout';
const PAYMENTS = 'component:default/payments';
const TEAM_A = 'group:default/team-a';
const TEAM_B = 'group:default/team-b';

function gatewayRow(
  sourceId: string,
  overrides: Partial<StoredAdoptionRow> = {},
): StoredAdoptionRow {
  return {
    source: 'ai-gateway',
    sourceId,
    kind: 'event',
    day: '2026-12-01',
    occurredAt: '2026-12-01T10:00:00.000Z',
    entityRef: CHECKOUT,
    teamRefs: [TEAM_A],
    userKey: 'u1',
    tool: 'claude-code',
    model: 'claude-sonnet',
    provider: 'anthropic',
    metrics: { requests: 1, tokensIn: 100 },
    ...overrides,
  };
}

/** The sum of one metric per scope on one day, across dimensions. */
async function totals(knex: Knex, metric: string, day = '2026-12-01') {
  const rows = await knex<AdoptionRollupsRow>(ADOPTION_ROLLUPS_TABLE)
    .where({ metric, day })
    .select('scope_kind', 'scope_ref', 'value', 'rows');
  const byScope: Record<string, { value: number; rows: number }> = {};
  for (const row of rows) {
    const key = `${row.scope_kind}:${row.scope_ref}`;
    const sum = byScope[key] ?? { value: 0, rows: 0 };
    sum.value += Number(row.value);
    sum.rows += Number(row.rows);
    byScope[key] = sum;
  }
  return byScope;
}

async function users(knex: Knex, day = '2026-12-01') {
  const rows = await knex<AdoptionUsersRow>(ADOPTION_USERS_TABLE)
    .where({ day })
    .orderBy(['scope_kind', 'scope_ref', 'user_key', 'tool']);
  return rows.map(
    row => `${row.scope_kind}:${row.scope_ref}:${row.user_key}:${row.rows}`,
  );
}

/**
 * The invariant every write keeps: the rollups and user-days are exactly
 * what the stored rows add up to, with no sum left at zero rows.
 */
async function expectRollupsToMatchRows(knex: Knex) {
  const deltas = new RollupDeltas();
  for (const row of await knex<AdoptionRowsRow>(ADOPTION_ROWS_TABLE)) {
    deltas.add(fromRowsRow(row), 1);
  }
  const byKey = (sum: object) =>
    JSON.stringify(Object.entries(sum).sort(([a], [b]) => (a < b ? -1 : 1)));
  const rollups = (await knex(ADOPTION_ROLLUPS_TABLE)).map(
    (row: AdoptionRollupsRow) => ({
      ...row,
      value: Number(row.value),
      rows: Number(row.rows),
    }),
  );
  expect(rollups.map(byKey).sort()).toEqual(deltas.rollups().map(byKey).sort());
  const userDays = (await knex(ADOPTION_USERS_TABLE)).map(
    (row: AdoptionUsersRow) => ({ ...row, rows: Number(row.rows) }),
  );
  expect(userDays.map(byKey).sort()).toEqual(deltas.users().map(byKey).sort());
}

/** Makes every insert into a table fail, as a broken database would. */
async function refuseInserts(knex: Knex, table: string) {
  if (knex.client.config.client === 'pg') {
    await knex.raw(
      `create function refuse_insert() returns trigger language plpgsql as $$ begin raise exception 'refused'; end $$`,
    );
    await knex.raw(
      `create trigger refuse_insert before insert on ?? for each row execute function refuse_insert()`,
      [table],
    );
  } else {
    await knex.raw(
      `create trigger refuse_insert before insert on ?? begin select raise(abort, 'refused'); end`,
      [table],
    );
  }
}

describe('DatabaseAdoptionStore', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  async function setUp(databaseId: TestDatabaseId) {
    const knex = await databases.init(databaseId);
    await applyConventionMigrations(mockServices.database({ knex }));
    const store = DatabaseAdoptionStore.create({
      knex,
      now: () => new Date('2026-12-02T08:00:00.000Z'),
    });
    return { knex, store };
  }

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    it('adds each row to the org, its entity and each of its teams', async () => {
      const { knex, store } = await setUp(databaseId);

      await expect(
        store.write([
          gatewayRow('r1', { teamRefs: [TEAM_A, TEAM_B, TEAM_A] }),
          gatewayRow('r2', {
            entityRef: undefined,
            teamRefs: [],
            userKey: 'u2',
          }),
          gatewayRow('r3', { metrics: { requests: 2, cost: 0.25 } }),
        ]),
      ).resolves.toEqual({ accepted: 3, unchanged: 0 });

      await expect(totals(knex, 'requests')).resolves.toEqual({
        'org:': { value: 4, rows: 3 },
        [`entity:${CHECKOUT}`]: { value: 3, rows: 2 },
        'entity:': { value: 1, rows: 1 },
        [`team:${TEAM_A}`]: { value: 3, rows: 2 },
        [`team:${TEAM_B}`]: { value: 1, rows: 1 },
        'team:': { value: 1, rows: 1 },
      });
      await expect(totals(knex, 'cost')).resolves.toEqual({
        'org:': { value: 0.25, rows: 1 },
        [`entity:${CHECKOUT}`]: { value: 0.25, rows: 1 },
        [`team:${TEAM_A}`]: { value: 0.25, rows: 1 },
      });
      await expect(users(knex)).resolves.toEqual([
        'entity::u2:1',
        `entity:${CHECKOUT}:u1:2`,
        'org::u1:2',
        'org::u2:1',
        'team::u2:1',
        `team:${TEAM_A}:u1:2`,
        `team:${TEAM_B}:u1:1`,
      ]);
      await expectRollupsToMatchRows(knex);
    });

    it('changes nothing when a batch is replayed', async () => {
      const { knex, store } = await setUp(databaseId);
      const batch = [gatewayRow('r1'), gatewayRow('r2', { userKey: 'u2' })];
      await store.write(batch);
      const before = await knex(ADOPTION_ROLLUPS_TABLE).orderBy([
        'scope_kind',
        'scope_ref',
        'metric',
      ]);

      await expect(
        store.write([
          // Teams and metrics listed in another order say the same.
          { ...batch[0], metrics: { tokensIn: 100, requests: 1 } },
          batch[1],
        ]),
      ).resolves.toEqual({ accepted: 0, unchanged: 2 });

      await expect(
        knex(ADOPTION_ROLLUPS_TABLE).orderBy([
          'scope_kind',
          'scope_ref',
          'metric',
        ]),
      ).resolves.toEqual(before);
      expect(
        Number((await knex(ADOPTION_ROWS_TABLE).count({ n: '*' }))[0].n),
      ).toBe(2);
      await expectRollupsToMatchRows(knex);
    });

    it('replaces a row sent again with other figures and attribution', async () => {
      const { knex, store } = await setUp(databaseId);
      await store.write([gatewayRow('r1'), gatewayRow('r2')]);

      await expect(
        store.write([
          gatewayRow('r1', {
            entityRef: PAYMENTS,
            teamRefs: [TEAM_B],
            userKey: 'u9',
            metrics: { requests: 5 },
          }),
        ]),
      ).resolves.toEqual({ accepted: 1, unchanged: 0 });

      await expect(totals(knex, 'requests')).resolves.toEqual({
        'org:': { value: 6, rows: 2 },
        [`entity:${CHECKOUT}`]: { value: 1, rows: 1 },
        [`entity:${PAYMENTS}`]: { value: 5, rows: 1 },
        [`team:${TEAM_A}`]: { value: 1, rows: 1 },
        [`team:${TEAM_B}`]: { value: 5, rows: 1 },
      });
      // tokensIn went from r1: its sums now hold r2 alone.
      await expect(totals(knex, 'tokensIn')).resolves.toEqual({
        'org:': { value: 100, rows: 1 },
        [`entity:${CHECKOUT}`]: { value: 100, rows: 1 },
        [`team:${TEAM_A}`]: { value: 100, rows: 1 },
      });
      await expect(users(knex)).resolves.toEqual([
        `entity:${CHECKOUT}:u1:1`,
        `entity:${PAYMENTS}:u9:1`,
        'org::u1:1',
        'org::u9:1',
        `team:${TEAM_A}:u1:1`,
        `team:${TEAM_B}:u9:1`,
      ]);
      await expectRollupsToMatchRows(knex);
    });

    it('keeps the last of two rows with one key in a batch', async () => {
      const { knex, store } = await setUp(databaseId);

      await expect(
        store.write([
          gatewayRow('r1'),
          gatewayRow('r1'),
          gatewayRow('r1', { metrics: { requests: 3 } }),
        ]),
      ).resolves.toEqual({ accepted: 2, unchanged: 1 });

      await expect(totals(knex, 'requests')).resolves.toMatchObject({
        'org:': { value: 3, rows: 1 },
      });
      await expectRollupsToMatchRows(knex);
    });

    it("replaces a source's days, removing the rows the batch lacks", async () => {
      const { knex, store } = await setUp(databaseId);
      const daily = (sourceId: string, day: string, linesAdded: number) =>
        gatewayRow(sourceId, {
          source: 'cursor',
          kind: 'daily',
          day,
          occurredAt: undefined,
          metrics: { linesAdded },
        });
      await store.write([
        daily('a', '2026-12-01', 10),
        daily('b', '2026-12-01', 20),
        daily('c', '2026-11-30', 40),
        gatewayRow('other-source'),
      ]);

      await expect(
        store.write([daily('a', '2026-12-01', 15)], {
          replaceDays: { source: 'cursor', days: ['2026-12-01'] },
        }),
      ).resolves.toEqual({ accepted: 1, unchanged: 0 });

      await expect(totals(knex, 'linesAdded')).resolves.toEqual({
        'org:': { value: 15, rows: 1 },
        [`entity:${CHECKOUT}`]: { value: 15, rows: 1 },
        [`team:${TEAM_A}`]: { value: 15, rows: 1 },
      });
      await expect(
        totals(knex, 'linesAdded', '2026-11-30'),
      ).resolves.toMatchObject({
        'org:': { value: 40, rows: 1 },
      });
      await expect(totals(knex, 'requests')).resolves.toMatchObject({
        'org:': { value: 1, rows: 1 },
      });

      // An empty re-pull of a day empties it.
      await store.write([], {
        replaceDays: { source: 'cursor', days: ['2026-12-01', '2026-11-30'] },
      });
      await expect(totals(knex, 'linesAdded')).resolves.toEqual({});
      await expect(totals(knex, 'linesAdded', '2026-11-30')).resolves.toEqual(
        {},
      );
      await expectRollupsToMatchRows(knex);
    });

    it('writes nothing of a batch that fails', async () => {
      const { knex, store } = await setUp(databaseId);
      await store.write([gatewayRow('r1')]);
      const rollups = await knex(ADOPTION_ROLLUPS_TABLE).orderBy([
        'scope_kind',
        'scope_ref',
        'metric',
      ]);
      // The user-days are written last: refusing them fails the batch
      // after its rows and rollups were written.
      await refuseInserts(knex, ADOPTION_USERS_TABLE);

      await expect(
        store.write([
          gatewayRow('r1', { metrics: { requests: 7 } }),
          gatewayRow('r2'),
        ]),
      ).rejects.toMatchObject({
        // Not toThrow: better-sqlite3 keeps the error class of the first
        // test file that loaded it, which another file's jest does not
        // recognise as an Error.
        message: expect.stringContaining('refused'),
      });

      await expect(
        knex(ADOPTION_ROLLUPS_TABLE).orderBy([
          'scope_kind',
          'scope_ref',
          'metric',
        ]),
      ).resolves.toEqual(rollups);
      await expect(
        knex<AdoptionRowsRow>(ADOPTION_ROWS_TABLE).select(
          'source_id',
          'metrics',
        ),
      ).resolves.toEqual([
        { source_id: 'r1', metrics: '{"requests":1,"tokensIn":100}' },
      ]);
    });

    it('writes batches larger than one statement binds', async () => {
      const { knex, store } = await setUp(databaseId);
      const rows = Array.from({ length: 3000 }, (_, i) =>
        gatewayRow(`r${i}`, {
          entityRef: `component:default/service-${i % 50}`,
          userKey: `u${i % 200}`,
          metrics: { requests: 1 },
        }),
      );

      await expect(store.write(rows)).resolves.toEqual({
        accepted: 3000,
        unchanged: 0,
      });
      await expect(store.write(rows)).resolves.toEqual({
        accepted: 0,
        unchanged: 3000,
      });

      await expect(totals(knex, 'requests')).resolves.toMatchObject({
        'org:': { value: 3000, rows: 3000 },
        'entity:component:default/service-7': { value: 60, rows: 60 },
      });
      await expectRollupsToMatchRows(knex);
    });

    it('prunes rows in chunks and leaves the rollups', async () => {
      const { knex, store } = await setUp(databaseId);
      await store.write([
        ...Array.from({ length: 7 }, (_, i) =>
          gatewayRow(`old-${i}`, { day: '2026-10-01' }),
        ),
        gatewayRow('new'),
      ]);

      await expect(
        store.pruneRows({ before: '2026-11-01', chunkSize: 3 }),
      ).resolves.toBe(7);

      await expect(
        knex<AdoptionRowsRow>(ADOPTION_ROWS_TABLE).select('source_id'),
      ).resolves.toEqual([{ source_id: 'new' }]);
      await expect(
        totals(knex, 'requests', '2026-10-01'),
      ).resolves.toMatchObject({
        'org:': { value: 7, rows: 7 },
      });

      await expect(store.pruneRollups({ before: '2026-11-01' })).resolves.toBe(
        // org, entity and team rollups of two metrics; their three user-days
        6 + 3,
      );
      await expect(totals(knex, 'requests', '2026-10-01')).resolves.toEqual({});
      await expect(users(knex, '2026-10-01')).resolves.toEqual([]);
      await expect(totals(knex, 'requests')).resolves.toMatchObject({
        'org:': { value: 1, rows: 1 },
      });
    });
  });

  describe('on PostgreSQL', () => {
    const postgres = databases
      .eachSupportedId()
      .filter(([id]) => id === 'POSTGRES_15');

    it.each(postgres)(
      'loses no update when batches touching the same rollups run at once (%p)',
      async databaseId => {
        const { knex, store } = await setUp(databaseId);
        const batch = (prefix: string) =>
          Array.from({ length: 200 }, (_, i) =>
            gatewayRow(`${prefix}-${i}`, { userKey: `u${i % 10}` }),
          );

        const results = await Promise.all([
          store.write(batch('a')),
          store.write(batch('b')),
          store.write(batch('c')),
          // The same new rows twice at once: one wins, the other retries
          // and finds them stored.
          store.write(batch('d')),
          store.write(batch('d')),
        ]);

        expect(results.map(r => r.accepted).sort()).toEqual([
          0, 200, 200, 200, 200,
        ]);
        await expect(totals(knex, 'requests')).resolves.toMatchObject({
          'org:': { value: 800, rows: 800 },
          [`team:${TEAM_A}`]: { value: 800, rows: 800 },
        });
        await expectRollupsToMatchRows(knex);
      },
    );
  });
});
