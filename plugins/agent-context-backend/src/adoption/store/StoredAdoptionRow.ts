/**
 * One row as the store keeps it: attributed and pseudonymised, its day
 * resolved. Nothing here names a person: `userKey` is a keyed hash.
 */
export interface StoredAdoptionRow {
  source: string;
  sourceId: string;
  kind: 'event' | 'daily';
  /** YYYY-MM-DD, UTC. */
  day: string;
  /** ISO 8601, UTC, for events. */
  occurredAt?: string;
  entityRef?: string;
  teamRefs: string[];
  userKey?: string;
  /** '' when the source did not say. */
  tool: string;
  model: string;
  provider: string;
  metrics: Record<string, number>;
}
