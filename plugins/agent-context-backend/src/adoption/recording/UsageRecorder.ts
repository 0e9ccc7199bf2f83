import { AdoptionRow } from '@agent-context/plugin-agent-context-common';
import {
  LifecycleService,
  LoggerService,
  RootConfigService,
} from '@backstage/backend-plugin-api';
import { randomUUID } from 'node:crypto';
import { AdoptionIngestion } from '../types';

/** The source name of the suite's own usage rows. */
export const USAGE_SOURCE = 'agent-context';

/** One fetch of a context, an AGENTS.md, or an MCP tool's answer. */
export interface ContextFetch {
  /** The entity fetched, if the call named or found one. */
  entityRef?: string;
  /** Who: a user entity ref or `service:<subject>` (see principalOf). */
  principal?: string;
  /** The client (see toolOfUserAgent), or `mcp`. */
  tool: string;
}

/**
 * The adoption row of a fetch: the one shape of the suite's own usage,
 * whether the recorder saw the fetch or the demo generator made it up.
 * A known e-mail makes the caller the same person as in their tools'
 * rows; a principal alone is pseudonymised within this source.
 */
export function contextFetchRow(
  fetch: ContextFetch & { email?: string },
  at: { timestamp: string; sourceId: string },
): AdoptionRow {
  let user: AdoptionRow['user'];
  if (fetch.email) {
    user = { email: fetch.email };
  } else if (fetch.principal) {
    user = { id: fetch.principal };
  }
  return {
    type: 'event',
    source: USAGE_SOURCE,
    sourceId: at.sourceId,
    timestamp: at.timestamp,
    ...(fetch.entityRef && { entityRef: fetch.entityRef }),
    ...(user && { user }),
    tool: fetch.tool,
    metrics: { contextFetches: 1 },
  };
}

/** What the recorder has done since it was created. */
export interface UsageRecorderStats {
  recorded: number;
  ingested: number;
  /** Fetches not recorded: the buffer was full, or a flush failed twice. */
  dropped: number;
  /** Fetches waiting for the next flush. */
  pending: number;
}

const DEFAULTS = {
  flushIntervalMs: 5_000,
  batchSize: 500,
  capacity: 10_000,
  stopTimeoutMs: 10_000,
};

/**
 * Records the suite's own fetches as adoption events, off the request
 * path: `record` only appends to a buffer, which is handed to ingestion
 * every few seconds, or as soon as a batch is full, and once more on
 * shutdown. The buffer is bounded: when ingestion falls behind, new
 * fetches are dropped and counted rather than held without limit or
 * making callers wait. A failed batch is logged and tried once more at the
 * next flush, then dropped; the caller never sees it.
 */
export class UsageRecorder {
  /**
   * The recorder the configuration asks for, started, flushed on shutdown:
   * none when adoption is not configured, when
   * `agentContext.adoption.recordUsage` is false, or without an ingestion.
   */
  static fromConfig(options: {
    config: RootConfigService;
    ingestion: AdoptionIngestion | undefined;
    logger: LoggerService;
    lifecycle: LifecycleService;
  }): UsageRecorder | undefined {
    const { config, ingestion } = options;
    if (
      !ingestion ||
      !config.has('agentContext.adoption') ||
      config.getOptionalBoolean('agentContext.adoption.recordUsage') === false
    ) {
      return undefined;
    }
    const recorder = UsageRecorder.create({
      ingestion,
      logger: options.logger,
    });
    recorder.start();
    options.lifecycle.addShutdownHook(() => recorder.stop());
    return recorder;
  }

  static create(options: {
    ingestion: AdoptionIngestion;
    logger: LoggerService;
    /** How often the buffer is flushed; default 5 s. */
    flushIntervalMs?: number;
    /** Rows per ingestion batch, and the size that flushes at once; default 500. */
    batchSize?: number;
    /**
     * Most rows waiting (besides the batch being handed over); beyond,
     * fetches are dropped; default 10,000.
     */
    capacity?: number;
    /** How long `stop` waits for the last flush; default 10 s. */
    stopTimeoutMs?: number;
  }): UsageRecorder {
    return new UsageRecorder(options.ingestion, options.logger, {
      flushIntervalMs: options.flushIntervalMs ?? DEFAULTS.flushIntervalMs,
      batchSize: options.batchSize ?? DEFAULTS.batchSize,
      capacity: options.capacity ?? DEFAULTS.capacity,
      stopTimeoutMs: options.stopTimeoutMs ?? DEFAULTS.stopTimeoutMs,
    });
  }

  /**
   * Fetches waiting, one row per day, entity, principal and tool, counting
   * its fetches: a busy portal hands ingestion a row per thing fetched and
   * who fetched it, not one per request.
   */
  private queue = new Map<string, AdoptionRow>();
  /** A batch that failed once, tried again at the next flush. */
  private retry?: AdoptionRow[];
  private flushing?: Promise<void>;
  private timer?: ReturnType<typeof setInterval>;
  private counts = { recorded: 0, ingested: 0, dropped: 0 };
  /** Drops since the last warning, so a flood is logged once per flush. */
  private droppedUnreported = 0;

  private constructor(
    private readonly ingestion: AdoptionIngestion,
    private readonly logger: LoggerService,
    private readonly settings: typeof DEFAULTS,
  ) {}

  /** Flushes every interval until stopped. */
  start(): void {
    if (!this.timer) {
      this.timer = setInterval(
        () => void this.flush(),
        this.settings.flushIntervalMs,
      );
      // Recording never keeps the process alive on its own.
      this.timer.unref();
    }
  }

  /**
   * Stops the interval and hands over what is buffered, retry included;
   * waits for ingestion at most `stopTimeoutMs`, so that a stuck database
   * cannot hold up the backend's shutdown.
   */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    const drained = (async () => {
      await this.flush();
      if (this.retry) {
        await this.flush();
      }
      return true;
    })();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<false>(resolve => {
      timer = setTimeout(() => resolve(false), this.settings.stopTimeoutMs);
    });
    const done = await Promise.race([drained, timedOut]);
    clearTimeout(timer);
    if (!done) {
      this.logger.warn(
        `Stopped with ${
          this.stats().pending
        } usage events or more not recorded: ingestion did not finish in ${
          this.settings.stopTimeoutMs / 1000
        } s`,
      );
    }
  }

  /** Buffers one fetch; never throws, never waits. */
  record(fetch: ContextFetch): void {
    const timestamp = new Date().toISOString();
    const key = [
      timestamp.slice(0, 10),
      fetch.entityRef ?? '',
      fetch.principal ?? '',
      fetch.tool,
    ].join('\u0000');
    const waiting = this.queue.get(key);
    if (waiting) {
      this.counts.recorded += 1;
      waiting.metrics.contextFetches =
        (waiting.metrics.contextFetches ?? 0) + 1;
      return;
    }
    if (this.queue.size + (this.retry?.length ?? 0) >= this.settings.capacity) {
      this.counts.dropped += 1;
      this.droppedUnreported += 1;
      return;
    }
    this.counts.recorded += 1;
    this.queue.set(
      key,
      contextFetchRow(fetch, { timestamp, sourceId: randomUUID() }),
    );
    if (this.queue.size >= this.settings.batchSize) {
      void this.flush();
    }
  }

  /**
   * Hands the buffer to ingestion, a batch at a time; one flush at a time,
   * shared by concurrent callers. Resolves when done; never rejects.
   */
  flush(): Promise<void> {
    if (!this.flushing) {
      this.flushing = this.drain().finally(() => {
        this.flushing = undefined;
      });
    }
    return this.flushing;
  }

  stats(): UsageRecorderStats {
    return {
      ...this.counts,
      pending: fetchesIn([...this.queue.values(), ...(this.retry ?? [])]),
    };
  }

  private async drain(): Promise<void> {
    if (this.droppedUnreported > 0) {
      this.logger.warn(
        `Dropped ${this.droppedUnreported} usage events: the buffer of ${this.settings.capacity} was full, as ingestion is falling behind`,
      );
      this.droppedUnreported = 0;
    }
    const retry = this.retry;
    if (retry) {
      this.retry = undefined;
      if (!(await this.send(retry, 'again'))) {
        this.counts.dropped += fetchesIn(retry);
        return;
      }
    }
    while (this.queue.size > 0) {
      const batch = [...this.queue.values()].slice(0, this.settings.batchSize);
      [...this.queue.keys()]
        .slice(0, batch.length)
        .forEach(key => this.queue.delete(key));
      if (!(await this.send(batch, 'first'))) {
        this.retry = batch;
        return;
      }
    }
  }

  /** Ingests a batch; whether it was. Failures are logged, not thrown. */
  private async send(
    rows: AdoptionRow[],
    attempt: 'first' | 'again',
  ): Promise<boolean> {
    try {
      await this.ingestion.ingest(rows);
      this.counts.ingested += fetchesIn(rows);
      return true;
    } catch (error) {
      // The error only: rows carry who made each fetch.
      if (attempt === 'first') {
        this.logger.warn(
          `Could not record ${rows.length} usage events; trying once more at the next flush: ${error}`,
        );
      } else {
        this.logger.error(
          `Could not record ${rows.length} usage events a second time; they are dropped: ${error}`,
        );
      }
      return false;
    }
  }
}

/** How many fetches rows count. */
function fetchesIn(rows: AdoptionRow[]): number {
  return rows.reduce((sum, row) => sum + (row.metrics.contextFetches ?? 0), 0);
}
