// The two databases the backend is measured on, each created fresh for the
// run and removed afterwards: SQLite files in a temporary directory, and a
// PostgreSQL database named bench_<random> (plugins get schemas in it, so
// the bench never creates or touches a database outside bench_*).

import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';

export async function setUpSqlite(runDir) {
  const directory = await mkdtemp(join(runDir, 'sqlite-'));
  return {
    name: 'sqlite',
    label: 'SQLite (better-sqlite3, one file per plugin)',
    backendDatabaseConfig: {
      client: 'better-sqlite3',
      connection: { directory },
    },
    async cleanUp() {
      await rm(directory, { recursive: true, force: true });
    },
  };
}

/**
 * Creates `bench_<random>` on the server of `serverUrl` (a connection string
 * without a database) and configures the backend for it in
 * `pluginDivisionMode: schema`. The `prefix` is set too, so that even a
 * plugin that asked for its own database would get a bench_* one.
 */
export async function setUpPostgres(serverUrl) {
  const id = randomBytes(4).toString('hex');
  const database = `bench_${id}`;
  const admin = new pg.Client({ connectionString: `${serverUrl}/postgres` });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${database}"`);
    const { rows } = await admin.query('SHOW server_version');
    return {
      name: 'postgres',
      label: `PostgreSQL ${
        rows[0].server_version.split(' ')[0]
      } (database ${database}, a schema per plugin)`,
      database,
      backendDatabaseConfig: {
        client: 'pg',
        connection: `${serverUrl}/${database}`,
        pluginDivisionMode: 'schema',
        ensureSchemaExists: true,
        prefix: `${database}_`,
      },
      async cleanUp() {
        const client = new pg.Client({
          connectionString: `${serverUrl}/postgres`,
        });
        await client.connect();
        try {
          // FORCE: a backend killed hard may leave idle connections behind.
          const { rows: leftovers } = await client.query(
            'SELECT datname FROM pg_database WHERE datname = $1 OR datname LIKE $2',
            [database, `${database}\\_%`],
          );
          for (const { datname } of leftovers) {
            await client.query(
              `DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`,
            );
          }
        } finally {
          await client.end();
        }
      },
    };
  } finally {
    await admin.end();
  }
}
