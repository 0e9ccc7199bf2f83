import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { MIGRATIONS_TABLE, applyConventionMigrations } from './applyMigrations';
import { DatabaseConventionStore } from './DatabaseConventionStore';
import {
  CONVENTION_HISTORY_TABLE,
  CONVENTIONS_TABLE,
  REPOSITORY_CONVENTIONS_TABLE,
} from './tables';

const TABLES = [
  CONVENTIONS_TABLE,
  CONVENTION_HISTORY_TABLE,
  REPOSITORY_CONVENTIONS_TABLE,
];

describe('applyConventionMigrations', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  it.each(databases.eachSupportedId())(
    'creates the tables, drops them on the way down and recreates them, on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const database = mockServices.database({ knex });

      await expect(applyConventionMigrations(database)).resolves.toBe(knex);
      for (const table of TABLES) {
        await expect(knex.schema.hasTable(table)).resolves.toBe(true);
      }

      await knex.migrate.rollback(
        {
          directory: resolvePackagePath(
            '@agent-context/plugin-agent-context-backend',
            'migrations',
          ),
          tableName: MIGRATIONS_TABLE,
        },
        true,
      );
      for (const table of TABLES) {
        await expect(knex.schema.hasTable(table)).resolves.toBe(false);
      }

      await applyConventionMigrations(database);
      const store = DatabaseConventionStore.create({ knex });
      await store.create(
        'global',
        { id: 'DOC-1', category: 'command', title: 'Build', body: 'yarn' },
        'user:default/ada',
      );
      await expect(store.listAll()).resolves.toHaveLength(1);
    },
  );

  it.each(databases.eachSupportedId())(
    'leaves the schema alone when the installation skips migrations, on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);

      await applyConventionMigrations(
        mockServices.database({ knex, migrations: { skip: true } }),
      );

      await expect(knex.schema.hasTable(CONVENTIONS_TABLE)).resolves.toBe(
        false,
      );
    },
  );
});
