import { LoggerService } from '@backstage/backend-plugin-api';
import type { Knex } from 'knex';
import {
  SCOPE_CHANGES_TABLE,
  ScopeChangeRow,
} from '../conventions/store/tables';

/** How often a replica reads the feed, unless configured. */
export const DEFAULT_SCOPE_CHANGES_POLL_SECONDS = 2;
/** Rows older than this are pruned: every replica has read them long ago. */
const RETAIN_MS = 24 * 60 * 60 * 1000;
/** Pruning runs on one poll in this many. */
const PRUNE_EVERY = 1000;

type Listener = (scopes: string[]) => void;

/**
 * Tells this replica which convention scopes changed, wherever the change
 * was made. Writes record their scopes in `agent_context_scope_changes`
 * inside their own transaction; every replica reads the rows added since
 * it last looked, every few seconds (one indexed query), so an edit made
 * on one replica reaches the others' answer caches within the poll
 * interval. The replica that made the edit is told at once (`announce`).
 */
export class ScopeChangeFeed {
  static async create(options: {
    knex: Knex;
    logger: LoggerService;
    pollIntervalSeconds?: number;
  }): Promise<ScopeChangeFeed> {
    const row = (await options
      .knex(SCOPE_CHANGES_TABLE)
      .max({ id: 'id' })
      .first()) as { id: number | string | null } | undefined;
    return new ScopeChangeFeed(
      options.knex,
      options.logger,
      (options.pollIntervalSeconds ?? DEFAULT_SCOPE_CHANGES_POLL_SECONDS) *
        1000,
      Number(row?.id ?? 0),
    );
  }

  private readonly listeners = new Set<Listener>();
  private timer?: NodeJS.Timeout;
  private polls = 0;
  private running?: Promise<string[]>;

  private constructor(
    private readonly knex: Knex,
    private readonly logger: LoggerService,
    private readonly pollIntervalMs: number,
    private lastSeenId: number,
  ) {}

  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Tells this replica's listeners at once, ahead of the next poll. */
  announce(scopes: string[]): void {
    this.emit(scopes.map(scope => scope.toLocaleLowerCase('en-US')));
  }

  /** Reads the feed now; concurrent calls share one read. */
  poll(): Promise<string[]> {
    this.running ??= this.read().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  start(): void {
    if (this.timer) {
      return;
    }
    this.timer = setInterval(() => {
      this.poll().catch(error =>
        this.logger.warn(
          `Could not read the convention change feed; answers may stay stale until the next read: ${error}`,
        ),
      );
    }, this.pollIntervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private async read(): Promise<string[]> {
    const rows = await this.knex<ScopeChangeRow>(SCOPE_CHANGES_TABLE)
      .where('id', '>', this.lastSeenId)
      .orderBy('id')
      .select('id', 'scope');
    if (rows.length > 0) {
      this.lastSeenId = Number(rows[rows.length - 1].id);
    }
    const scopes = [...new Set(rows.map(row => row.scope))];
    this.emit(scopes);
    this.polls += 1;
    if (this.polls % PRUNE_EVERY === 0) {
      await this.knex<ScopeChangeRow>(SCOPE_CHANGES_TABLE)
        .where('at', '<', new Date(Date.now() - RETAIN_MS).toISOString())
        .delete();
    }
    return scopes;
  }

  private emit(scopes: string[]) {
    if (scopes.length === 0) {
      return;
    }
    for (const listener of this.listeners) {
      listener(scopes);
    }
  }
}
