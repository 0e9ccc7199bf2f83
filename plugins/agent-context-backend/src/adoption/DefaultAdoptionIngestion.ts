import {
  AdoptionRow,
  adoptionRowDay,
} from '@agent-context/plugin-agent-context-common';
import { AdoptionStore, StoredAdoptionRow } from './store';
import { AdoptionRetention, retentionCutoff } from './retentionCutoff';
import {
  AdoptionAttributor,
  AdoptionIngestOptions,
  AdoptionIngestResult,
  AdoptionIngestion,
} from './types';

/**
 * The one ingestion path: attributes each row, leaves out rows older than
 * the raw rows are kept, and writes the rest as one batch.
 *
 * A row of a day whose rows may already be pruned is ignored and counted
 * as `expired`: its first version may be gone from the rows while still
 * summed in the rollups, so storing it again could count it twice.
 */
export class DefaultAdoptionIngestion implements AdoptionIngestion {
  readonly #store: AdoptionStore;
  readonly #attributor: AdoptionAttributor;
  readonly #retention: AdoptionRetention;
  readonly #now: () => Date;

  static create(options: {
    store: AdoptionStore;
    attributor: AdoptionAttributor;
    retention: AdoptionRetention;
    now?: () => Date;
  }) {
    return new DefaultAdoptionIngestion(options);
  }

  private constructor(options: {
    store: AdoptionStore;
    attributor: AdoptionAttributor;
    retention: AdoptionRetention;
    now?: () => Date;
  }) {
    this.#store = options.store;
    this.#attributor = options.attributor;
    this.#retention = options.retention;
    this.#now = options.now ?? (() => new Date());
  }

  async ingest(
    rows: AdoptionRow[],
    options: AdoptionIngestOptions = {},
  ): Promise<AdoptionIngestResult> {
    const oldestDay = retentionCutoff(this.#now(), this.#retention.rowsDays);
    const kept: StoredAdoptionRow[] = [];
    let unattributed = 0;
    for (const row of rows) {
      const day = adoptionRowDay(row);
      if (day < oldestDay) {
        continue;
      }
      const stored = this.#toStored(row, day);
      if (!stored.entityRef && stored.teamRefs.length === 0) {
        unattributed++;
      }
      kept.push(stored);
    }
    const replaceDays = options.replaceDays && {
      source: options.replaceDays.source,
      days: options.replaceDays.days.filter(day => day >= oldestDay),
    };
    const written = await this.#store.write(kept, { replaceDays });
    return {
      ...written,
      unattributed,
      expired: rows.length - kept.length,
    };
  }

  #toStored(row: AdoptionRow, day: string): StoredAdoptionRow {
    const attribution = this.#attributor.attribute(row);
    return {
      source: row.source,
      sourceId: row.sourceId,
      kind: row.type,
      day,
      ...(row.type === 'event' &&
        row.timestamp && {
          occurredAt: new Date(row.timestamp).toISOString(),
        }),
      ...(attribution.entityRef && { entityRef: attribution.entityRef }),
      teamRefs: attribution.teamRefs,
      ...(attribution.userKey && { userKey: attribution.userKey }),
      tool: row.tool ?? '',
      model: row.model ?? '',
      provider: row.provider ?? '',
      metrics: row.metrics as Record<string, number>,
    };
  }
}
