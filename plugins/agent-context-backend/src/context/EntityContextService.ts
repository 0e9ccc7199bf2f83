import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  CompoundEntityRef,
  Entity,
  RELATION_API_CONSUMED_BY,
  RELATION_API_PROVIDED_BY,
  RELATION_CONSUMES_API,
  RELATION_DEPENDENCY_OF,
  RELATION_DEPENDS_ON,
  RELATION_HAS_MEMBER,
  RELATION_HAS_PART,
  RELATION_OWNED_BY,
  RELATION_PROVIDES_API,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  ApiUsage,
  EntityContext,
  EntityOwnership,
  EntityPlacement,
  EntitySystemContext,
  RelatedEntity,
} from '@agent-context/plugin-agent-context-common';
import { CatalogReader } from './CatalogReader';
import { BlastRadiusLimits, collectBlastRadius } from './collectBlastRadius';
import { catalogRevisionOf, contentHashOf, digestOf } from './contextDigest';
import { GroupAncestor, groupAncestors } from './groupAncestors';
import {
  domainOf,
  relationTargets,
  summarizeOwner,
  summarizeRelated,
  summarizeSubject,
  systemOf,
  unresolvedOwner,
  unresolvedRelated,
} from './summarizeEntity';

/**
 * Assembles what an agent is told about one catalog entity.
 *
 * @public
 */
export interface EntityContextService {
  /**
   * The context of an entity, read from the catalog with the caller's
   * credentials. Throws `NotFoundError` when the entity does not exist or the
   * caller may not read it: the two are deliberately indistinguishable.
   */
  getEntityContext(
    entityRef: CompoundEntityRef,
    options: { credentials: BackstageCredentials },
  ): Promise<EntityContext>;
}

/**
 * The bounds that keep a context small however large the catalog is.
 *
 * @public
 */
export interface EntityContextLimits {
  /**
   * Parent groups shown above the owner. Default 10. Display only: the
   * conventions still come from every group up to the root.
   */
  maxParentDepth: number;
  /** Members of the owning group listed. Default 10. */
  maxMembers: number;
  /** Other parts of the system listed. Default 50. */
  maxSystemParts: number;
  /** Levels of dependents followed for the blast radius. Default 3. */
  blastRadiusDepth: number;
  /** Entries in the blast radius. Default 100. */
  blastRadiusEntries: number;
}

/** The defaults of {@link EntityContextLimits}. */
export const DEFAULT_CONTEXT_LIMITS: EntityContextLimits = {
  maxParentDepth: 10,
  maxMembers: 10,
  maxSystemParts: 50,
  blastRadiusDepth: 3,
  blastRadiusEntries: 100,
};

const lower = (ref: string) => ref.toLocaleLowerCase('en-US');

const isGroup = (entity: Entity) =>
  entity.kind.toLocaleLowerCase('en-US') === 'group';

function byRef(a: { ref: string }, b: { ref: string }): number {
  return a.ref.localeCompare(b.ref);
}

/**
 * The catalog-backed {@link EntityContextService}. Every catalog read is
 * made on behalf of the caller, so the catalog's permission rules decide what
 * appears; related entities are fetched in batches, a handful of requests
 * per context whatever the number of relations.
 *
 * @public
 */
export class CatalogEntityContextService implements EntityContextService {
  static create(options: {
    catalog: CatalogService;
    now?: () => Date;
    limits?: Partial<EntityContextLimits>;
  }): CatalogEntityContextService {
    return new CatalogEntityContextService(
      options.catalog,
      options.now ?? (() => new Date()),
      { ...DEFAULT_CONTEXT_LIMITS, ...options.limits },
    );
  }

  private constructor(
    private readonly catalog: CatalogService,
    private readonly now: () => Date,
    private readonly limits: EntityContextLimits,
  ) {}

  async getEntityContext(
    entityRef: CompoundEntityRef,
    options: { credentials: BackstageCredentials },
  ): Promise<EntityContext> {
    const reader = new CatalogReader(this.catalog, options.credentials);
    const entity = await reader.getTarget(entityRef);
    if (!entity) {
      throw new NotFoundError(
        `No entity '${stringifyEntityRef(entityRef)}' found`,
      );
    }

    const isSystem = entity.kind.toLocaleLowerCase('en-US') === 'system';
    const ownerRef = relationTargets(entity, RELATION_OWNED_BY)[0];
    const systemRef = isSystem ? undefined : systemOf(entity);
    const providedApis = relationTargets(entity, RELATION_PROVIDES_API);
    const consumedApis = relationTargets(entity, RELATION_CONSUMES_API);

    // First batch: everything the entity names directly.
    await reader.load([
      ownerRef,
      systemRef,
      ...relationTargets(entity, RELATION_DEPENDS_ON),
      ...relationTargets(entity, RELATION_DEPENDENCY_OF),
      ...providedApis,
      ...consumedApis,
    ]);
    const owner = ownerRef ? reader.get(ownerRef) : undefined;
    // A system is its own system; anything else names one, or none.
    let system: Entity | undefined = isSystem ? entity : undefined;
    if (systemRef) {
      system = reader.get(systemRef);
    }

    // Second batch: one step further (API sides, system parts, members).
    const apiSides = [...providedApis, ...consumedApis].flatMap(ref => {
      const api = reader.get(ref);
      return api
        ? [
            ...relationTargets(api, RELATION_API_PROVIDED_BY),
            ...relationTargets(api, RELATION_API_CONSUMED_BY),
          ]
        : [];
    });
    const memberRefs = owner
      ? relationTargets(owner, RELATION_HAS_MEMBER)
          .sort()
          .slice(0, this.limits.maxMembers)
      : [];
    const partRefs = system
      ? relationTargets(system, RELATION_HAS_PART)
          .filter(
            ref =>
              ref !== stringifyEntityRef(entity).toLocaleLowerCase('en-US'),
          )
          .sort()
          .slice(0, this.limits.maxSystemParts)
      : [];
    await reader.load([
      ...apiSides,
      ...memberRefs,
      ...partRefs,
      system ? domainOf(system) : undefined,
    ]);

    const related = (ref: string): RelatedEntity => {
      const found = reader.get(ref);
      return found ? summarizeRelated(found) : unresolvedRelated(ref);
    };
    const relatedAll = (refs: string[]) => refs.map(related).sort(byRef);
    const apiUsage = (ref: string): ApiUsage => {
      const api = reader.get(ref);
      return {
        api: related(ref),
        providers: api
          ? relatedAll(relationTargets(api, RELATION_API_PROVIDED_BY))
          : [],
        consumers: api
          ? relatedAll(relationTargets(api, RELATION_API_CONSUMED_BY))
          : [],
      };
    };

    // The whole chain to the root, once: the placement needs all of it,
    // the ownership section shows the first few.
    const chainStart = isGroup(entity) ? entity : owner;
    const ancestors = chainStart
      ? await groupAncestors(chainStart, async ref => {
          await reader.load([ref]);
          return reader.get(ref);
        })
      : [];
    const ownership = this.ownership(
      owner,
      ownerRef,
      isGroup(entity) ? [] : ancestors,
      memberRefs,
      reader,
    );
    const domainRef = system ? domainOf(system) : domainOf(entity);
    const placement: EntityPlacement = {
      ownerChain: [
        ...(ownerRef ? [ownerRef] : []),
        ...ancestors.map(ancestor => ancestor.ref),
      ].map(lower),
      ...(systemRef ? { system: lower(systemRef) } : {}),
      ...(domainRef ? { domain: lower(domainRef) } : {}),
    };
    const blastRadius = await collectBlastRadius(entity, reader, {
      maxDepth: this.limits.blastRadiusDepth,
      maxEntries: this.limits.blastRadiusEntries,
    } satisfies BlastRadiusLimits);

    const content: Omit<EntityContext, 'metadata'> = {
      entity: summarizeSubject(entity, {
        system: systemRef,
        domain: domainRef,
      }),
      ownership,
      dependencies: {
        dependsOn: relatedAll(relationTargets(entity, RELATION_DEPENDS_ON)),
        dependedOnBy: relatedAll(
          relationTargets(entity, RELATION_DEPENDENCY_OF),
        ),
      },
      apis: {
        provides: providedApis
          .map(apiUsage)
          .sort((a, b) => byRef(a.api, b.api)),
        consumes: consumedApis
          .map(apiUsage)
          .sort((a, b) => byRef(a.api, b.api)),
      },
      system: this.systemContext(system, systemRef, partRefs, related),
      blastRadius,
      placement,
      conventions: [],
      skills: [],
    };
    const metadata = {
      catalogRevision: catalogRevisionOf([entity, ...reader.found()]),
      conventionsRevision: digestOf(content.conventions),
    };
    return {
      ...content,
      metadata: {
        generatedAt: this.now().toISOString(),
        ...metadata,
        contentHash: contentHashOf({ ...content, ...metadata }),
      },
    };
  }

  private ownership(
    owner: Entity | undefined,
    ownerRef: string | undefined,
    ancestors: GroupAncestor[],
    memberRefs: string[],
    reader: CatalogReader,
  ): EntityOwnership {
    if (!ownerRef) {
      return { parents: [], members: [], memberCount: 0 };
    }
    if (!owner) {
      return {
        owner: unresolvedOwner(ownerRef),
        parents: [],
        members: [],
        memberCount: 0,
      };
    }
    return {
      owner: summarizeOwner(owner),
      parents: ancestors
        .slice(0, this.limits.maxParentDepth)
        .map(({ ref, entity }) =>
          entity ? summarizeOwner(entity) : unresolvedOwner(ref),
        ),
      members: memberRefs.map(ref => {
        const member = reader.get(ref);
        return member ? summarizeOwner(member) : unresolvedOwner(ref);
      }),
      memberCount: relationTargets(owner, RELATION_HAS_MEMBER).length,
    };
  }

  private systemContext(
    system: Entity | undefined,
    systemRef: string | undefined,
    partRefs: string[],
    related: (ref: string) => RelatedEntity,
  ): EntitySystemContext | undefined {
    if (!system) {
      return systemRef
        ? { system: unresolvedRelated(systemRef), parts: [] }
        : undefined;
    }
    const domainRef = domainOf(system);
    return {
      system: summarizeRelated(system),
      domain: domainRef ? related(domainRef) : undefined,
      parts: partRefs.map(related).sort(byRef),
    };
  }
}
