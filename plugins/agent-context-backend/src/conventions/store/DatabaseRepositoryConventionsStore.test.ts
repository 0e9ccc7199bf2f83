import { Convention } from '@agent-context/plugin-agent-context-common';
import {
  mockServices,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { applyConventionMigrations } from './applyMigrations';
import { DatabaseRepositoryConventionsStore } from './DatabaseRepositoryConventionsStore';

const CHECKOUT = 'component:default/checkout';
const LOCATION =
  'https://github.com/acme/checkout/blob/main/.backstage/conventions.yaml';

const TEST_COMMAND: Convention = {
  id: 'CMD-TEST',
  scope: CHECKOUT,
  source: 'repository',
  action: 'define',
  category: 'command',
  title: 'Run the tests',
  body: '`yarn test`',
  enforced: false,
  location: LOCATION,
  revision: 0,
};

describe('DatabaseRepositoryConventionsStore', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  async function setUp(databaseId: TestDatabaseId) {
    const knex = await databases.init(databaseId);
    await applyConventionMigrations(mockServices.database({ knex }));
    return DatabaseRepositoryConventionsStore.create({ knex });
  }

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    it('stores what a successful read found', async () => {
      const store = await setUp(databaseId);

      await store.recordSuccess({
        entityRef: CHECKOUT,
        location: LOCATION,
        conventions: [TEST_COMMAND],
        etag: '"abc123"',
        at: new Date('2026-03-01T09:00:00.000Z'),
      });

      const expected = {
        entityRef: CHECKOUT,
        location: LOCATION,
        conventions: [TEST_COMMAND],
        etag: '"abc123"',
        lastGoodAt: '2026-03-01T09:00:00.000Z',
        lastCheckedAt: '2026-03-01T09:00:00.000Z',
      };
      await expect(store.get([CHECKOUT])).resolves.toStrictEqual(
        new Map([[CHECKOUT, expected]]),
      );
      await expect(store.list()).resolves.toStrictEqual([expected]);
    });

    it('keeps the last good conventions when a read fails, and shows why', async () => {
      const store = await setUp(databaseId);
      await store.recordSuccess({
        entityRef: CHECKOUT,
        location: LOCATION,
        conventions: [TEST_COMMAND],
        etag: '"abc123"',
        at: new Date('2026-03-01T09:00:00.000Z'),
      });

      await store.recordFailure({
        entityRef: CHECKOUT,
        location: LOCATION,
        error: 'Invalid conventions file: CMD-TEST title is required',
        at: new Date('2026-03-01T10:00:00.000Z'),
      });

      await expect(store.list()).resolves.toStrictEqual([
        {
          entityRef: CHECKOUT,
          location: LOCATION,
          conventions: [TEST_COMMAND],
          etag: '"abc123"',
          lastGoodAt: '2026-03-01T09:00:00.000Z',
          lastCheckedAt: '2026-03-01T10:00:00.000Z',
          error: 'Invalid conventions file: CMD-TEST title is required',
        },
      ]);

      // A later good read replaces everything and clears the error.
      await store.recordSuccess({
        entityRef: CHECKOUT,
        location: LOCATION,
        conventions: [],
        at: new Date('2026-03-01T11:00:00.000Z'),
      });
      await expect(store.list()).resolves.toStrictEqual([
        {
          entityRef: CHECKOUT,
          location: LOCATION,
          conventions: [],
          lastGoodAt: '2026-03-01T11:00:00.000Z',
          lastCheckedAt: '2026-03-01T11:00:00.000Z',
        },
      ]);
    });

    it('records a failed first read with no conventions', async () => {
      const store = await setUp(databaseId);

      await store.recordFailure({
        entityRef: CHECKOUT,
        location: LOCATION,
        error: 'NotFoundError: no file at the location',
        at: new Date('2026-03-01T10:00:00.000Z'),
      });

      await expect(
        store.get([CHECKOUT, 'component:default/other']),
      ).resolves.toStrictEqual(
        new Map([
          [
            CHECKOUT,
            {
              entityRef: CHECKOUT,
              location: LOCATION,
              conventions: [],
              lastCheckedAt: '2026-03-01T10:00:00.000Z',
              error: 'NotFoundError: no file at the location',
            },
          ],
        ]),
      );
    });

    it('forgets the entities it is not told to retain', async () => {
      const store = await setUp(databaseId);
      const refs = ['a', 'b', 'c'].map(name => `component:default/${name}`);
      for (const entityRef of refs) {
        await store.recordSuccess({
          entityRef,
          location: LOCATION,
          conventions: [],
          at: new Date('2026-03-01T09:00:00.000Z'),
        });
      }

      await store.retainOnly([refs[0], refs[2], 'component:default/unknown']);

      const listed = await store.list();
      expect(listed.map(entry => entry.entityRef)).toEqual([refs[0], refs[2]]);

      await store.retainOnly([]);
      await expect(store.list()).resolves.toEqual([]);
    });

    it('finds nothing for no entities', async () => {
      const store = await setUp(databaseId);

      await expect(store.get([])).resolves.toEqual(new Map());
    });
  });
});
