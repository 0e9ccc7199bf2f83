import { CompoundEntityRef } from '@backstage/catalog-model';
import {
  AgentsMdDocument,
  Convention,
  ConventionHistoryEntry,
  ConventionInput,
  ConventionResolution,
  ConventionScope,
  ConventionScopeView,
  ConventionUpdate,
  EntityContext,
} from '../types';
import {
  AdoptionDetailOf,
  AdoptionList,
  AdoptionListQuery,
  AdoptionOverview,
  AdoptionRangeQuery,
} from '../adoption';
import {
  EntityReadiness,
  ReadinessListQuery,
  ReadinessPage,
} from '../readiness';

/**
 * Read access to the agent context of catalog entities.
 *
 * @public
 */
export interface AgentContextApi {
  /**
   * The context of one entity. Rejects with a `ResponseError` whose
   * `statusCode` is 404 when the entity does not exist or the caller may not
   * read it.
   */
  getEntityContext(
    entityRef: CompoundEntityRef | string,
    options?: { signal?: AbortSignal },
  ): Promise<EntityContext>;

  /**
   * The entity's AGENTS.md, with its token and line counts. Without
   * `maxTokens` it is fitted to the portal's default budget (at most 200
   * lines unless configured otherwise); `maxTokens` asks for another budget
   * instead, 0 for the whole document. The lowest-priority material goes
   * first and the document says what it left out.
   */
  getAgentsMd(
    entityRef: CompoundEntityRef | string,
    options?: { maxTokens?: number; signal?: AbortSignal },
  ): Promise<AgentsMdDocument>;

  /**
   * The context of the entity whose source is the given repository (and,
   * for a monorepo, the folder `path` in it). 404 when no entity matches,
   * 409 when several match equally well.
   */
  getContextByRepository(
    request: { url: string; path?: string },
    options?: { signal?: AbortSignal },
  ): Promise<EntityContext>;

  /** The conventions that apply to an entity, with where each comes from. */
  getConventionResolution(
    entityRef: CompoundEntityRef | string,
    options?: { signal?: AbortSignal },
  ): Promise<ConventionResolution>;

  /**
   * One scope's own conventions (`global` or an entity ref) and whether the
   * caller may edit them.
   */
  getConventionScope(
    scope: ConventionScope,
    options?: { signal?: AbortSignal },
  ): Promise<ConventionScopeView>;

  /**
   * Records a convention at a scope. An id already used at the scope is a
   * 400 naming it (edit that convention instead).
   */
  createConvention(
    scope: ConventionScope,
    input: ConventionInput,
  ): Promise<Convention>;

  /**
   * Replaces a convention. Rejects with a `ConventionConflictError`, which
   * carries the current version, when `update.revision` is stale.
   */
  updateConvention(
    scope: ConventionScope,
    update: ConventionUpdate,
  ): Promise<Convention>;

  /** Deletes a convention as of `revision`; stale revisions conflict too. */
  deleteConvention(
    scope: ConventionScope,
    id: string,
    revision: number,
  ): Promise<void>;

  /** A scope's history, newest first; `conventionId` narrows it to one. */
  getConventionHistory(
    scope: ConventionScope,
    options?: { conventionId?: string; signal?: AbortSignal },
  ): Promise<{ entries: ConventionHistoryEntry[] }>;

  /**
   * The organisation's adoption over a range (the last 30 days by default),
   * with the weekly series and the baseline. Rejects with a 403
   * `ResponseError` when the caller may not read adoption figures.
   */
  getAdoptionOverview(
    query?: AdoptionRangeQuery,
    options?: { signal?: AbortSignal },
  ): Promise<AdoptionOverview>;

  /** A page of teams with their figures, including those with none. */
  listAdoptionTeams(
    query?: AdoptionListQuery,
    options?: { signal?: AbortSignal },
  ): Promise<AdoptionList>;

  /** A page of services (or entities of `kind`) with their figures. */
  listAdoptionEntities(
    query?: AdoptionListQuery,
    options?: { signal?: AbortSignal },
  ): Promise<AdoptionList>;

  /** One service's, or for a group ref one team's, figures and series. */
  getEntityAdoption(
    entityRef: CompoundEntityRef | string,
    query?: AdoptionRangeQuery,
    options?: { signal?: AbortSignal },
  ): Promise<AdoptionDetailOf>;

  /** A page of entities' agent readiness, lowest score first by default. */
  listReadiness(
    query?: ReadinessListQuery,
    options?: { signal?: AbortSignal },
  ): Promise<ReadinessPage>;

  /** One entity's readiness with every check, its fix and where to make it. */
  getEntityReadiness(
    entityRef: CompoundEntityRef | string,
    options?: { signal?: AbortSignal },
  ): Promise<EntityReadiness>;
}
