import { Convention } from '@agent-context/plugin-agent-context-common';
import type { Knex } from 'knex';
import {
  RepositoryConventionsStore,
  StoredRepositoryConventions,
} from '../types';
import { inChunks } from './inChunks';
import { recordScopeChanges } from './recordScopeChanges';
import {
  REPOSITORY_CONVENTIONS_TABLE,
  RepositoryConventionsRow,
} from './tables';

function fromRow(row: RepositoryConventionsRow): StoredRepositoryConventions {
  return {
    entityRef: row.entity_ref,
    location: row.location,
    conventions: JSON.parse(row.conventions) as Convention[],
    ...(row.etag !== null ? { etag: row.etag } : {}),
    ...(row.last_good_at !== null ? { lastGoodAt: row.last_good_at } : {}),
    lastCheckedAt: row.last_checked_at,
    ...(row.error !== null ? { error: row.error } : {}),
  };
}

/** `RepositoryConventionsStore` on the plugin's database, one row per entity. */
export class DatabaseRepositoryConventionsStore
  implements RepositoryConventionsStore
{
  /** @param options.knex - a client whose schema is migrated */
  static create(options: { knex: Knex }): DatabaseRepositoryConventionsStore {
    return new DatabaseRepositoryConventionsStore(options.knex);
  }

  private constructor(private readonly knex: Knex) {}

  async get(
    entityRefs: string[],
  ): Promise<Map<string, StoredRepositoryConventions>> {
    const found = new Map<string, StoredRepositoryConventions>();
    for (const chunk of inChunks([...new Set(entityRefs)])) {
      const rows = await this.knex<RepositoryConventionsRow>(
        REPOSITORY_CONVENTIONS_TABLE,
      ).whereIn('entity_ref', chunk);
      for (const row of rows) {
        found.set(row.entity_ref, fromRow(row));
      }
    }
    return found;
  }

  async list(): Promise<StoredRepositoryConventions[]> {
    const rows = await this.knex<RepositoryConventionsRow>(
      REPOSITORY_CONVENTIONS_TABLE,
    ).orderBy('entity_ref');
    return rows.map(fromRow);
  }

  async recordSuccess(entry: {
    entityRef: string;
    location: string;
    conventions: Convention[];
    etag?: string;
    at: Date;
  }): Promise<void> {
    const at = entry.at.toISOString();
    const conventions = JSON.stringify(entry.conventions);
    await this.knex.transaction(async tx => {
      const before = await tx<RepositoryConventionsRow>(
        REPOSITORY_CONVENTIONS_TABLE,
      )
        .where({ entity_ref: entry.entityRef })
        .first('conventions');
      await tx<RepositoryConventionsRow>(REPOSITORY_CONVENTIONS_TABLE)
        .insert({
          entity_ref: entry.entityRef,
          location: entry.location,
          conventions,
          etag: entry.etag ?? null,
          last_good_at: at,
          last_checked_at: at,
          error: null,
        })
        .onConflict('entity_ref')
        .merge();
      // A re-read that found the same conventions changes no answer.
      if (before?.conventions !== conventions) {
        await recordScopeChanges(tx, [entry.entityRef], at);
      }
    });
  }

  async recordFailure(entry: {
    entityRef: string;
    location: string;
    error: string;
    at: Date;
  }): Promise<void> {
    // Only the check columns are merged into an existing row: its last good
    // conventions stay in force while the file is broken or unreachable.
    await this.knex<RepositoryConventionsRow>(REPOSITORY_CONVENTIONS_TABLE)
      .insert({
        entity_ref: entry.entityRef,
        location: entry.location,
        conventions: '[]',
        etag: null,
        last_good_at: null,
        last_checked_at: entry.at.toISOString(),
        error: entry.error,
      })
      .onConflict('entity_ref')
      .merge(['last_checked_at', 'error']);
  }

  async retainOnly(entityRefs: string[]): Promise<void> {
    const keep = new Set(entityRefs);
    const stored = await this.knex<RepositoryConventionsRow>(
      REPOSITORY_CONVENTIONS_TABLE,
    ).pluck('entity_ref');
    const forgotten = stored.filter(ref => !keep.has(ref));
    for (const chunk of inChunks(forgotten)) {
      await this.knex.transaction(async tx => {
        await tx<RepositoryConventionsRow>(REPOSITORY_CONVENTIONS_TABLE)
          .whereIn('entity_ref', chunk)
          .delete();
        await recordScopeChanges(tx, chunk, new Date().toISOString());
      });
    }
  }
}
