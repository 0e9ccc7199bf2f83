import { AdoptionRow } from '@agent-context/plugin-agent-context-common';
import { AdoptionIngestResult, AdoptionIngestion } from '../../types';

/**
 * `AdoptionIngestion` in memory, for the receiver's tests: it keeps the
 * last row per (source, sourceId), as the real one does, and every batch.
 */
export class InMemoryAdoptionIngestion implements AdoptionIngestion {
  readonly batches: AdoptionRow[][] = [];
  private readonly stored = new Map<string, AdoptionRow>();

  async ingest(rows: AdoptionRow[]): Promise<AdoptionIngestResult> {
    this.batches.push(rows);
    let accepted = 0;
    let unchanged = 0;
    for (const row of rows) {
      const key = `${row.source}\u0000${row.sourceId}`;
      const before = this.stored.get(key);
      if (before && JSON.stringify(before) === JSON.stringify(row)) {
        unchanged += 1;
      } else {
        accepted += 1;
      }
      this.stored.set(key, row);
    }
    return { accepted, unchanged, unattributed: 0 };
  }

  /** The rows as stored, in the order first received. */
  rows(): AdoptionRow[] {
    return [...this.stored.values()];
  }

  /** Each stored figure summed over the rows, by metric. */
  totals(): Record<string, number> {
    const totals: Record<string, number> = {};
    for (const row of this.stored.values()) {
      for (const [metric, value] of Object.entries(row.metrics)) {
        totals[metric] = (totals[metric] ?? 0) + value;
      }
    }
    return totals;
  }
}
