import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { TestDatabases } from '@backstage/backend-test-utils';
import { MIGRATIONS_TABLE } from '../../conventions/store/applyMigrations';
import {
  CONNECTOR_CURSORS_MIGRATION,
  migrateConnectorCursors,
} from './__testUtils__/connectorHarness';
import {
  CONNECTOR_CURSORS_TABLE,
  DatabaseConnectorCursorStore,
} from './DatabaseConnectorCursorStore';

describe('DatabaseConnectorCursorStore', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    it('keeps one last day per connector, overwritten by each save', async () => {
      const knex = await databases.init(databaseId);
      await migrateConnectorCursors(knex);
      const store = DatabaseConnectorCursorStore.create({ knex });

      await expect(store.findLastDay('cursor')).resolves.toBeUndefined();
      await store.saveLastDay('cursor', '2026-11-28');
      await store.saveLastDay('copilot', '2026-11-01');
      await store.saveLastDay('cursor', '2026-11-29');

      await expect(store.findLastDay('cursor')).resolves.toBe('2026-11-29');
      await expect(store.findLastDay('copilot')).resolves.toBe('2026-11-01');
    });

    it('is created and dropped by its migration', async () => {
      const knex = await databases.init(databaseId);
      await migrateConnectorCursors(knex);
      await expect(knex.schema.hasTable(CONNECTOR_CURSORS_TABLE)).resolves.toBe(
        true,
      );

      await knex.migrate.down({
        directory: resolvePackagePath(
          '@agent-context/plugin-agent-context-backend',
          'migrations',
        ),
        tableName: MIGRATIONS_TABLE,
        name: CONNECTOR_CURSORS_MIGRATION,
      });
      await expect(knex.schema.hasTable(CONNECTOR_CURSORS_TABLE)).resolves.toBe(
        false,
      );
    });
  });
});
