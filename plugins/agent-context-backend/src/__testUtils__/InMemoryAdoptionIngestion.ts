import { AdoptionRow } from '@agent-context/plugin-agent-context-common';
import { AdoptionIngestResult, AdoptionIngestion } from '../adoption/types';

/**
 * The ingestion contract kept in a map, for the tests of the sources: a
 * row replaces the one with its (source, sourceId), and one that names no
 * entity, repository or team counts as unattributed.
 */
export class InMemoryAdoptionIngestion implements AdoptionIngestion {
  readonly rows = new Map<string, AdoptionRow>();
  readonly batches: AdoptionRow[][] = [];

  async ingest(rows: AdoptionRow[]): Promise<AdoptionIngestResult> {
    this.batches.push(rows);
    const result = { accepted: 0, unchanged: 0, unattributed: 0 };
    for (const row of rows) {
      const key = `${row.source}\u0000${row.sourceId}`;
      const stored = this.rows.get(key);
      if (stored && JSON.stringify(stored) === JSON.stringify(row)) {
        result.unchanged++;
      } else {
        result.accepted++;
        this.rows.set(key, row);
      }
      if (!row.entityRef && !row.repositoryUrl && !row.teamRef) {
        result.unattributed++;
      }
    }
    return result;
  }

  /** The stored rows, by `source:sourceId`. */
  stored(): Record<string, AdoptionRow> {
    return Object.fromEntries(
      [...this.rows.values()].map(row => [
        `${row.source}:${row.sourceId}`,
        row,
      ]),
    );
  }
}
