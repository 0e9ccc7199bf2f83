import { StoredAdoptionRow } from './StoredAdoptionRow';
import { AdoptionRowsRow } from './tables';

/** A row's columns, but for the id the database assigns. */
export type AdoptionRowsInsert = Omit<AdoptionRowsRow, 'id'>;

/** The columns of a row to store. */
export function toRowsInsert(
  row: StoredAdoptionRow,
  receivedAt: string,
): AdoptionRowsInsert {
  return {
    source: row.source,
    source_id: row.sourceId,
    kind: row.kind,
    day: row.day,
    occurred_at: row.occurredAt ?? null,
    entity_ref: row.entityRef ?? null,
    team_refs: JSON.stringify(canonicalTeams(row.teamRefs)),
    user_key: row.userKey ?? null,
    tool: row.tool,
    model: row.model,
    provider: row.provider,
    metrics: JSON.stringify(canonicalMetrics(row.metrics)),
    received_at: receivedAt,
  };
}

/** The stored row a database row holds. */
export function fromRowsRow(row: AdoptionRowsRow): StoredAdoptionRow {
  return {
    source: row.source,
    sourceId: row.source_id,
    kind: row.kind === 'daily' ? 'daily' : 'event',
    day: row.day,
    ...(row.occurred_at !== null && { occurredAt: row.occurred_at }),
    ...(row.entity_ref !== null && { entityRef: row.entity_ref }),
    teamRefs: JSON.parse(row.team_refs) as string[],
    ...(row.user_key !== null && { userKey: row.user_key }),
    tool: row.tool,
    model: row.model,
    provider: row.provider,
    metrics: JSON.parse(row.metrics) as Record<string, number>,
  };
}

/**
 * Whether two versions of a row say the same: every column but when it
 * was received. Teams and metrics are compared in canonical order, so a
 * source that lists them differently does not count as a change.
 */
export function sameRow(a: AdoptionRowsInsert, b: AdoptionRowsInsert): boolean {
  return (
    a.kind === b.kind &&
    a.day === b.day &&
    a.occurred_at === b.occurred_at &&
    a.entity_ref === b.entity_ref &&
    a.team_refs === b.team_refs &&
    a.user_key === b.user_key &&
    a.tool === b.tool &&
    a.model === b.model &&
    a.provider === b.provider &&
    a.metrics === b.metrics
  );
}

function canonicalTeams(teamRefs: string[]): string[] {
  return [...new Set(teamRefs)].sort();
}

function canonicalMetrics(metrics: Record<string, number>) {
  return Object.fromEntries(
    Object.entries(metrics).sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}
