import { LoggerService } from '@backstage/backend-plugin-api';
import { AdoptionRow } from '@agent-context/plugin-agent-context-common';
import { AdoptionIngestion } from '../types';
import { increasesOf } from './increasesOf';
import { readOtlpLogs } from './mapOtlpLogs';
import { readOtlpMetrics, rowOfIncrease } from './mapOtlpMetrics';
import { OtlpLogsRequest, OtlpMetricsRequest } from './otlpMessages';
import { OtlpSeriesStore } from './OtlpSeriesStore';

/** What became of an export: the points or records it could not use. */
export interface OtlpExportOutcome {
  rejected: number;
  errorMessage?: string;
}

/** What the receiver left out since the backend started. */
export interface OtlpReceiverStats {
  /** Data points of metrics it does not know, by metric name. */
  unknownMetrics: Record<string, number>;
  /** Log records of events it does not read, by event name. */
  unknownEvents: Record<string, number>;
  /** Points of known metrics whose attributes name nothing counted. */
  ignoredPoints: number;
  /** Points and records rejected in partial successes. */
  rejected: number;
}

// A sender making up a new metric name per export must not grow memory
// without end; past this many names, further ones are counted together.
const MAX_NAMES = 1000;
const OTHER_NAMES = '(other names)';

/**
 * Turns OTLP exports into adoption rows for the one ingestion path:
 * metrics through their series' increases (cumulative running totals
 * become what they added since the last export taken), Claude Code's
 * api_request events one row each. Unknown metrics and events are counted
 * in `stats()` and logged once per name, never an error.
 */
export class OtlpReceiver {
  static create(options: {
    ingestion: AdoptionIngestion;
    series: OtlpSeriesStore;
    logger: LoggerService;
  }): OtlpReceiver {
    return new OtlpReceiver(options.ingestion, options.series, options.logger);
  }

  private readonly counts: OtlpReceiverStats = {
    unknownMetrics: {},
    unknownEvents: {},
    ignoredPoints: 0,
    rejected: 0,
  };
  // Exports are taken one at a time in this process, so that two exports
  // of one series never both take its increase from the same last point.
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly ingestion: AdoptionIngestion,
    private readonly series: OtlpSeriesStore,
    private readonly logger: LoggerService,
  ) {}

  receiveMetrics(request: OtlpMetricsRequest): Promise<OtlpExportOutcome> {
    return this.oneAtATime(async () => {
      const reading = readOtlpMetrics(request);
      this.countUnknown(
        'metric',
        this.counts.unknownMetrics,
        reading.unknownMetrics,
      );
      this.counts.ignoredPoints += reading.ignored;
      this.counts.rejected += reading.rejected;

      const cumulative = reading.points.filter(
        point => point.temporality === 'cumulative',
      );
      const known = await this.series.get(cumulative.map(p => p.seriesKey));
      const { increases, states } = increasesOf(reading.points, known);
      await this.ingest(
        increases.flatMap(increase => rowOfIncrease(increase) ?? []),
      );
      // Recorded only once the rows are stored: if storing fails, the
      // exporter's retry takes the same increases again, with the same
      // source ids.
      if (states.length > 0) {
        await this.series.put(states, new Date());
      }
      return { rejected: reading.rejected, errorMessage: reading.errorMessage };
    });
  }

  async receiveLogs(request: OtlpLogsRequest): Promise<OtlpExportOutcome> {
    const reading = readOtlpLogs(request);
    this.countUnknown(
      'event',
      this.counts.unknownEvents,
      reading.unknownEvents,
    );
    this.counts.rejected += reading.rejected;
    await this.ingest(reading.rows);
    return { rejected: reading.rejected, errorMessage: reading.errorMessage };
  }

  stats(): OtlpReceiverStats {
    return {
      unknownMetrics: { ...this.counts.unknownMetrics },
      unknownEvents: { ...this.counts.unknownEvents },
      ignoredPoints: this.counts.ignoredPoints,
      rejected: this.counts.rejected,
    };
  }

  private async ingest(rows: AdoptionRow[]) {
    // One row per source id: a batch that carries a point twice stores it once.
    const bySourceId = new Map(rows.map(row => [row.sourceId, row]));
    if (bySourceId.size > 0) {
      await this.ingestion.ingest([...bySourceId.values()]);
    }
  }

  private countUnknown(
    what: string,
    totals: Record<string, number>,
    found: Map<string, number>,
  ) {
    for (const [name, count] of found) {
      let key = name;
      if (!(key in totals)) {
        if (Object.keys(totals).length >= MAX_NAMES) {
          key = OTHER_NAMES;
        } else {
          this.logger.info(
            `OTLP receiver: ignoring ${what} '${name}', which adoption does not read`,
          );
        }
      }
      totals[key] = (totals[key] ?? 0) + count;
    }
  }

  private oneAtATime<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }
}
