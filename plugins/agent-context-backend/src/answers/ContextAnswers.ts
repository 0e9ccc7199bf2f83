import {
  AuthService,
  BackstageCredentials,
  LoggerService,
} from '@backstage/backend-plugin-api';
import {
  CompoundEntityRef,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import {
  AgentsMdBudget,
  AgentsMdDocument,
  ContextPlacement,
  ConventionResolution,
  EntityContext,
  scopePathOf,
} from '@agent-context/plugin-agent-context-common';
import { createHash } from 'node:crypto';
import { AgentsMdService } from '../agentsMd/AgentsMdService';
import { EntityContextRequestOptions, EntityContextService } from '../context';
import { catalogResourcesOf } from '../conventions/ConventionAwareContextService';
import { Answer, AnswerCache } from './AnswerCache';
import { AnswerVariant, answerKey, parseAnswerKey } from './answerVariants';

const lower = (ref: string) => ref.toLocaleLowerCase('en-US');

/** What one caller may read, as the visibility module decides it. */
export interface CallerVisibility {
  /** 'all', 'none', or a class shared by callers with equal conditions. */
  readonly key: string;
  visibleAmong(refs: readonly string[]): Promise<Set<string>>;
}

/** The parts of the catalog graph the answers wait for and follow. */
export interface AnswerGraph {
  ready(): Promise<void>;
  get(
    ref: string,
  ):
    | { kind: string; relations?: Array<{ type: string; targetRef: string }> }
    | undefined;
  onChange(
    listener: (change: { changed: string[]; removed: string[] }) => void,
  ): () => void;
}

/** Where an entity stands in the codex, without its whole context. */
export interface PlacementService {
  getPlacement(
    entityRef: CompoundEntityRef,
    options: EntityContextRequestOptions,
  ): Promise<ContextPlacement>;
}

/** A built answer and what it was built from. */
interface Built {
  answer: Answer;
  refs: Iterable<string>;
  scopes: Iterable<string>;
}

/** Reads since an answer was stored that make its entity worth re-rendering. */
const HOT_HITS = 2;
/** Re-renders queued by one change at most; the rest go cold. */
const MAX_RERENDERS_PER_CHANGE = 256;
/** Rounds of asking about newly met entities when assembling for a class. */
const MAX_VISIBILITY_ROUNDS = 5;

const JSON_TYPE = 'application/json; charset=utf-8';
const MARKDOWN_TYPE = 'text/markdown; charset=utf-8';

function strongEtagOf(body: Buffer): string {
  return `"${createHash('sha256').update(body).digest('hex').slice(0, 40)}"`;
}

function jsonAnswer(value: unknown, etag?: string): Answer {
  const body = Buffer.from(JSON.stringify(value));
  return { body, etag: etag ?? strongEtagOf(body), contentType: JSON_TYPE };
}

/**
 * Contexts, AGENTS.md documents and conventions, computed once and shared.
 *
 * Every answer is built from the in-process catalog graph and kept as the
 * bytes to send, with a strong ETag, under the entity, the variant and the
 * caller's visibility class (never the caller). One permission decision
 * per request picks the class:
 *
 * - `all` (the caller may read every entity): the shared answer;
 * - `none`: 404, exactly as for an entity that does not exist;
 * - a conditional class: the shared answer if the caller may read every
 *   entity it was built from; otherwise an answer assembled with the
 *   hidden entities left out, cached under the class.
 *
 * An answer is dropped when any entity it was built from changes in the
 * graph, or when the conventions of a scope it applied change on any
 * replica (see `ScopeChangeFeed`); the hot ones are then rebuilt in the
 * background, so they are never cold for long. Contributed sections and
 * convention sources of modules have no change signal: `maxAgeSeconds`
 * bounds how old their part of an answer can be.
 */
export class ContextAnswers implements EntityContextService {
  static create(options: {
    graph: AnswerGraph;
    visibilities: {
      forCaller(credentials: BackstageCredentials): Promise<CallerVisibility>;
    };
    /** Assembles contexts from the graph, conventions and contributions included. */
    contexts: EntityContextService;
    placements: PlacementService;
    conventions: {
      resolveFor(
        context: ContextPlacement,
        credentials: BackstageCredentials,
      ): Promise<ConventionResolution>;
    };
    agentsMd: AgentsMdService;
    auth: AuthService;
    cache: AnswerCache;
    logger: LoggerService;
    scopeChanges?: {
      onChange(listener: (scopes: string[]) => void): () => void;
    };
  }): ContextAnswers {
    const answers = new ContextAnswers(options);
    options.graph.onChange(change => answers.onGraphChange(change));
    options.scopeChanges?.onChange(scopes => answers.onScopeChange(scopes));
    return answers;
  }

  /** Bumped by every change: an answer built across one is not stored. */
  private epoch = 0;
  private readonly rerenderQueue = new Set<string>();
  private rerendering = false;

  private constructor(
    private readonly deps: Parameters<typeof ContextAnswers.create>[0],
  ) {}

  /**
   * The answer for an entity as this caller may see it. Throws
   * `NotFoundError` when the entity does not exist or the caller may not
   * read it.
   */
  async answer(
    entityRef: CompoundEntityRef,
    variant: AnswerVariant,
    credentials: BackstageCredentials,
  ): Promise<Answer> {
    const display = stringifyEntityRef(entityRef);
    const ref = lower(display);
    const [, visibility] = await Promise.all([
      this.deps.graph.ready(),
      this.deps.visibilities.forCaller(credentials),
    ]);
    if (visibility.key === 'none') {
      throw notFound(display);
    }
    const cached = this.deps.cache.get(answerKey(variant, visibility.key, ref));
    if (cached) {
      return cached;
    }
    try {
      return visibility.key === 'all'
        ? (await this.shared(ref, variant)).answer
        : await this.forClass(ref, variant, visibility, credentials);
    } catch (error) {
      // Said as the caller wrote it, whether missing or hidden.
      throw error instanceof NotFoundError ? notFound(display) : error;
    }
  }

  /** {@inheritDoc EntityContextService.getEntityContext} */
  async getEntityContext(
    entityRef: CompoundEntityRef,
    options: { credentials: BackstageCredentials },
  ): Promise<EntityContext> {
    return parse(
      await this.answer(entityRef, { kind: 'context' }, options.credentials),
    );
  }

  /** The entity's AGENTS.md within the budget, as this caller may see it. */
  async agentsMd(
    entityRef: CompoundEntityRef,
    budget: AgentsMdBudget,
    credentials: BackstageCredentials,
  ): Promise<AgentsMdDocument> {
    return parse(
      await this.answer(
        entityRef,
        { kind: 'agentsMd', budget, format: 'json' },
        credentials,
      ),
    );
  }

  /** The entity's resolved conventions, as this caller may see them. */
  async conventions(
    entityRef: CompoundEntityRef,
    credentials: BackstageCredentials,
  ): Promise<ConventionResolution> {
    return parse(
      await this.answer(entityRef, { kind: 'conventions' }, credentials),
    );
  }

  /** The answer every caller who may read everything shares. */
  private async shared(ref: string, variant: AnswerVariant): Promise<Built> {
    const key = answerKey(variant, 'all', ref);
    const cached = this.deps.cache.getEntry(key);
    if (cached) {
      return cached;
    }
    return this.rebuild(ref, variant);
  }

  private async rebuild(ref: string, variant: AnswerVariant): Promise<Built> {
    const epoch = this.epoch;
    // Every AGENTS.md of an entity is rendered from its one shared context.
    const built =
      variant.kind === 'agentsMd'
        ? this.agentsMdOf(await this.shared(ref, { kind: 'context' }), variant)
        : await this.build(
            ref,
            variant,
            await this.deps.auth.getOwnServiceCredentials(),
          );
    this.store(answerKey(variant, 'all', ref), built, epoch);
    return built;
  }

  /**
   * A conditional class: the shared answer when the class may read every
   * entity it was built from, else one assembled without the hidden ones.
   */
  private async forClass(
    ref: string,
    variant: AnswerVariant,
    visibility: CallerVisibility,
    credentials: BackstageCredentials,
  ): Promise<Answer> {
    const key = answerKey(variant, visibility.key, ref);
    const epoch = this.epoch;
    const shared = await this.shared(ref, variant);
    const builtFrom = [...shared.refs];
    const visible = await visibility.visibleAmong(builtFrom);
    if (!visible.has(ref)) {
      throw notFound(ref);
    }
    if (builtFrom.every(r => visible.has(r))) {
      this.store(key, shared, epoch);
      return shared.answer;
    }
    const known = new Map(builtFrom.map(r => [r, visible.has(r)]));
    for (let round = 1; ; round += 1) {
      const unknown = new Set<string>();
      const built = await this.build(ref, variant, credentials, r => {
        const answer = known.get(r);
        if (answer === undefined) {
          unknown.add(r);
          return false;
        }
        return answer;
      });
      // An entity first met here (a hidden one made room for it in a
      // bounded list) is asked about, and the assembly runs again.
      if (unknown.size === 0 || round === MAX_VISIBILITY_ROUNDS) {
        this.store(key, built, epoch);
        return built.answer;
      }
      const more = await visibility.visibleAmong([...unknown]);
      unknown.forEach(r => known.set(r, more.has(r)));
    }
  }

  private async build(
    ref: string,
    variant: AnswerVariant,
    credentials: BackstageCredentials,
    visible?: (ref: string) => boolean,
  ): Promise<Built> {
    if (variant.kind === 'agentsMd') {
      return this.agentsMdOf(
        await this.build(ref, { kind: 'context' }, credentials, visible),
        variant,
      );
    }
    const entityRef = parseEntityRef(ref);
    const touched = new Set<string>();
    const options = { credentials, scope: { visible, touched } };
    if (variant.kind === 'conventions') {
      const placement = await this.deps.placements.getPlacement(
        entityRef,
        options,
      );
      const resolution = await this.deps.conventions.resolveFor(
        placement,
        credentials,
      );
      catalogResourcesOf(resolution).forEach(r => touched.add(r));
      return {
        answer: jsonAnswer(resolution),
        refs: touched,
        scopes: scopePathOf(placement).map(level => level.scope),
      };
    }
    const context = await this.deps.contexts.getEntityContext(
      entityRef,
      options,
    );
    return {
      answer: jsonAnswer(context),
      refs: touched,
      scopes: scopePathOf(context).map(level => level.scope),
    };
  }

  /** An AGENTS.md rendered from a built context, built from what it was. */
  private agentsMdOf(
    built: Built,
    variant: Extract<AnswerVariant, { kind: 'agentsMd' }>,
  ): Built {
    const context = parse<EntityContext>(built.answer);
    const { agentsMd } = this.deps;
    const document = agentsMd.render(context, variant.budget);
    const etag = agentsMd.etagOf(context, variant.budget);
    const answer: Answer =
      variant.format === 'md'
        ? {
            body: Buffer.from(document.markdown),
            etag,
            contentType: MARKDOWN_TYPE,
          }
        : jsonAnswer(document, `${etag.slice(0, -1)}.json"`);
    return { answer, refs: built.refs, scopes: built.scopes };
  }

  private store(key: string, built: Built, epoch: number) {
    // Built across a change: it may mix the states before and after it.
    if (epoch === this.epoch) {
      this.deps.cache.set(key, built.answer, built);
    }
  }

  private onGraphChange(change: { changed: string[]; removed: string[] }) {
    this.epoch += 1;
    const refs = [...change.changed, ...change.removed];
    // A new or changed AiResource may apply at scopes no answer has
    // recorded it for: its owner's and its system's.
    const resourceScopes = change.changed.flatMap(ref => {
      const entity = this.deps.graph.get(ref);
      return entity?.kind.toLocaleLowerCase('en-US') === 'airesource'
        ? (entity.relations ?? [])
            .filter(r => r.type === 'ownedBy' || r.type === 'partOf')
            .map(r => lower(r.targetRef))
        : [];
    });
    this.rerender([
      ...this.deps.cache.invalidateRefs(refs),
      ...this.deps.cache.invalidateScopes(resourceScopes),
    ]);
  }

  private onScopeChange(scopes: string[]) {
    this.epoch += 1;
    this.rerender(
      scopes.includes('global')
        ? this.deps.cache.clear()
        : this.deps.cache.invalidateScopes(scopes),
    );
  }

  /** Rebuilds, one at a time in the background, the shared answers that were read. */
  private rerender(removed: Array<{ key: string; hits: number }>) {
    removed
      .filter(({ key, hits }) => hits >= HOT_HITS && key.includes('|all|'))
      .slice(0, MAX_RERENDERS_PER_CHANGE)
      .forEach(({ key }) => this.rerenderQueue.add(key));
    if (this.rerendering || this.rerenderQueue.size === 0) {
      return;
    }
    this.rerendering = true;
    setImmediate(() => this.drainRerenders());
  }

  private async drainRerenders() {
    for (const key of this.rerenderQueue) {
      this.rerenderQueue.delete(key);
      const parsed = parseAnswerKey(key);
      if (!parsed) {
        continue;
      }
      await this.rebuild(parsed.entityRef, parsed.variant).catch(error => {
        // Gone from the catalog, or a source failing: the next reader
        // builds it (or hears why) instead.
        this.deps.logger.debug(`Could not re-render ${key}: ${error}`);
      });
    }
    this.rerendering = false;
  }
}

function notFound(ref: string): NotFoundError {
  return new NotFoundError(`No entity '${ref}' found`);
}

function parse<T>(answer: Answer): T {
  return JSON.parse(answer.body.toString('utf8')) as T;
}
