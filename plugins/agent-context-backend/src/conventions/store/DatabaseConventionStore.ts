import {
  Convention,
  ConventionHistoryEntry,
  ConventionInput,
  ConventionScope,
} from '@agent-context/plugin-agent-context-common';
import { NotFoundError } from '@backstage/errors';
import type { Knex } from 'knex';
import { ConventionStore } from '../types';
import { ConventionWriteConflictError } from './ConventionWriteConflictError';
import {
  conventionFromRow,
  conventionRowOf,
  historyEntryFromRow,
} from './conventionRows';
import { inChunks } from './inChunks';
import { recordScopeChanges } from './recordScopeChanges';
import {
  CONVENTION_HISTORY_TABLE,
  CONVENTIONS_TABLE,
  ConventionHistoryRow,
  ConventionRow,
} from './tables';

/** History entries returned when the caller names no limit. */
export const DEFAULT_HISTORY_LIMIT = 100;
/** The most history entries one call returns. */
export const MAX_HISTORY_LIMIT = 500;

/**
 * Scope then id, by code unit: the same order on every database, whose
 * collations would otherwise disagree on case and punctuation.
 */
function byScopeThenId(a: Convention, b: Convention): number {
  if (a.scope !== b.scope) {
    return a.scope < b.scope ? -1 : 1;
  }
  if (a.id !== b.id) {
    return a.id < b.id ? -1 : 1;
  }
  return 0;
}

/** The requested limit as a whole number within bounds; the default if none. */
function historyLimit(requested: number | undefined): number {
  if (requested === undefined || !Number.isFinite(requested)) {
    return DEFAULT_HISTORY_LIMIT;
  }
  return Math.min(Math.max(Math.floor(requested), 1), MAX_HISTORY_LIMIT);
}

async function findRow(
  db: Knex,
  scope: ConventionScope,
  id: string,
): Promise<ConventionRow | undefined> {
  return db<ConventionRow>(CONVENTIONS_TABLE)
    .where({ scope, convention_id: id })
    .first();
}

/** Why a write based on `expectedRevision` cannot go ahead, given what is stored. */
function refusal(
  scope: ConventionScope,
  id: string,
  expectedRevision: number,
  stored: ConventionRow | undefined,
): Error {
  if (!stored) {
    return new NotFoundError(`No convention '${id}' at scope '${scope}'`);
  }
  return new ConventionWriteConflictError(
    `Convention '${id}' at scope '${scope}' is at revision ${stored.revision}, not ${expectedRevision}; apply your change to the current version`,
    conventionFromRow(stored),
  );
}

function takenError(
  scope: ConventionScope,
  id: string,
  current: Convention | undefined,
  cause?: unknown,
): ConventionWriteConflictError {
  return new ConventionWriteConflictError(
    `Convention '${id}' already exists at scope '${scope}'`,
    current,
    cause,
  );
}

async function appendHistory(
  tx: Knex,
  entry: Omit<ConventionHistoryEntry, 'before' | 'after'> & {
    before?: Convention;
    after?: Convention;
  },
): Promise<void> {
  await tx<ConventionHistoryRow>(CONVENTION_HISTORY_TABLE).insert({
    scope: entry.scope,
    convention_id: entry.conventionId,
    revision: entry.revision,
    change: entry.change,
    author: entry.author,
    at: entry.at,
    before: entry.before ? JSON.stringify(entry.before) : null,
    after: entry.after ? JSON.stringify(entry.after) : null,
  });
  // In the same transaction: no replica misses a change that landed.
  await recordScopeChanges(tx, [entry.scope], entry.at);
}

/**
 * `ConventionStore` on the plugin's database. Every write runs in one
 * transaction with its history row, and is conditional on the revision the
 * writer read (`... WHERE revision = ?`), so of concurrent writers from the
 * same revision exactly one lands and the others get the winner's version.
 */
export class DatabaseConventionStore implements ConventionStore {
  /**
   * @param options.knex - a client whose schema is migrated, see
   *   `applyConventionMigrations`
   * @param options.now - the clock that stamps writes; tests fix it
   */
  static create(options: {
    knex: Knex;
    now?: () => Date;
  }): DatabaseConventionStore {
    return new DatabaseConventionStore(
      options.knex,
      options.now ?? (() => new Date()),
    );
  }

  private constructor(
    private readonly knex: Knex,
    private readonly now: () => Date,
  ) {}

  async listByScopes(scopes: ConventionScope[]): Promise<Convention[]> {
    const rows: ConventionRow[] = [];
    for (const chunk of inChunks([...new Set(scopes)])) {
      rows.push(
        ...(await this.knex<ConventionRow>(CONVENTIONS_TABLE).whereIn(
          'scope',
          chunk,
        )),
      );
    }
    return rows.map(conventionFromRow).sort(byScopeThenId);
  }

  async listAll(): Promise<Convention[]> {
    const rows = await this.knex<ConventionRow>(CONVENTIONS_TABLE).select();
    return rows.map(conventionFromRow).sort(byScopeThenId);
  }

  async get(
    scope: ConventionScope,
    id: string,
  ): Promise<Convention | undefined> {
    const row = await findRow(this.knex, scope, id);
    return row && conventionFromRow(row);
  }

  async create(
    scope: ConventionScope,
    input: ConventionInput,
    author: string,
  ): Promise<Convention> {
    try {
      return await this.knex.transaction(async tx => {
        const existing = await findRow(tx, scope, input.id);
        if (existing) {
          throw takenError(scope, input.id, conventionFromRow(existing));
        }
        const revision =
          (await this.lastRevisionInHistory(tx, scope, input.id)) + 1;
        const stamp = { by: author, at: this.now().toISOString() };
        const row = conventionRowOf(scope, input, revision, stamp, stamp);
        await tx<ConventionRow>(CONVENTIONS_TABLE).insert(row);
        const created = conventionFromRow(row);
        await appendHistory(tx, {
          scope,
          conventionId: input.id,
          revision,
          change: 'create',
          author,
          at: stamp.at,
          after: created,
        });
        return created;
      });
    } catch (error) {
      if (error instanceof ConventionWriteConflictError) {
        throw error;
      }
      // A concurrent create of the same id passes the check above and then
      // fails on the primary key; the transaction is spoilt by then, so what
      // won is read outside it. If that read fails too, the original error
      // is the one worth reporting.
      const current = await this.get(scope, input.id).catch(() => undefined);
      if (current) {
        throw takenError(scope, input.id, current, error);
      }
      throw error;
    }
  }

  async update(
    scope: ConventionScope,
    input: ConventionInput,
    expectedRevision: number,
    author: string,
  ): Promise<Convention> {
    return this.knex.transaction(async tx => {
      const before = await this.rowAtRevision(
        tx,
        scope,
        input.id,
        expectedRevision,
      );
      const at = this.now().toISOString();
      const row = conventionRowOf(
        scope,
        input,
        expectedRevision + 1,
        { by: before.created_by, at: before.created_at },
        { by: author, at },
      );
      const changed = await tx<ConventionRow>(CONVENTIONS_TABLE)
        .where({ scope, convention_id: input.id, revision: expectedRevision })
        .update(row);
      if (changed === 0) {
        // Another writer committed between the read above and this write.
        throw refusal(
          scope,
          input.id,
          expectedRevision,
          await findRow(tx, scope, input.id),
        );
      }
      const updated = conventionFromRow(row);
      await appendHistory(tx, {
        scope,
        conventionId: input.id,
        revision: row.revision,
        change: 'update',
        author,
        at,
        before: conventionFromRow(before),
        after: updated,
      });
      return updated;
    });
  }

  async delete(
    scope: ConventionScope,
    id: string,
    expectedRevision: number,
    author: string,
  ): Promise<Convention> {
    return this.knex.transaction(async tx => {
      const before = await this.rowAtRevision(tx, scope, id, expectedRevision);
      const removed = await tx<ConventionRow>(CONVENTIONS_TABLE)
        .where({ scope, convention_id: id, revision: expectedRevision })
        .delete();
      if (removed === 0) {
        // Another writer committed between the read above and this write.
        throw refusal(
          scope,
          id,
          expectedRevision,
          await findRow(tx, scope, id),
        );
      }
      const deleted = conventionFromRow(before);
      await appendHistory(tx, {
        scope,
        conventionId: id,
        revision: expectedRevision,
        change: 'delete',
        author,
        at: this.now().toISOString(),
        before: deleted,
      });
      return deleted;
    });
  }

  async history(
    scope: ConventionScope,
    options?: { conventionId?: string; limit?: number },
  ): Promise<ConventionHistoryEntry[]> {
    const limit = historyLimit(options?.limit);
    const query = this.knex<ConventionHistoryRow>(CONVENTION_HISTORY_TABLE)
      .where({ scope })
      .orderBy('id', 'desc')
      .limit(limit);
    if (options?.conventionId !== undefined) {
      query.andWhere({ convention_id: options.conventionId });
    }
    return (await query).map(historyEntryFromRow);
  }

  /** The stored row, if it is at the expected revision; else why not. */
  private async rowAtRevision(
    tx: Knex,
    scope: ConventionScope,
    id: string,
    expectedRevision: number,
  ): Promise<ConventionRow> {
    const row = await findRow(tx, scope, id);
    if (!row || row.revision !== expectedRevision) {
      throw refusal(scope, id, expectedRevision, row);
    }
    return row;
  }

  /**
   * The highest revision the id ever had at the scope, 0 if none: a
   * re-created convention continues from there, so that a revision names one
   * version only and a writer holding one from before the delete is refused.
   */
  private async lastRevisionInHistory(
    tx: Knex,
    scope: ConventionScope,
    id: string,
  ): Promise<number> {
    const result = (await tx(CONVENTION_HISTORY_TABLE)
      .where({ scope, convention_id: id })
      .max({ revision: 'revision' })
      .first()) as { revision: number | string | null } | undefined;
    return Number(result?.revision ?? 0);
  }
}
