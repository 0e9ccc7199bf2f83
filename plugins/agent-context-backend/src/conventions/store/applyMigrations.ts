import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import type { Knex } from 'knex';

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
    });
  }
  return knex;
}
