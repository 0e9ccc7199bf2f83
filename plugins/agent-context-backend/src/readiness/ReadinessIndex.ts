import { LoggerService } from '@backstage/backend-plugin-api';
import { Entity, parseEntityRef } from '@backstage/catalog-model';
import { RecentUsageReader } from './AdoptionUsageReader';
import { ReadinessConventions } from './ReadinessConventionFacts';
import { EntityReadiness, ReadinessScorer } from './ReadinessScorer';
import { SCORED_KINDS } from './readinessChecks';

/** The parts of the catalog graph the index reads and follows. */
export interface ReadinessGraph {
  ready(): Promise<void>;
  get(ref: string): Entity | undefined;
  refsOfKind(kind: string): string[];
  onChange(
    listener: (change: { changed: string[]; removed: string[] }) => void,
  ): () => void;
}

/** Usage changes slowly: a scoring older than this is redone anyway. */
const DEFAULT_MAX_AGE_MS = 10 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

const lower = (value: string) => value.toLocaleLowerCase('en-US');

/** What a context's summary shows: the score and the failed checks' ids. */
const summaryKey = (readiness: EntityReadiness) =>
  `${readiness.score}:${readiness.checks
    .filter(check => !check.passed)
    .map(check => check.id)
    .join(',')}`;

/**
 * Every scored entity's readiness, computed in one pass over the graph:
 * one resolution per distinct scope path and one usage query for the
 * whole catalog, then a pure scoring per entity. The result is kept until
 * the graph or a convention scope changes, or it grows older than the
 * maximum age (for usage); a stale result is served while the next one is
 * computed, and only one computation runs at a time.
 */
export class ReadinessIndex {
  static create(options: {
    graph: ReadinessGraph;
    scorer: ReadinessScorer;
    conventions: ReadinessConventions;
    usage: RecentUsageReader;
    usageWindowDays: number;
    logger: LoggerService;
    scopeChanges?: {
      onChange(listener: (scopes: string[]) => void): () => void;
    };
    maxAgeMs?: number;
    now?: () => Date;
  }): ReadinessIndex {
    const index = new ReadinessIndex(options);
    options.graph.onChange(() => index.invalidate());
    options.scopeChanges?.onChange(() => index.invalidate());
    return index;
  }

  private current?: {
    byRef: Map<string, EntityReadiness>;
    computedAt: number;
    generation: number;
  };
  private generation = 0;
  private computing?: Promise<Map<string, EntityReadiness>>;
  private readonly listeners = new Set<(refs: string[]) => void>();

  private constructor(
    private readonly deps: Parameters<typeof ReadinessIndex.create>[0],
  ) {}

  /** Marks the scores out of date; the next read recomputes them. */
  invalidate(): void {
    this.generation += 1;
  }

  /**
   * Calls `listener` with the refs whose score or failed checks changed
   * in a recomputation, so that answers embedding a summary are rebuilt.
   */
  onChange(listener: (refs: string[]) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Every scored entity's readiness, in no particular order. */
  async all(): Promise<EntityReadiness[]> {
    return [...(await this.byRef()).values()];
  }

  /** One entity's readiness; undefined when it is missing or not scored. */
  async get(entityRef: string): Promise<EntityReadiness | undefined> {
    return (await this.byRef()).get(lower(entityRef));
  }

  private async byRef(): Promise<Map<string, EntityReadiness>> {
    const { current } = this;
    const now = this.now();
    const fresh =
      current &&
      current.generation === this.generation &&
      now - current.computedAt < (this.deps.maxAgeMs ?? DEFAULT_MAX_AGE_MS);
    if (fresh) {
      return current.byRef;
    }
    const next = this.recompute();
    if (current) {
      // Served stale meanwhile; a failure is logged, and retried next read.
      next.catch(error =>
        this.deps.logger.warn(`Readiness scoring failed: ${error}`),
      );
      return current.byRef;
    }
    return next;
  }

  private recompute(): Promise<Map<string, EntityReadiness>> {
    if (!this.computing) {
      this.computing = this.compute().finally(() => {
        this.computing = undefined;
      });
    }
    return this.computing;
  }

  private async compute(): Promise<Map<string, EntityReadiness>> {
    const generation = this.generation;
    const { graph, scorer } = this.deps;
    await graph.ready();
    const entities = SCORED_KINDS.flatMap(kind =>
      graph.refsOfKind(kind).flatMap(ref => graph.get(ref) ?? []),
    );
    const refs = entities.map(entity => refOf(entity));
    const sinceDay = new Date(
      this.now() - (this.deps.usageWindowDays - 1) * DAY_MS,
    )
      .toISOString()
      .slice(0, 10);
    const [conventions, usage] = await Promise.all([
      this.deps.conventions.factsFor(entities),
      this.deps.usage.recentUsage(refs, sinceDay),
    ]);
    const byRef = new Map<string, EntityReadiness>();
    entities.forEach((entity, i) => {
      const ref = refs[i];
      const readiness = scorer.score(entity, {
        ownerResolvable: ownerResolvable(entity, graph),
        conventions: 0,
        commands: 0,
        conflicts: 0,
        ...conventions.get(ref),
        contextFetches: 0,
        aiUsage: false,
        ...usage.get(ref),
      });
      if (readiness) {
        byRef.set(ref, readiness);
      }
    });
    const previous = this.current?.byRef;
    this.current = { byRef, computedAt: this.now(), generation };
    if (previous) {
      this.announce(previous, byRef);
    }
    return byRef;
  }

  private announce(
    previous: Map<string, EntityReadiness>,
    next: Map<string, EntityReadiness>,
  ) {
    const changed = [...next].flatMap(([ref, readiness]) => {
      const before = previous.get(ref);
      return before && summaryKey(before) === summaryKey(readiness)
        ? []
        : [ref];
    });
    if (changed.length > 0) {
      for (const listener of this.listeners) {
        listener(changed);
      }
    }
  }

  private now(): number {
    return (this.deps.now?.() ?? new Date()).getTime();
  }
}

function refOf(entity: Entity): string {
  const namespace = entity.metadata.namespace ?? 'default';
  return lower(`${entity.kind}:${namespace}/${entity.metadata.name}`);
}

function ownerResolvable(entity: Entity, graph: ReadinessGraph): boolean {
  const owner = entity.spec?.owner;
  if (typeof owner !== 'string' || owner === '') {
    return false;
  }
  try {
    const ref = parseEntityRef(owner, {
      defaultKind: 'group',
      defaultNamespace: entity.metadata.namespace ?? 'default',
    });
    return graph.get(`${ref.kind}:${ref.namespace}/${ref.name}`) !== undefined;
  } catch {
    return false;
  }
}
