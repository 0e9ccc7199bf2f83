import { StoredAdoptionRow } from './StoredAdoptionRow';

/** What a write did to the rows it was given. */
export interface AdoptionWriteResult {
  /** Rows stored new, or replacing a different row with their key. */
  accepted: number;
  /** Rows identical to what was stored (or sent earlier in the batch). */
  unchanged: number;
}

/** How a batch is written. */
export interface AdoptionWriteOptions {
  /** Removes the source's stored rows on these days that the batch lacks. */
  replaceDays?: { source: string; days: string[] };
}

/** Keeps adoption rows and the rollups every query reads. */
export interface AdoptionStore {
  /**
   * Writes a batch in one transaction: rows new or changed on
   * (source, sourceId) are stored and the rollups and user-days move by
   * the difference.
   */
  write(
    rows: StoredAdoptionRow[],
    options?: AdoptionWriteOptions,
  ): Promise<AdoptionWriteResult>;
  /**
   * Deletes rows of days before `before` in chunks of `chunkSize`;
   * rollups and user-days stay. Returns how many went.
   */
  pruneRows(options: { before: string; chunkSize?: number }): Promise<number>;
  /**
   * Deletes rollups and user-days of days before `before`, one day a
   * statement. Returns how many went.
   */
  pruneRollups(options: { before: string }): Promise<number>;
}
