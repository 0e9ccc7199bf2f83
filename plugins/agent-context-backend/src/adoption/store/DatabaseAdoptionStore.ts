import type { Knex } from 'knex';
import { inChunks } from '../../conventions/store/inChunks';
import {
  AdoptionStore,
  AdoptionWriteOptions,
  AdoptionWriteResult,
} from './AdoptionStore';
import { ColumnTypes, bulkInsert } from './bulkInsert';
import { RollupDeltas, SCOPE_KINDS, compareKeys } from './rollupDeltas';
import { StoredAdoptionRow } from './StoredAdoptionRow';
import {
  AdoptionRowsInsert,
  fromRowsRow,
  sameRow,
  toRowsInsert,
} from './storedRowMapping';
import {
  ADOPTION_ROLLUPS_TABLE,
  ADOPTION_ROWS_TABLE,
  ADOPTION_USERS_TABLE,
  AdoptionRollupsRow,
  AdoptionRowsRow,
  AdoptionUsersRow,
  ROLLUP_KEY_COLUMNS,
  USER_KEY_COLUMNS,
} from './tables';

/** Rows deleted per pruning statement, so no statement holds locks long. */
export const DEFAULT_PRUNE_CHUNK_SIZE = 5000;

/**
 * How often a batch is tried again after losing a race to a concurrent
 * one: the same new row inserted by both (a unique violation), or a
 * deadlock between replacements. The retry sees the winner's rows.
 */
const MAX_ATTEMPTS = 5;
const RETRYABLE_PG_CODES = new Set(['23505', '40P01', '40001']);

const SEPARATOR = '\u0000';

const ROWS_COLUMNS: ColumnTypes<AdoptionRowsInsert> = {
  source: 'text',
  source_id: 'text',
  kind: 'text',
  day: 'text',
  occurred_at: 'text',
  entity_ref: 'text',
  team_refs: 'text',
  user_key: 'text',
  tool: 'text',
  model: 'text',
  provider: 'text',
  metrics: 'text',
  received_at: 'text',
};
const ROLLUPS_COLUMNS: ColumnTypes<AdoptionRollupsRow> = {
  scope_kind: 'text',
  scope_ref: 'text',
  day: 'text',
  metric: 'text',
  tool: 'text',
  model: 'text',
  provider: 'text',
  value: 'float8',
  rows: 'int4',
};
const USERS_COLUMNS: ColumnTypes<AdoptionUsersRow> = {
  scope_kind: 'text',
  scope_ref: 'text',
  day: 'text',
  user_key: 'text',
  tool: 'text',
  rows: 'int4',
};

/** Adoption rows and rollups in the plugin's database. */
export class DatabaseAdoptionStore implements AdoptionStore {
  readonly #knex: Knex;
  readonly #postgres: boolean;
  readonly #now: () => Date;

  static create(options: { knex: Knex; now?: () => Date }) {
    return new DatabaseAdoptionStore(
      options.knex,
      options.now ?? (() => new Date()),
    );
  }

  private constructor(knex: Knex, now: () => Date) {
    this.#knex = knex;
    this.#postgres = knex.client.config.client === 'pg';
    this.#now = now;
  }

  async write(
    rows: StoredAdoptionRow[],
    options: AdoptionWriteOptions = {},
  ): Promise<AdoptionWriteResult> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.#knex.transaction(trx =>
          this.#writeIn(trx, rows, options),
        );
      } catch (error) {
        if (attempt >= MAX_ATTEMPTS || !this.#lostRace(error)) {
          throw error;
        }
      }
    }
  }

  async pruneRows(options: {
    before: string;
    chunkSize?: number;
  }): Promise<number> {
    const chunkSize = options.chunkSize ?? DEFAULT_PRUNE_CHUNK_SIZE;
    let pruned = 0;
    for (;;) {
      const deleted = await this.#knex(ADOPTION_ROWS_TABLE)
        .whereIn(
          'id',
          this.#knex(ADOPTION_ROWS_TABLE)
            .select('id')
            .where('day', '<', options.before)
            .orderBy('id')
            .limit(chunkSize),
        )
        .delete();
      pruned += deleted;
      if (deleted < chunkSize) {
        return pruned;
      }
    }
  }

  async pruneRollups(options: { before: string }): Promise<number> {
    let pruned = 0;
    for (const table of [ADOPTION_ROLLUPS_TABLE, ADOPTION_USERS_TABLE]) {
      const days = await this.#knex(table)
        .distinct('day')
        .where('day', '<', options.before)
        .orderBy('day');
      for (const { day } of days) {
        pruned += await this.#knex(table).where({ day }).delete();
      }
    }
    return pruned;
  }

  async #writeIn(
    trx: Knex.Transaction,
    rows: StoredAdoptionRow[],
    options: AdoptionWriteOptions,
  ): Promise<AdoptionWriteResult> {
    const receivedAt = this.#now().toISOString();
    let unchanged = 0;
    // Within a batch the last row with a key wins; an earlier one that
    // says the same counts as unchanged, as it would sent on its own.
    const latest = new Map<string, AdoptionRowsInsert>();
    for (const row of rows) {
      const key = rowKey(row.source, row.sourceId);
      const insert = toRowsInsert(row, receivedAt);
      const earlier = latest.get(key);
      if (earlier && sameRow(earlier, insert)) {
        unchanged++;
      }
      latest.set(key, insert);
    }
    const batch = [...latest.entries()].sort(([a], [b]) => compareKeys(a, b));

    const stored = await this.#selectStored(
      trx,
      batch.map(([, row]) => row),
    );
    const deltas = new RollupDeltas();
    const written: AdoptionRowsInsert[] = [];
    // Changed rows are deleted and inserted anew rather than upserted, so
    // that the rows table can be partitioned by day (docs/adoption-scaling.md),
    // where no unique key on (source, source_id) alone can exist.
    const superseded: Array<number | string> = [];
    for (const [key, row] of batch) {
      const before = stored.get(key);
      if (before && sameRow(before, row)) {
        unchanged++;
        continue;
      }
      if (before) {
        deltas.add(fromRowsRow(before), -1);
        superseded.push(before.id);
      }
      written.push(row);
      deltas.add(fromRowsRow({ ...row, id: 0 }), 1);
    }

    if (options.replaceDays && options.replaceDays.days.length > 0) {
      const replaced = await this.#selectReplaced(
        trx,
        options.replaceDays,
        latest,
      );
      for (const row of replaced) {
        deltas.add(fromRowsRow(row), -1);
      }
      superseded.push(...replaced.map(row => row.id));
    }

    await this.#deleteByIds(trx, superseded);
    await this.#insertRows(trx, written);
    await this.#applyRollups(trx, deltas);
    return {
      accepted: rows.length - unchanged,
      unchanged,
    };
  }

  async #selectStored(
    trx: Knex.Transaction,
    rows: AdoptionRowsInsert[],
  ): Promise<Map<string, AdoptionRowsRow>> {
    const bySource = new Map<string, string[]>();
    for (const row of rows) {
      const ids = bySource.get(row.source) ?? [];
      ids.push(row.source_id);
      bySource.set(row.source, ids);
    }
    const stored = new Map<string, AdoptionRowsRow>();
    for (const [source, ids] of bySource) {
      for (const chunk of inChunks(ids)) {
        const query = trx<AdoptionRowsRow>(ADOPTION_ROWS_TABLE)
          .where('source', source)
          .whereIn('source_id', chunk);
        for (const row of await this.#locked(query)) {
          stored.set(rowKey(row.source, row.source_id), row);
        }
      }
    }
    return stored;
  }

  async #selectReplaced(
    trx: Knex.Transaction,
    replaceDays: { source: string; days: string[] },
    batch: Map<string, AdoptionRowsInsert>,
  ): Promise<AdoptionRowsRow[]> {
    const replaced: AdoptionRowsRow[] = [];
    for (const days of inChunks([...new Set(replaceDays.days)])) {
      const query = trx<AdoptionRowsRow>(ADOPTION_ROWS_TABLE)
        .where('source', replaceDays.source)
        .whereIn('day', days);
      for (const row of await this.#locked(query)) {
        if (!batch.has(rowKey(row.source, row.source_id))) {
          replaced.push(row);
        }
      }
    }
    return replaced;
  }

  /**
   * On PostgreSQL the rows a batch replaces are locked until it commits,
   * so a concurrent replacement of the same row waits and then sees this
   * one's version instead of subtracting a version already gone. SQLite
   * runs one writing transaction at a time and has no row locks.
   */
  #locked<T extends {}>(query: Knex.QueryBuilder<T>) {
    return this.#postgres ? query.forUpdate() : query;
  }

  async #deleteByIds(trx: Knex.Transaction, ids: Array<number | string>) {
    for (const chunk of inChunks(ids)) {
      await trx(ADOPTION_ROWS_TABLE).whereIn('id', chunk).delete();
    }
  }

  async #insertRows(trx: Knex.Transaction, rows: AdoptionRowsInsert[]) {
    // A plain insert: were a concurrent batch to insert the same new row,
    // this one fails on the unique key and is tried again as a replay.
    await bulkInsert(trx, {
      table: ADOPTION_ROWS_TABLE,
      columns: ROWS_COLUMNS,
      rows,
    });
  }

  async #applyRollups(trx: Knex.Transaction, deltas: RollupDeltas) {
    const rollups = deltas.rollups();
    await bulkInsert(trx, {
      table: ADOPTION_ROLLUPS_TABLE,
      columns: ROLLUPS_COLUMNS,
      rows: rollups,
      conflict: ROLLUP_KEY_COLUMNS,
      increment: ['value', 'rows'],
    });
    const users = deltas.users();
    await bulkInsert(trx, {
      table: ADOPTION_USERS_TABLE,
      columns: USERS_COLUMNS,
      rows: users,
      conflict: USER_KEY_COLUMNS,
      increment: ['rows'],
    });
    if (deltas.hasRemovals) {
      // Sums whose rows were all replaced or removed go, so that no
      // dimension lingers with nothing behind it. Naming every scope kind
      // lets the (scope_kind, day) indexes find a day's sums.
      const days = [...new Set([...rollups, ...users].map(sum => sum.day))];
      for (const chunk of inChunks(days)) {
        await trx(ADOPTION_ROLLUPS_TABLE)
          .whereIn('scope_kind', [...SCOPE_KINDS])
          .whereIn('day', chunk)
          .where('rows', '<=', 0)
          .delete();
        await trx(ADOPTION_USERS_TABLE)
          .whereIn('scope_kind', [...SCOPE_KINDS])
          .whereIn('day', chunk)
          .where('rows', '<=', 0)
          .delete();
      }
    }
  }

  #lostRace(error: unknown): boolean {
    const code = (error as { code?: unknown } | undefined)?.code;
    return (
      this.#postgres && typeof code === 'string' && RETRYABLE_PG_CODES.has(code)
    );
  }
}

function rowKey(source: string, sourceId: string) {
  return `${source}${SEPARATOR}${sourceId}`;
}
