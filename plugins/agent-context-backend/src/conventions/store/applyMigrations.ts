import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import type { Knex } from 'knex';

/**
 * Our own bookkeeping table, not knex's default: where plugins share one
 * database (schema division, or a test that hands every plugin the same
 * client), the default `knex_migrations` would mix our migrations with the
 * catalog's and each would refuse the other's as unknown.
 */
export const MIGRATIONS_TABLE = 'agent_context__knex_migrations';

/**
 * Brings the plugin's tables up to date (unless the installation manages
 * its schema itself) and returns the client the stores share.
 */
export async function applyConventionMigrations(
  database: DatabaseService,
): Promise<Knex> {
  const knex = await database.getClient();
  if (!database.migrations?.skip) {
    await knex.migrate.latest({
      directory: resolvePackagePath(
        '@agent-context/plugin-agent-context-backend',
        'migrations',
      ),
      tableName: MIGRATIONS_TABLE,
    });
  }
  return knex;
}
