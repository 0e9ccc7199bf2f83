import {
  Convention,
  ConventionInput,
} from '@agent-context/plugin-agent-context-common';
import {
  mockServices,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { NotFoundError } from '@backstage/errors';
import { applyConventionMigrations } from './applyMigrations';
import { ConventionWriteConflictError } from './ConventionWriteConflictError';
import { DatabaseConventionStore } from './DatabaseConventionStore';
import { CONVENTION_HISTORY_TABLE, CONVENTIONS_TABLE } from './tables';

const SCOPE = 'system:default/payments';
const ADA = 'user:default/ada';
const GRACE = 'user:default/grace';

const SECRETS_RULE: ConventionInput = {
  id: 'SEC-004',
  action: 'define',
  category: 'rule',
  title: 'Read secrets from the vault',
  body: 'Never commit credentials; use `vault kv get`.',
  severity: 'must',
  appliesTo: { kind: 'component', 'spec.type': 'service' },
  enforced: true,
  reason: 'Audit finding 2026-07',
};

/** The error a promise rejected with, for assertions on its fields. */
async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the promise to reject');
}

describe('DatabaseConventionStore', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  async function setUp(databaseId: TestDatabaseId) {
    const knex = await databases.init(databaseId);
    await applyConventionMigrations(mockServices.database({ knex }));
    let time = new Date('2026-03-01T09:00:00.000Z');
    const clock = {
      set: (iso: string) => {
        time = new Date(iso);
      },
    };
    const store = DatabaseConventionStore.create({ knex, now: () => time });
    const countRows = async (table: string) =>
      Number(
        (
          (await knex(table).count({ count: '*' }).first()) as {
            count: number | string;
          }
        ).count,
      );
    return { knex, store, clock, countRows };
  }

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    it('creates, reads, updates and deletes a convention with every field', async () => {
      const { store, clock } = await setUp(databaseId);

      const created = await store.create(SCOPE, SECRETS_RULE, ADA);
      const expectedCreated: Convention = {
        id: 'SEC-004',
        scope: SCOPE,
        source: 'database',
        action: 'define',
        category: 'rule',
        title: 'Read secrets from the vault',
        body: 'Never commit credentials; use `vault kv get`.',
        severity: 'must',
        appliesTo: { kind: 'component', 'spec.type': 'service' },
        enforced: true,
        reason: 'Audit finding 2026-07',
        revision: 1,
        createdBy: ADA,
        createdAt: '2026-03-01T09:00:00.000Z',
        updatedBy: ADA,
        updatedAt: '2026-03-01T09:00:00.000Z',
      };
      expect(created).toStrictEqual(expectedCreated);
      await expect(store.get(SCOPE, 'SEC-004')).resolves.toStrictEqual(
        expectedCreated,
      );
      await expect(store.listByScopes([SCOPE])).resolves.toStrictEqual([
        expectedCreated,
      ]);
      await expect(store.listAll()).resolves.toStrictEqual([expectedCreated]);

      clock.set('2026-03-02T17:30:15.250Z');
      const updated = await store.update(
        SCOPE,
        {
          id: 'SEC-004',
          action: 'define',
          category: 'command',
          title: 'Rotate secrets',
          body: '`make rotate-secrets`',
          enforced: false,
        },
        1,
        GRACE,
      );
      const expectedUpdated: Convention = {
        id: 'SEC-004',
        scope: SCOPE,
        source: 'database',
        action: 'define',
        category: 'command',
        title: 'Rotate secrets',
        body: '`make rotate-secrets`',
        enforced: false,
        revision: 2,
        createdBy: ADA,
        createdAt: '2026-03-01T09:00:00.000Z',
        updatedBy: GRACE,
        updatedAt: '2026-03-02T17:30:15.250Z',
      };
      expect(updated).toStrictEqual(expectedUpdated);
      await expect(store.get(SCOPE, 'SEC-004')).resolves.toStrictEqual(
        expectedUpdated,
      );

      clock.set('2026-03-03T08:00:00.000Z');
      await expect(
        store.delete(SCOPE, 'SEC-004', 2, ADA),
      ).resolves.toStrictEqual(expectedUpdated);
      await expect(store.get(SCOPE, 'SEC-004')).resolves.toBeUndefined();
      await expect(store.listAll()).resolves.toEqual([]);
    });

    it('records a waiver, which names only the id and why', async () => {
      const { store } = await setUp(databaseId);

      await store.create(
        SCOPE,
        { id: 'DOC-001', action: 'waive', reason: 'Internal tool, no docs' },
        ADA,
      );

      await expect(store.get(SCOPE, 'DOC-001')).resolves.toStrictEqual({
        id: 'DOC-001',
        scope: SCOPE,
        source: 'database',
        action: 'waive',
        category: 'rule',
        title: '',
        body: '',
        enforced: false,
        reason: 'Internal tool, no docs',
        revision: 1,
        createdBy: ADA,
        createdAt: '2026-03-01T09:00:00.000Z',
        updatedBy: ADA,
        updatedAt: '2026-03-01T09:00:00.000Z',
      });
    });

    it('refuses to create an id the scope already has, with the stored version', async () => {
      const { store, countRows } = await setUp(databaseId);
      const original = await store.create(SCOPE, SECRETS_RULE, ADA);

      const error = await rejectionOf(
        store.create(SCOPE, { ...SECRETS_RULE, title: 'Another' }, GRACE),
      );

      expect(error).toBeInstanceOf(ConventionWriteConflictError);
      expect(error).toMatchObject({
        name: 'ConflictError',
        message:
          "Convention 'SEC-004' already exists at scope 'system:default/payments'",
      });
      expect((error as ConventionWriteConflictError).current).toStrictEqual(
        original,
      );
      await expect(store.get(SCOPE, 'SEC-004')).resolves.toStrictEqual(
        original,
      );
      await expect(countRows(CONVENTION_HISTORY_TABLE)).resolves.toBe(1);

      // The same id at another scope is a different convention.
      await expect(
        store.create('global', SECRETS_RULE, ADA),
      ).resolves.toMatchObject({ scope: 'global', revision: 1 });
    });

    it('refuses a stale update with the current version, changing nothing', async () => {
      const { store, countRows } = await setUp(databaseId);
      await store.create(SCOPE, SECRETS_RULE, ADA);
      const current = await store.update(
        SCOPE,
        { ...SECRETS_RULE, title: 'Second' },
        1,
        ADA,
      );

      const error = await rejectionOf(
        store.update(SCOPE, { ...SECRETS_RULE, title: 'Stale' }, 1, GRACE),
      );

      expect(error).toBeInstanceOf(ConventionWriteConflictError);
      expect(error).toMatchObject({
        name: 'ConflictError',
        message:
          "Convention 'SEC-004' at scope 'system:default/payments' is at revision 2, not 1; apply your change to the current version",
      });
      expect((error as ConventionWriteConflictError).current).toStrictEqual(
        current,
      );
      await expect(store.get(SCOPE, 'SEC-004')).resolves.toStrictEqual(current);
      await expect(countRows(CONVENTION_HISTORY_TABLE)).resolves.toBe(2);
    });

    it('refuses a stale delete with the current version, changing nothing', async () => {
      const { store, countRows } = await setUp(databaseId);
      await store.create(SCOPE, SECRETS_RULE, ADA);
      const current = await store.update(
        SCOPE,
        { ...SECRETS_RULE, title: 'Second' },
        1,
        ADA,
      );

      const error = await rejectionOf(store.delete(SCOPE, 'SEC-004', 1, GRACE));

      expect(error).toBeInstanceOf(ConventionWriteConflictError);
      expect((error as ConventionWriteConflictError).current).toStrictEqual(
        current,
      );
      await expect(store.get(SCOPE, 'SEC-004')).resolves.toStrictEqual(current);
      await expect(countRows(CONVENTION_HISTORY_TABLE)).resolves.toBe(2);
    });

    it('says an update or delete of a missing convention is not found', async () => {
      const { store, countRows } = await setUp(databaseId);

      const updateError = await rejectionOf(
        store.update(SCOPE, SECRETS_RULE, 1, ADA),
      );
      const deleteError = await rejectionOf(
        store.delete(SCOPE, 'SEC-004', 1, ADA),
      );

      expect(updateError).toBeInstanceOf(NotFoundError);
      expect(updateError).toMatchObject({
        message: "No convention 'SEC-004' at scope 'system:default/payments'",
      });
      expect(deleteError).toBeInstanceOf(NotFoundError);
      await expect(countRows(CONVENTIONS_TABLE)).resolves.toBe(0);
      await expect(countRows(CONVENTION_HISTORY_TABLE)).resolves.toBe(0);
    });

    it('never reuses a revision after a delete and re-create', async () => {
      const { store } = await setUp(databaseId);
      await store.create(SCOPE, SECRETS_RULE, ADA);
      await store.update(SCOPE, { ...SECRETS_RULE, title: 'Second' }, 1, ADA);
      await store.delete(SCOPE, 'SEC-004', 2, ADA);

      const recreated = await store.create(SCOPE, SECRETS_RULE, GRACE);

      expect(recreated.revision).toBe(3);
      expect(recreated.createdBy).toBe(GRACE);
      // Writers holding a revision of the deleted convention are refused.
      for (const staleRevision of [1, 2]) {
        await expect(
          store.update(SCOPE, SECRETS_RULE, staleRevision, ADA),
        ).rejects.toBeInstanceOf(ConventionWriteConflictError);
      }
      await expect(
        store.update(SCOPE, { ...SECRETS_RULE, title: 'Fourth' }, 3, ADA),
      ).resolves.toMatchObject({ revision: 4, title: 'Fourth' });
    });

    it('keeps a history, newest first, with full versions before and after', async () => {
      const { store, clock } = await setUp(databaseId);
      const first = await store.create(SCOPE, SECRETS_RULE, ADA);
      clock.set('2026-03-01T10:00:00.000Z');
      const other = await store.create(
        SCOPE,
        { id: 'CMD-1', category: 'command', title: 'Test', body: 'yarn test' },
        GRACE,
      );
      await store.create('global', { ...SECRETS_RULE, id: 'GLOBAL-1' }, ADA);
      clock.set('2026-03-01T11:00:00.000Z');
      const second = await store.update(
        SCOPE,
        { ...SECRETS_RULE, title: 'Second' },
        1,
        GRACE,
      );
      clock.set('2026-03-01T12:00:00.000Z');
      await store.delete(SCOPE, 'SEC-004', 2, ADA);

      const history = await store.history(SCOPE);

      expect(history).toStrictEqual([
        {
          scope: SCOPE,
          conventionId: 'SEC-004',
          revision: 2,
          change: 'delete',
          author: ADA,
          at: '2026-03-01T12:00:00.000Z',
          before: second,
        },
        {
          scope: SCOPE,
          conventionId: 'SEC-004',
          revision: 2,
          change: 'update',
          author: GRACE,
          at: '2026-03-01T11:00:00.000Z',
          before: first,
          after: second,
        },
        {
          scope: SCOPE,
          conventionId: 'CMD-1',
          revision: 1,
          change: 'create',
          author: GRACE,
          at: '2026-03-01T10:00:00.000Z',
          after: other,
        },
        {
          scope: SCOPE,
          conventionId: 'SEC-004',
          revision: 1,
          change: 'create',
          author: ADA,
          at: '2026-03-01T09:00:00.000Z',
          after: first,
        },
      ]);
      await expect(
        store.history(SCOPE, { conventionId: 'SEC-004' }),
      ).resolves.toEqual([history[0], history[1], history[3]]);
      await expect(store.history(SCOPE, { limit: 2 })).resolves.toEqual(
        history.slice(0, 2),
      );
      await expect(store.history('global')).resolves.toMatchObject([
        { conventionId: 'GLOBAL-1', change: 'create' },
      ]);
    });

    it('returns 100 history entries unless asked, and never more than 500', async () => {
      const { knex, store } = await setUp(databaseId);
      const rows = Array.from({ length: 600 }, (_, i) => ({
        scope: SCOPE,
        convention_id: 'SEC-004',
        revision: i + 1,
        change: i === 0 ? 'create' : 'update',
        author: ADA,
        at: '2026-03-01T09:00:00.000Z',
        before: null,
        after: null,
      }));
      await knex.batchInsert(CONVENTION_HISTORY_TABLE, rows, 100);

      const byDefault = await store.history(SCOPE);
      expect(byDefault).toHaveLength(100);
      expect(byDefault[0].revision).toBe(600);
      await expect(store.history(SCOPE, { limit: 1000 })).resolves.toHaveLength(
        500,
      );
      await expect(store.history(SCOPE, { limit: 0 })).resolves.toHaveLength(1);
      await expect(
        store.history(SCOPE, { limit: Number.NaN }),
      ).resolves.toHaveLength(100);
    });

    it('lists conventions by scope in scope then id order', async () => {
      const { knex, store } = await setUp(databaseId);
      await store.create(SCOPE, { ...SECRETS_RULE, id: 'b-2' }, ADA);
      await store.create(SCOPE, { ...SECRETS_RULE, id: 'B-1' }, ADA);
      await store.create('global', SECRETS_RULE, ADA);
      await store.create('group:default/team-a', SECRETS_RULE, ADA);
      // Far more scopes than one statement binds.
      const manyScopes = Array.from(
        { length: 1200 },
        (_, i) => `component:default/service-${i}`,
      );

      const listed = await store.listByScopes([SCOPE, ...manyScopes, 'global']);

      expect(listed.map(c => [c.scope, c.id])).toEqual([
        ['global', 'SEC-004'],
        [SCOPE, 'B-1'],
        [SCOPE, 'b-2'],
      ]);

      const queries = jest.fn();
      knex.on('query', queries);
      await expect(store.listByScopes([])).resolves.toEqual([]);
      expect(queries).not.toHaveBeenCalled();
      knex.off('query', queries);
    });

    it('lets exactly one of concurrent creates of an id win', async () => {
      const { store, countRows } = await setUp(databaseId);

      const results = await Promise.allSettled(
        Array.from({ length: 10 }, (_, i) =>
          store.create(
            SCOPE,
            { ...SECRETS_RULE, title: `Creator ${i}` },
            `user:default/creator-${i}`,
          ),
        ),
      );

      const wins = results.flatMap(r =>
        r.status === 'fulfilled' ? [r.value] : [],
      );
      const losses = results.flatMap(r =>
        r.status === 'rejected' ? [r.reason] : [],
      );
      expect(wins).toHaveLength(1);
      expect(losses).toHaveLength(9);
      for (const loss of losses) {
        expect(loss).toBeInstanceOf(ConventionWriteConflictError);
        expect((loss as ConventionWriteConflictError).current).toStrictEqual(
          wins[0],
        );
      }
      await expect(countRows(CONVENTION_HISTORY_TABLE)).resolves.toBe(1);
    });

    it('lets exactly one of concurrent writers from the same revision win', async () => {
      const { store } = await setUp(databaseId);
      await store.create(SCOPE, SECRETS_RULE, ADA);

      const results = await Promise.allSettled(
        Array.from({ length: 20 }, (_, i) =>
          store.update(
            SCOPE,
            { ...SECRETS_RULE, title: `Writer ${i}` },
            1,
            `user:default/writer-${i}`,
          ),
        ),
      );

      const wins = results.flatMap(r =>
        r.status === 'fulfilled' ? [r.value] : [],
      );
      const losses = results.flatMap(r =>
        r.status === 'rejected' ? [r.reason] : [],
      );
      expect(wins).toHaveLength(1);
      expect(wins[0].revision).toBe(2);
      expect(losses).toHaveLength(19);
      for (const loss of losses) {
        expect(loss).toBeInstanceOf(ConventionWriteConflictError);
        expect((loss as ConventionWriteConflictError).current).toStrictEqual(
          wins[0],
        );
      }
      await expect(store.get(SCOPE, 'SEC-004')).resolves.toStrictEqual(wins[0]);
      const updates = await store.history(SCOPE, { conventionId: 'SEC-004' });
      expect(updates.map(entry => entry.change)).toEqual(['update', 'create']);
      expect(updates[0].after).toStrictEqual(wins[0]);
    });

    it('loses no write when concurrent writers retry on the fresh revision', async () => {
      const { store } = await setUp(databaseId);
      await store.create(SCOPE, { ...SECRETS_RULE, body: 'Writers:' }, ADA);

      // Each writer appends its line to whatever version it last saw.
      const appendLine = async (writer: number) => {
        let base = (await store.get(SCOPE, 'SEC-004'))!;
        for (;;) {
          try {
            return await store.update(
              SCOPE,
              { ...SECRETS_RULE, body: `${base.body}\n- writer ${writer}` },
              base.revision,
              `user:default/writer-${writer}`,
            );
          } catch (error) {
            if (!(error instanceof ConventionWriteConflictError)) {
              throw error;
            }
            base = error.current!;
          }
        }
      };

      await Promise.all(Array.from({ length: 20 }, (_, i) => appendLine(i)));

      const final = (await store.get(SCOPE, 'SEC-004'))!;
      expect(final.revision).toBe(21);
      const lines = final.body.split('\n').slice(1).sort();
      expect(lines).toEqual(
        Array.from({ length: 20 }, (_, i) => `- writer ${i}`).sort(),
      );
      const history = await store.history(SCOPE);
      expect(history).toHaveLength(21);
      expect(history.map(entry => entry.revision)).toEqual(
        Array.from({ length: 21 }, (_, i) => 21 - i),
      );
    });
  });
});
