import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import type { Knex } from 'knex';
import { MIGRATIONS_TABLE } from '../../../conventions/store/applyMigrations';
import { DatabaseConnectorCursorStore } from '../DatabaseConnectorCursorStore';
import { runConnector } from '../runConnector';
import { AdoptionConnector, ConnectorCursorStore } from '../types';
import { InMemoryAdoptionIngestion } from '../../../__testUtils__/InMemoryAdoptionIngestion';

/** A cursor store in memory, for tests that are not about persistence. */
export function memoryCursors(): ConnectorCursorStore {
  const days = new Map<string, string>();
  return {
    findLastDay: async connector => days.get(connector),
    saveLastDay: async (connector, day) => {
      days.set(connector, day);
    },
  };
}

/** A cursor store on a fresh, migrated test database. */
export async function databaseCursors(
  databases: TestDatabases,
  databaseId: Parameters<TestDatabases['init']>[0],
): Promise<ConnectorCursorStore> {
  const knex = await databases.init(databaseId);
  await migrateConnectorCursors(knex);
  return DatabaseConnectorCursorStore.create({ knex });
}

/** The connectors' own migration: the tests need no other table. */
export const CONNECTOR_CURSORS_MIGRATION =
  '202612031520_adoption_connector_cursors.js';

/** Applies only the cursor table's migration, as the plugin's startup would. */
export async function migrateConnectorCursors(knex: Knex) {
  await knex.migrate.up({
    directory: resolvePackagePath(
      '@agent-context/plugin-agent-context-backend',
      'migrations',
    ),
    tableName: MIGRATIONS_TABLE,
    name: CONNECTOR_CURSORS_MIGRATION,
  });
}

/**
 * Runs connectors as the scheduler would, on a fixed "today", into one
 * in-memory ingestion; `logger` shows what each run logged.
 */
export function connectorHarness(options: {
  cursors?: ConnectorCursorStore;
  backfillFrom: string;
  revisitDays?: number;
}) {
  const ingestion = new InMemoryAdoptionIngestion();
  const cursors = options.cursors ?? memoryCursors();
  const logger = mockServices.logger.mock();
  return {
    ingestion,
    cursors,
    logger,
    run(connector: AdoptionConnector, today: string) {
      return runConnector({
        connector,
        ingestion,
        cursors,
        logger,
        backfillFrom: options.backfillFrom,
        revisitDays: options.revisitDays ?? 2,
        now: () => new Date(`${today}T08:00:00Z`),
      });
    },
  };
}
