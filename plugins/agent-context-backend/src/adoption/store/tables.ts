/** Table names, as created by `migrations/202612031500_adoption.js`. */
export const ADOPTION_ROWS_TABLE = 'agent_context_adoption_rows';
export const ADOPTION_ROLLUPS_TABLE = 'agent_context_adoption_rollups';
export const ADOPTION_USERS_TABLE = 'agent_context_adoption_users';

/** The columns of a rollup's primary key, in the key's order. */
export const ROLLUP_KEY_COLUMNS = [
  'scope_kind',
  'scope_ref',
  'day',
  'metric',
  'tool',
  'model',
  'provider',
] as const;

/** The columns of a user-day's primary key, in the key's order. */
export const USER_KEY_COLUMNS = [
  'scope_kind',
  'scope_ref',
  'day',
  'user_key',
  'tool',
] as const;

/** A row of `agent_context_adoption_rows`. */
export interface AdoptionRowsRow {
  /** A bigint: PostgreSQL hands it back as a string. */
  id: number | string;
  source: string;
  source_id: string;
  kind: string;
  day: string;
  occurred_at: string | null;
  entity_ref: string | null;
  /** A `string[]` as JSON. */
  team_refs: string;
  user_key: string | null;
  tool: string;
  model: string;
  provider: string;
  /** A `Record<string, number>` as JSON. */
  metrics: string;
  received_at: string;
}

/** A row of `agent_context_adoption_rollups`. */
export interface AdoptionRollupsRow {
  scope_kind: string;
  scope_ref: string;
  day: string;
  metric: string;
  tool: string;
  model: string;
  provider: string;
  value: number;
  rows: number;
}

/** A row of `agent_context_adoption_users`. */
export interface AdoptionUsersRow {
  scope_kind: string;
  scope_ref: string;
  day: string;
  user_key: string;
  tool: string;
  rows: number;
}
