import {
  AuthService,
  BackstageCredentials,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { ServiceUnavailableError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { RepositorySource } from '../repository/repositorySources';
import { GRAPH_FIELDS, VERSION_FIELDS } from './graphFields';
import { GraphState, refKey } from './GraphState';
import { fetchEntities, forEachCatalogPage } from './readCatalog';

export { GRAPH_FIELDS } from './graphFields';

/** What changed in one refresh: lower-case entity refs. */
export interface GraphChange {
  changed: string[];
  removed: string[];
}

/** The size and age of a {@link CatalogGraph}. */
export interface CatalogGraphStats {
  entities: number;
  relations: number;
  /** When the first complete load finished (ISO 8601). */
  loadedAt?: string;
  /** When the last delta refresh finished (ISO 8601). */
  refreshedAt?: string;
  lastLoadMs?: number;
  lastRefreshMs?: number;
  /** The time between deltas: with one delta's duration, the staleness bound. */
  refreshIntervalSeconds: number;
}

const DEFAULT_REFRESH_INTERVAL_SECONDS = 10;
const DEFAULT_PAGE_SIZE = 1000;
/** How long `ready()` waits by default: about a request's patience. */
const DEFAULT_READY_TIMEOUT_MS = 10_000;
/** A failed first load is retried after 1 s, 2 s, 4 s... at most a minute. */
const FIRST_RETRY_MS = 1_000;
const MAX_RETRY_MS = 60_000;

const NO_CHANGE: GraphChange = { changed: [], removed: [] };

const megabytes = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);

/**
 * The catalog's entities and relations, held in process for assembling
 * contexts without a round of catalog requests each time. Only the fields
 * contexts read are held ({@link GRAPH_FIELDS}), read with the plugin's own
 * credentials: callers must still ask the catalog what a reader may see.
 *
 * A first full load runs in the background; then, every interval, a delta
 * lists each entity's ref and etag and fetches only the entities whose etag
 * changed. What `get` returns is at most one interval plus one refresh's
 * duration behind the catalog. Every replica keeps its own graph.
 */
export class CatalogGraph {
  /** A graph that reads `catalog`; nothing is read before `start()`. */
  static create(options: {
    catalog: CatalogService;
    auth: AuthService;
    logger: LoggerService;
    /** Seconds between delta refreshes; default 10. */
    refreshIntervalSeconds?: number;
    /** Entities a catalog page holds; default 1000. */
    pageSize?: number;
  }): CatalogGraph {
    return new CatalogGraph(
      options.catalog,
      options.auth,
      options.logger,
      (options.refreshIntervalSeconds ?? DEFAULT_REFRESH_INTERVAL_SECONDS) *
        1000,
      options.pageSize ?? DEFAULT_PAGE_SIZE,
    );
  }

  private state = new GraphState();
  private readonly listeners = new Set<(change: GraphChange) => void>();
  private readonly loaded: Promise<void>;
  private markLoaded: () => void = () => {};
  private running?: Promise<GraphChange>;
  private started = false;
  private timer?: ReturnType<typeof setTimeout>;
  private loadFailures = 0;
  private loadedAt?: string;
  private refreshedAt?: string;
  private lastLoadMs?: number;
  private lastRefreshMs?: number;

  private constructor(
    private readonly catalog: CatalogService,
    private readonly auth: AuthService,
    private readonly logger: LoggerService,
    private readonly intervalMs: number,
    private readonly pageSize: number,
  ) {
    this.loaded = new Promise(resolve => {
      this.markLoaded = resolve;
    });
  }

  /**
   * Starts the first full load in the background, then a delta refresh
   * every interval. Returns at once: the catalog of the same backend
   * answers only once every plugin has started, so waiting here would wait
   * for ever. A failed load is retried with backoff.
   */
  start(): void {
    if (!this.started) {
      this.started = true;
      this.schedule(0);
    }
  }

  /** Stops the refreshes; a pass under way still completes. */
  stop(): void {
    this.started = false;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /**
   * Resolves once the first full load has completed. Rejects with
   * `ServiceUnavailableError` if it has not after `timeoutMs`.
   */
  async ready(timeoutMs: number = DEFAULT_READY_TIMEOUT_MS): Promise<void> {
    if (this.loadedAt) {
      return;
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new ServiceUnavailableError(
              'The catalog graph is still loading; try again in a few seconds',
            ),
          ),
        timeoutMs,
      );
    });
    try {
      await Promise.race([this.loaded, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * One delta pass now (the first full load, if none has completed), shared
   * by concurrent callers. Rejects when the catalog could not be read; the
   * graph is then left as it was, and the failure logged.
   */
  refresh(): Promise<GraphChange> {
    if (!this.running) {
      this.running = (this.loadedAt ? this.delta() : this.load()).finally(
        () => {
          this.running = undefined;
        },
      );
    }
    return this.running;
  }

  /**
   * The entity by ref, in any letter case, with only {@link GRAPH_FIELDS};
   * undefined when the catalog holds none. Its data is frozen: it is the
   * same for every caller.
   */
  get(ref: string): Entity | undefined {
    return this.state.get(ref);
  }

  /** The lower-case refs of every entity of a kind, in any letter case. */
  refsOfKind(kind: string): string[] {
    return this.state.refsOfKind(kind);
  }

  /** The lower-case refs of every entity held, for lists over the catalog. */
  keys(): IterableIterator<string> {
    return this.state.keys();
  }

  /**
   * Calls `listener` with each non-empty change, after it is applied.
   * Returns the function that stops it.
   */
  onChange(listener: (change: GraphChange) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /**
   * The entities that say their source lives in `repository` (as
   * `parseRepositoryUrl` names it), one entry per source, with lower-case
   * refs.
   */
  repositorySources(repository: string): RepositorySource[] {
    return this.state.repositorySources(repository);
  }

  /**
   * The lower-case refs of the catalog Users whose `spec.profile.email` is
   * this e-mail, compared without letter case; sorted.
   */
  usersWithEmail(email: string): string[] {
    return this.state.usersWithEmail(email);
  }

  /** The graph's size and age. */
  stats(): CatalogGraphStats {
    return {
      entities: this.state.entityCount,
      relations: this.state.relations,
      loadedAt: this.loadedAt,
      refreshedAt: this.refreshedAt,
      lastLoadMs: this.lastLoadMs,
      lastRefreshMs: this.lastRefreshMs,
      refreshIntervalSeconds: this.intervalMs / 1000,
    };
  }

  private schedule(delayMs: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), delayMs);
    // The graph never keeps the process alive on its own.
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    this.timer = undefined;
    try {
      await this.refresh();
    } catch {
      // The pass has logged it; the next one tries again.
    }
    if (this.started) {
      this.schedule(this.loadedAt ? this.intervalMs : this.retryDelayMs());
    }
  }

  private retryDelayMs(): number {
    return Math.min(
      FIRST_RETRY_MS * 2 ** Math.max(this.loadFailures - 1, 0),
      MAX_RETRY_MS,
    );
  }

  private credentials(): Promise<BackstageCredentials> {
    return this.auth.getOwnServiceCredentials();
  }

  /** Reads the whole graph into a new state, which replaces the old one. */
  private async load(): Promise<GraphChange> {
    const startedAt = Date.now();
    const heapBefore = process.memoryUsage().heapUsed;
    const state = new GraphState();
    try {
      await forEachCatalogPage(
        this.catalog,
        await this.credentials(),
        { fields: GRAPH_FIELDS, pageSize: this.pageSize },
        entities => entities.forEach(entity => state.put(entity)),
      );
    } catch (error) {
      this.loadFailures += 1;
      this.logger.warn(
        `Could not load the catalog graph (attempt ${
          this.loadFailures
        }); retrying in ${this.retryDelayMs() / 1000}s: ${error}`,
      );
      throw error;
    }
    // The first call only measures the table, for later compactions.
    state.compactIfGrown();
    this.state = state;
    this.loadFailures = 0;
    this.lastLoadMs = Date.now() - startedAt;
    this.loadedAt = new Date().toISOString();
    const heapGrowth = process.memoryUsage().heapUsed - heapBefore;
    this.logger.info(
      `Catalog graph loaded: ${state.entityCount} entities, ${state.relations} relations ` +
        `in ${this.lastLoadMs} ms; the JS heap grew by about ${megabytes(
          heapGrowth,
        )} MB ` +
        `(approximate: heap in use before and after, with garbage collection in between)`,
    );
    this.markLoaded();
    return NO_CHANGE;
  }

  /**
   * Lists every entity's ref and etag, fetches those that are new or whose
   * etag differs, and drops those no longer listed. Everything is read
   * before anything is applied, so a failed pass changes nothing.
   */
  private async delta(): Promise<GraphChange> {
    const startedAt = Date.now();
    const state = this.state;
    const listed = new Set<string>();
    const stale = new Set<string>();
    let fetched: Array<Entity | undefined>;
    try {
      const credentials = await this.credentials();
      await forEachCatalogPage(
        this.catalog,
        credentials,
        { fields: VERSION_FIELDS, pageSize: this.pageSize },
        entities => {
          for (const entity of entities) {
            const key = refKey(stringifyEntityRef(entity));
            listed.add(key);
            if (!state.has(key) || state.etagOf(key) !== entity.metadata.etag) {
              stale.add(key);
            }
          }
        },
      );
      fetched = await fetchEntities(this.catalog, credentials, {
        refs: [...stale],
        fields: GRAPH_FIELDS,
      });
    } catch (error) {
      this.logger.warn(
        `Could not refresh the catalog graph; it stays as it was until the next refresh: ${error}`,
      );
      throw error;
    }

    // An entity listed but gone by the time it was fetched is gone.
    const gone = [...state.keys()].filter(key => !listed.has(key));
    [...stale].forEach((key, index) => {
      if (!fetched[index] && state.has(key)) {
        gone.push(key);
      }
    });
    const removed: string[] = [];
    for (const key of gone) {
      if (state.remove(key)) {
        removed.push(key);
      }
    }
    const changed: string[] = [];
    for (const entity of fetched) {
      if (entity) {
        changed.push(state.put(entity));
      }
    }
    removed.sort();
    changed.sort();
    state.compactIfGrown();
    this.lastRefreshMs = Date.now() - startedAt;
    this.refreshedAt = new Date().toISOString();

    const change = { changed, removed };
    if (changed.length > 0 || removed.length > 0) {
      this.logger.debug(
        `Catalog graph refreshed in ${this.lastRefreshMs} ms: ${changed.length} changed, ${removed.length} removed`,
      );
      this.notify(change);
    }
    return change;
  }

  private notify(change: GraphChange): void {
    for (const listener of this.listeners) {
      try {
        listener(change);
      } catch (error) {
        // One listener's failure neither undoes the change nor hides it
        // from the others.
        this.logger.warn(`A catalog graph change listener failed: ${error}`);
      }
    }
  }
}
