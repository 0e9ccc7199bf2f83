import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  AuthorizeResult,
  ConditionalPolicyDecision,
} from '@backstage/plugin-permission-common';
import { createHash } from 'node:crypto';
import { ExpiringLru } from './ExpiringLru';
import { callerKeyOf } from './callerKey';
import {
  CATALOG_ENTITY_RESOURCE_TYPE,
  catalogEntityReadPermission,
} from './catalogEntityRead';
import { canonicalJson } from '../context/contextDigest';
import { EntityPredicate, compileConditions } from './evaluateConditions';

/** What one caller may read, as a class shared by every caller with the same decision. */
export interface ReadVisibility {
  /**
   * `'all'` (ALLOW), `'none'` (DENY), or `'conditional:<hash>'`, the hash
   * being the first 32 hex digits of the sha256 of the conditions'
   * canonical JSON: callers with equal conditions share a class.
   */
  readonly key: string;
  /**
   * Which of these lower-case entity refs the caller may read. `'all'`:
   * every ref given; `'none'`: none.
   */
  visibleAmong(refs: readonly string[]): Promise<Set<string>>;
}

/** Entities by lower-case ref, as the in-process catalog graph holds them. */
export interface EntityGraphLookup {
  get(ref: string): Entity | undefined;
}

const DEFAULT_TTL_SECONDS = 10;
const DEFAULT_MAX_CALLERS = 10000;

/** Enough to tell whether the catalog returns an entity, nothing more. */
const EXISTENCE_FIELDS = ['kind', 'metadata.namespace', 'metadata.name'];

/** A caller's decision, made into a visibility for each of their requests. */
type Decided = (credentials: BackstageCredentials) => ReadVisibility;

const ALL_VISIBLE: ReadVisibility = {
  key: 'all',
  visibleAmong: async refs => new Set(refs),
};

const NONE_VISIBLE: ReadVisibility = {
  key: 'none',
  visibleAmong: async () => new Set(),
};

/**
 * Decides, once per caller and request, which catalog entities the caller
 * may read through the plugin: exactly what the catalog would show them.
 *
 * The decision is the catalog's own for `catalog.entity.read`, asked with the
 * caller's credentials, and is reused for `ttlSeconds`: a policy change
 * reaches a caller within that time. Conditional decisions are evaluated on
 * the in-process graph when every condition is one of the catalog's
 * built-in rules on data the graph keeps; otherwise the catalog is asked,
 * with the caller's credentials, which of the entities it would return.
 */
export class CatalogReadVisibilities {
  private readonly decisions: ExpiringLru<Promise<Decided>>;

  static create(options: {
    permissions: PermissionsService;
    /** Read only for decisions the graph cannot evaluate, with the caller's credentials. */
    catalog: CatalogService;
    graph: EntityGraphLookup;
    /** How long a caller's decision is reused; 10 by default, 0 to decide every time. */
    ttlSeconds?: number;
    /** How many callers' decisions are remembered at most; 10000 by default. */
    maxCallers?: number;
  }): CatalogReadVisibilities {
    const ttlSeconds = options.ttlSeconds ?? DEFAULT_TTL_SECONDS;
    const maxCallers = options.maxCallers ?? DEFAULT_MAX_CALLERS;
    if (!(ttlSeconds >= 0)) {
      throw new Error(
        `ttlSeconds must be zero or more, got ${options.ttlSeconds}`,
      );
    }
    if (!Number.isInteger(maxCallers) || maxCallers < 1) {
      throw new Error(
        `maxCallers must be a whole number of at least 1, got ${options.maxCallers}`,
      );
    }
    return new CatalogReadVisibilities(
      options.permissions,
      options.catalog,
      options.graph,
      ttlSeconds * 1000,
      maxCallers,
    );
  }

  private constructor(
    private readonly permissions: PermissionsService,
    private readonly catalog: CatalogService,
    private readonly graph: EntityGraphLookup,
    private readonly ttlMs: number,
    maxCallers: number,
  ) {
    this.decisions = new ExpiringLru(maxCallers, ttlMs);
  }

  /**
   * What this caller may read. One permission decision per caller per ttl:
   * later calls within it, concurrent ones included, share that decision.
   */
  async forCaller(credentials: BackstageCredentials): Promise<ReadVisibility> {
    const decided = await this.decisionFor(credentials);
    // Bound to this request's credentials, not to those of the request that
    // was decided for: a fallback reads the catalog with the current ones.
    return decided(credentials);
  }

  private decisionFor(credentials: BackstageCredentials): Promise<Decided> {
    if (this.ttlMs === 0) {
      return this.decide(credentials);
    }
    const callerKey = callerKeyOf(credentials);
    const remembered = this.decisions.get(callerKey);
    if (remembered) {
      return remembered;
    }
    const decision = this.decide(credentials);
    this.decisions.set(callerKey, decision);
    // A failed decision is not remembered: the next request asks again.
    decision.catch(() => this.decisions.deleteIfHolding(callerKey, decision));
    return decision;
  }

  private async decide(credentials: BackstageCredentials): Promise<Decided> {
    const [decision] = await this.permissions.authorizeConditional(
      [{ permission: catalogEntityReadPermission }],
      { credentials },
    );
    switch (decision?.result) {
      case AuthorizeResult.ALLOW:
        return () => ALL_VISIBLE;
      case AuthorizeResult.DENY:
        return () => NONE_VISIBLE;
      case AuthorizeResult.CONDITIONAL:
        return this.conditionalVisibility(decision);
      default:
        throw new Error(
          `The permission service gave no decision for ${catalogEntityReadPermission.name}`,
        );
    }
  }

  private conditionalVisibility(decision: ConditionalPolicyDecision): Decided {
    const key = `conditional:${createHash('sha256')
      .update(canonicalJson(decision.conditions))
      .digest('hex')
      .slice(0, 32)}`;
    const predicate =
      decision.resourceType === CATALOG_ENTITY_RESOURCE_TYPE
        ? compileConditions(decision.conditions)
        : undefined;
    if (predicate) {
      const visibility = this.graphVisibility(key, predicate);
      return () => visibility;
    }
    return credentials => this.catalogVisibility(key, credentials);
  }

  private graphVisibility(
    key: string,
    predicate: EntityPredicate,
  ): ReadVisibility {
    const graph = this.graph;
    return {
      key,
      async visibleAmong(refs) {
        return new Set(
          refs.filter(ref => {
            const entity = graph.get(ref);
            return entity !== undefined && predicate(entity);
          }),
        );
      },
    };
  }

  /**
   * Conditions the graph cannot evaluate: the catalog, asked with the
   * caller's own credentials, applies them to its database and returns
   * only what the caller may read.
   */
  private catalogVisibility(
    key: string,
    credentials: BackstageCredentials,
  ): ReadVisibility {
    const catalog = this.catalog;
    return {
      key,
      async visibleAmong(refs) {
        const entityRefs = [...new Set(refs)];
        if (entityRefs.length === 0) {
          return new Set();
        }
        const { items } = await catalog.getEntitiesByRefs(
          { entityRefs, fields: EXISTENCE_FIELDS },
          { credentials },
        );
        return new Set(entityRefs.filter((_ref, index) => items[index]));
      },
    };
  }
}
