import {
  AdoptionMetric,
  AdoptionRow,
  adoptionRowDay,
} from '@agent-context/plugin-agent-context-common';
import {
  AdoptionIngestOptions,
  AdoptionIngestResult,
  AdoptionIngestion,
} from '../adoption/types';

/**
 * The ingestion contract kept in memory, for the tests of the sources: a
 * row replaces the one with its (source, sourceId); `replaceDays` drops
 * the source's rows of those days that a batch leaves out; a row that
 * names no entity, repository or team counts as unattributed.
 */
export class InMemoryAdoptionIngestion implements AdoptionIngestion {
  /** The stored rows, by source and sourceId. */
  readonly rows = new Map<string, AdoptionRow>();
  /** Every batch, in order, and the options each came with. */
  readonly batches: AdoptionRow[][] = [];
  readonly options: Array<AdoptionIngestOptions | undefined> = [];

  async ingest(
    rows: AdoptionRow[],
    options?: AdoptionIngestOptions,
  ): Promise<AdoptionIngestResult> {
    this.batches.push(rows);
    this.options.push(options);
    const result = { accepted: 0, unchanged: 0, unattributed: 0, expired: 0 };
    if (options?.replaceDays) {
      const { source, days } = options.replaceDays;
      const sent = new Set(rows.map(keyOf));
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
      if (!row.entityRef && !row.repositoryUrl && !row.teamRef) {
        result.unattributed++;
      }
      this.rows.set(keyOf(row), row);
    }
    return result;
  }

  /** Every stored row, in the order first received. */
  all(): AdoptionRow[] {
    return [...this.rows.values()];
  }

  /** The stored rows, by `source:sourceId`. */
  stored(): Record<string, AdoptionRow> {
    return Object.fromEntries(
      this.all().map(row => [`${row.source}:${row.sourceId}`, row]),
    );
  }

  /** The stored rows of a source, on one day if given. */
  rowsOf(source: string, day?: string): AdoptionRow[] {
    return this.all().filter(
      row => row.source === source && (!day || adoptionRowDay(row) === day),
    );
  }

  /** A metric summed over a source's rows of one day. */
  total(source: string, day: string, metric: AdoptionMetric): number {
    return this.rowsOf(source, day).reduce(
      (sum, row) => sum + (row.metrics[metric] ?? 0),
      0,
    );
  }

  /** Each stored figure summed over every row, by metric. */
  totals(): Record<string, number> {
    const totals: Record<string, number> = {};
    for (const row of this.rows.values()) {
      for (const [metric, value] of Object.entries(row.metrics)) {
        totals[metric] = (totals[metric] ?? 0) + value;
      }
    }
    return totals;
  }
}

function keyOf(row: AdoptionRow): string {
  return `${row.source}\u0000${row.sourceId}`;
}
