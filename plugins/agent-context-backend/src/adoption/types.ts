import { AdoptionRow } from '@agent-context/plugin-agent-context-common';

// The contract between the parts of adoption: sources turn what they read
// into AdoptionRows and hand them to AdoptionIngestion; the attributor says
// whom and what each row is about; the store keeps rows and rollups.

/**
 * What one row is attributed to, resolved from the catalog graph. Rows that
 * resolve to nothing are kept and counted as unattributed.
 */
export interface AdoptionAttribution {
  /** The catalog entity, from entityRef or the repository URL. */
  entityRef?: string;
  /**
   * The teams: the row's teamRef; else the user's catalog groups (found by
   * the e-mail on their catalog User); else the entity's owner if a group.
   */
  teamRefs: string[];
  /** The keyed hash of the user's id or e-mail; never the id itself. */
  userKey?: string;
}

/** Resolves rows against the catalog graph, in memory, without I/O. */
export interface AdoptionAttributor {
  attribute(row: AdoptionRow): AdoptionAttribution;
}

/** What became of a batch. */
export interface AdoptionIngestResult {
  /** Rows stored new or changed. */
  accepted: number;
  /** Rows identical to what was stored for their (source, sourceId). */
  unchanged: number;
  /** Rows kept without an entity or a team. */
  unattributed: number;
  /**
   * Rows ignored because their day is older than the raw rows are kept
   * (`agentContext.adoption.retention.rowsDays`): their first version may
   * already be pruned while still counted in the rollups.
   */
  expired: number;
}

/** How a batch is written. */
export interface AdoptionIngestOptions {
  /**
   * A connector's re-pull of whole days: the source's rows on these days
   * that the batch does not carry are removed, so a day's figures are
   * replaced, never added to.
   */
  replaceDays?: { source: string; days: string[] };
}

/**
 * The one ingestion path. A batch is all-or-nothing; a row sent again with
 * the same (source, sourceId) replaces the first one's figures.
 */
export interface AdoptionIngestion {
  ingest(
    rows: AdoptionRow[],
    options?: AdoptionIngestOptions,
  ): Promise<AdoptionIngestResult>;
}
