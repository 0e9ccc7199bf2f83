/** How long adoption data is kept, in days. */
export interface AdoptionRetention {
  /** Raw rows; replays of older rows are ignored. Default 35. */
  rowsDays: number;
  /** Rollups and distinct user-days. Default 730. */
  rollupsDays: number;
}

/**
 * The first day still kept (YYYY-MM-DD, UTC): data of earlier days is
 * pruned, and rows of earlier days are no longer accepted.
 */
export function retentionCutoff(now: Date, days: number): string {
  const cutoff = new Date(now.getTime() - days * 24 * 60 * 60 * 1000);
  return cutoff.toISOString().slice(0, 10);
}
