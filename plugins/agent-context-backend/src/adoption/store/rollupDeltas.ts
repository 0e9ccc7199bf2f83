import { adoptionUserTool } from '@agent-context/plugin-agent-context-common';
import { StoredAdoptionRow } from './StoredAdoptionRow';
import { AdoptionRollupsRow, AdoptionUsersRow } from './tables';

// Rows move the rollups by difference: a replaced row takes its old
// contribution away (sign -1) and adds its new one (+1), so a rollup only
// ever sees one upsert per key and batch, whatever the batch held.

const SEPARATOR = '\u0000';

/** The scopes a rollup or user-day is kept under. */
export const SCOPE_KINDS = ['org', 'entity', 'team'] as const;

/** The scopes one row counts in: the organisation, its entity, its teams. */
export function rowScopes(
  row: Pick<StoredAdoptionRow, 'entityRef' | 'teamRefs'>,
): Array<[kind: string, ref: string]> {
  const teams = [...new Set(row.teamRefs)];
  return [
    ['org', ''],
    ['entity', row.entityRef ?? ''],
    ...(teams.length
      ? teams.map(team => ['team', team] as [string, string])
      : [['team', ''] as [string, string]]),
  ];
}

/** The sums a batch moves the rollups and user-days by. */
export class RollupDeltas {
  readonly #rollups = new Map<string, AdoptionRollupsRow>();
  readonly #users = new Map<string, AdoptionUsersRow>();
  #hasRemovals = false;

  /** Adds (sign 1) or takes away (sign -1) one row's contribution. */
  add(row: StoredAdoptionRow, sign: 1 | -1): void {
    if (sign < 0) {
      this.#hasRemovals = true;
    }
    for (const [scopeKind, scopeRef] of rowScopes(row)) {
      for (const [metric, value] of Object.entries(row.metrics)) {
        const key = [
          scopeKind,
          scopeRef,
          row.day,
          metric,
          row.tool,
          row.model,
          row.provider,
        ].join(SEPARATOR);
        const sum = this.#rollups.get(key) ?? {
          scope_kind: scopeKind,
          scope_ref: scopeRef,
          day: row.day,
          metric,
          tool: row.tool,
          model: row.model,
          provider: row.provider,
          value: 0,
          rows: 0,
        };
        sum.value += sign * value;
        sum.rows += sign;
        this.#rollups.set(key, sum);
      }
      if (row.userKey) {
        // A row that only fetched context keeps its user-day apart, so
        // that reading a context does not count as using an AI tool.
        const tool = adoptionUserTool(row);
        const key = [scopeKind, scopeRef, row.day, row.userKey, tool].join(
          SEPARATOR,
        );
        const sum = this.#users.get(key) ?? {
          scope_kind: scopeKind,
          scope_ref: scopeRef,
          day: row.day,
          user_key: row.userKey,
          tool,
          rows: 0,
        };
        sum.rows += sign;
        this.#users.set(key, sum);
      }
    }
  }

  /** Whether any contribution was taken away, so sums may have reached 0. */
  get hasRemovals(): boolean {
    return this.#hasRemovals;
  }

  /**
   * The rollup changes, in key order: concurrent batches then lock shared
   * keys in the same order and cannot deadlock on them.
   */
  rollups(): AdoptionRollupsRow[] {
    return sortedChanges(
      this.#rollups,
      sum => sum.rows !== 0 || sum.value !== 0,
    );
  }

  /** The user-day changes, in key order. */
  users(): AdoptionUsersRow[] {
    return sortedChanges(this.#users, sum => sum.rows !== 0);
  }
}

function sortedChanges<T>(sums: Map<string, T>, changed: (sum: T) => boolean) {
  return [...sums.entries()]
    .filter(([, sum]) => changed(sum))
    .sort(([a], [b]) => compareKeys(a, b))
    .map(([, sum]) => sum);
}

/** Code-unit order: the same in every process, whatever its locale. */
export function compareKeys(a: string, b: string): number {
  if (a === b) {
    return 0;
  }
  return a < b ? -1 : 1;
}
