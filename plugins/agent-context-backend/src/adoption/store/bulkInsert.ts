import type { Knex } from 'knex';
import { inChunks } from '../../conventions/store/inChunks';

/** The PostgreSQL type of each column a bulk insert writes. */
export type ColumnTypes<T> = {
  [K in keyof T & string]: 'text' | 'float8' | 'int4';
};

/**
 * SQLite builds may be compiled to bind as few as 999 parameters a
 * statement; SQLite is the development database, where throughput
 * matters less than running anywhere.
 */
const SQLITE_MAX_PARAMETERS = 999;

/**
 * Inserts many rows; with `increment`, rows whose `conflict` key exists
 * add their `increment` columns to the stored ones instead.
 *
 * On PostgreSQL one statement binds one array per column (`unnest`), so
 * its cost does not grow with a parameter per value: a batch's 10,000
 * rollups would otherwise need 90,000 parameters over several statements,
 * each parsed and planned as a VALUES list that size. SQLite takes the
 * portable multi-row insert, in chunks under its parameter limit.
 */
export async function bulkInsert<T extends object>(
  trx: Knex.Transaction,
  options: {
    table: string;
    columns: ColumnTypes<T>;
    rows: T[];
    conflict?: readonly string[];
    increment?: ReadonlyArray<keyof T & string>;
  },
): Promise<void> {
  const { table, rows, conflict, increment } = options;
  if (rows.length === 0) {
    return;
  }
  const names = Object.keys(options.columns) as Array<keyof T & string>;
  const sums = (increment ?? []).map(column => [
    column,
    trx.raw('?? + ??', [`${table}.${column}`, `excluded.${column}`]),
  ]);

  if (trx.client.config.client === 'pg') {
    // One array per column; pg sends each as a PostgreSQL array.
    const arrays = names.map(
      name => rows.map(row => row[name] ?? null) as unknown as Knex.RawBinding,
    );
    const unnest = names
      .map(name => `?::${options.columns[name]}[]`)
      .join(', ');
    const upsert = conflict
      ? ` on conflict (${conflict
          .map(() => '??')
          .join(', ')}) do update set ${sums.map(() => '?? = ?').join(', ')}`
      : '';
    await trx.raw(
      `insert into ?? (${names
        .map(() => '??')
        .join(', ')}) select * from unnest(${unnest})${upsert}`,
      [table, ...names, ...arrays, ...(conflict ?? []), ...sums.flat()],
    );
    return;
  }

  for (const chunk of inChunks(
    rows,
    Math.floor(SQLITE_MAX_PARAMETERS / names.length),
  )) {
    const insert = trx(table).insert(chunk);
    if (conflict) {
      await insert.onConflict([...conflict]).merge(Object.fromEntries(sums));
    } else {
      await insert;
    }
  }
}
