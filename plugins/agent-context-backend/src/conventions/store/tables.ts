/** Table names, as created by the package's migrations. */
export const CONVENTIONS_TABLE = 'agent_context_conventions';
export const CONVENTION_HISTORY_TABLE = 'agent_context_convention_history';
export const REPOSITORY_CONVENTIONS_TABLE =
  'agent_context_repository_conventions';
export const SCOPE_CHANGES_TABLE = 'agent_context_scope_changes';

/** A row of `agent_context_conventions`. */
export interface ConventionRow {
  scope: string;
  convention_id: string;
  action: string;
  category: string;
  title: string;
  body: string;
  severity: string | null;
  /** JSON. */
  applies_to: string | null;
  /** SQLite has no boolean type and reads back 0 or 1. */
  enforced: boolean | number;
  reason: string | null;
  revision: number;
  created_by: string;
  created_at: string;
  updated_by: string;
  updated_at: string;
}

/** A row of `agent_context_convention_history`. */
export interface ConventionHistoryRow {
  id: number;
  scope: string;
  convention_id: string;
  revision: number;
  change: string;
  author: string;
  at: string;
  /** A `Convention` as JSON. */
  before: string | null;
  /** A `Convention` as JSON. */
  after: string | null;
}

/** A row of `agent_context_repository_conventions`. */
export interface RepositoryConventionsRow {
  entity_ref: string;
  location: string;
  /** A `Convention[]` as JSON. */
  conventions: string;
  etag: string | null;
  last_good_at: string | null;
  last_checked_at: string;
  error: string | null;
}

/** A row of `agent_context_scope_changes`. */
export interface ScopeChangeRow {
  /** A bigint: PostgreSQL hands it back as a string. */
  id: number | string;
  scope: string;
  at: string;
}
