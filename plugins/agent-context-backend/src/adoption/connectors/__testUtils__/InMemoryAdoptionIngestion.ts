import {
  AdoptionMetric,
  AdoptionRow,
  adoptionRowDay,
} from '@agent-context/plugin-agent-context-common';
import {
  AdoptionIngestOptions,
  AdoptionIngestResult,
  AdoptionIngestion,
} from '../../types';

/**
 * The ingestion contract kept in memory: rows replace on (source,
 * sourceId) and `replaceDays` drops the source's rows of those days that a
 * batch leaves out. Enough to check what a connector's rows add up to.
 */
export class InMemoryAdoptionIngestion implements AdoptionIngestion {
  private readonly rows = new Map<string, AdoptionRow>();
  /** Every call, for asserting how days were handed over. */
  readonly batches: Array<{
    rows: AdoptionRow[];
    options?: AdoptionIngestOptions;
  }> = [];

  async ingest(
    rows: AdoptionRow[],
    options?: AdoptionIngestOptions,
  ): Promise<AdoptionIngestResult> {
    this.batches.push({ rows, options });
    const result = { accepted: 0, unchanged: 0, unattributed: 0 };
    const sent = new Set(rows.map(row => keyOf(row)));
    if (options?.replaceDays) {
      const { source, days } = options.replaceDays;
      for (const [key, row] of this.rows) {
        if (
          row.source === source &&
          days.includes(adoptionRowDay(row)) &&
          !sent.has(key)
        ) {
          this.rows.delete(key);
        }
      }
    }
    for (const row of rows) {
      const before = this.rows.get(keyOf(row));
      if (before && JSON.stringify(before) === JSON.stringify(row)) {
        result.unchanged++;
      } else {
        result.accepted++;
      }
      if (!row.entityRef && !row.teamRef && !row.repositoryUrl) {
        result.unattributed++;
      }
      this.rows.set(keyOf(row), row);
    }
    return result;
  }

  /** The stored rows of a source, on one day if given. */
  stored(source: string, day?: string): AdoptionRow[] {
    return [...this.rows.values()].filter(
      row => row.source === source && (!day || adoptionRowDay(row) === day),
    );
  }

  /** A metric summed over a source's rows of one day. */
  total(source: string, day: string, metric: AdoptionMetric): number {
    return this.stored(source, day).reduce(
      (sum, row) => sum + (row.metrics[metric] ?? 0),
      0,
    );
  }
}

function keyOf(row: AdoptionRow) {
  return `${row.source}\n${row.sourceId}`;
}
