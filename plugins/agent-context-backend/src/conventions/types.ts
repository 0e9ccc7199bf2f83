import {
  ContextSkill,
  Convention,
  ConventionHistoryEntry,
  ConventionInput,
  ConventionScope,
  UnverifiedCatalogResource,
} from '@agent-context/plugin-agent-context-common';
import { BackstageCredentials } from '@backstage/backend-plugin-api';

/**
 * The conventions written in the portal or through the API, with their
 * append-only history. Writes are optimistic: each names the revision it
 * read, and a stale one throws `ConventionWriteConflictError` carrying the
 * current version, changing nothing.
 */
export interface ConventionStore {
  /** Every convention recorded at any of the scopes, in scope then id order. */
  listByScopes(scopes: ConventionScope[]): Promise<Convention[]>;
  /** Every recorded convention, for the codex export. */
  listAll(): Promise<Convention[]>;
  get(scope: ConventionScope, id: string): Promise<Convention | undefined>;
  /** Throws `ConventionWriteConflictError` when the id is taken at the scope. */
  create(
    scope: ConventionScope,
    input: ConventionInput,
    author: string,
  ): Promise<Convention>;
  /**
   * Throws `ConventionWriteConflictError` when `expectedRevision` is not the
   * stored one, and `NotFoundError` when there is nothing to update.
   */
  update(
    scope: ConventionScope,
    input: ConventionInput,
    expectedRevision: number,
    author: string,
  ): Promise<Convention>;
  /** Returns what was deleted; conflicts and absences as for `update`. */
  delete(
    scope: ConventionScope,
    id: string,
    expectedRevision: number,
    author: string,
  ): Promise<Convention>;
  /** Newest first. */
  history(
    scope: ConventionScope,
    options?: { conventionId?: string; limit?: number },
  ): Promise<ConventionHistoryEntry[]>;
}

/** The last good conventions-as-code file of an entity, and its last read. */
export interface StoredRepositoryConventions {
  entityRef: string;
  /** The file's URL (or `file:` path for entities registered from disk). */
  location: string;
  /** From the last read that worked; empty if none has. */
  conventions: Convention[];
  etag?: string;
  lastGoodAt?: string;
  lastCheckedAt: string;
  /** Why the last read failed or the file was refused; absent if it worked. */
  error?: string;
}

/**
 * Keeps what the conventions-as-code reader found, so that a failed read or
 * an invalid file keeps the last good version (and shows the problem).
 */
export interface RepositoryConventionsStore {
  get(entityRefs: string[]): Promise<Map<string, StoredRepositoryConventions>>;
  list(): Promise<StoredRepositoryConventions[]>;
  recordSuccess(entry: {
    entityRef: string;
    location: string;
    conventions: Convention[];
    etag?: string;
    at: Date;
  }): Promise<void>;
  /** Keeps the stored conventions; only the error and check time change. */
  recordFailure(entry: {
    entityRef: string;
    location: string;
    error: string;
    at: Date;
  }): Promise<void>;
  /** Forgets entities that no longer carry the annotation. */
  retainOnly(entityRefs: string[]): Promise<void>;
}

/**
 * The catalog's `AiResource` entities as conventions: rules that belong to
 * an entity's system or owners, and the skills for them.
 */
export interface CatalogAiResources {
  forScopes(
    scopes: { systemRef?: string; ownerRefs: string[] },
    credentials: BackstageCredentials,
  ): Promise<CatalogAiResourcesForScopes>;
}

/** What the catalog holds for a set of scopes, and what it was refused. */
export interface CatalogAiResourcesForScopes {
  rules: Convention[];
  skills: ContextSkill[];
  /** Resources that name a scope whose owners do not include theirs. */
  unverified: UnverifiedCatalogResource[];
}
