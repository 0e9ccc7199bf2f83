import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  CompoundEntityRef,
  Entity,
  RELATION_API_CONSUMED_BY,
  RELATION_API_PROVIDED_BY,
  RELATION_HAS_MEMBER,
  RELATION_HAS_PART,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  ApiUsage,
  CONTEXT_RELATION_SECTIONS,
  ContextRelationSectionId,
  EntityContext,
  EntityOwnership,
  EntityPlacement,
  EntitySystemContext,
  OwnerSummary,
  RelatedEntity,
  ContextPlacement,
  contextRelationsOf,
} from '@agent-context/plugin-agent-context-common';
import { CatalogReader } from './CatalogReader';
import { EntityLookup } from './EntityLookup';
import { AssemblyScope, GraphEntities, GraphReader } from './GraphReader';
import { BlastRadiusLimits, collectBlastRadius } from './collectBlastRadius';
import { catalogRevisionOf, contentHashOf, digestOf } from './contextDigest';
import { groupAncestors } from './groupAncestors';
import {
  domainOf,
  relationTargets,
  summarizeOwner,
  summarizeRelated,
  summarizeSubject,
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
    options: EntityContextRequestOptions,
  ): Promise<EntityContext>;
}

/**
 * Who asks for a context, and (for an assembly from the in-process graph)
 * what the assembly may read and must record.
 *
 * @public
 */
export interface EntityContextRequestOptions {
  /** Who asks. */
  credentials: BackstageCredentials;
  /**
   * Set by the plugin's shared answers: which entities the assembly may
   * read, and where it records those it looked at. Sources that read the
   * catalog with `credentials` ignore it.
   */
  scope?: AssemblyScope;
}

/**
 * The bounds that keep a context small however large the catalog is.
 *
 * @public
 */
export interface EntityContextLimits {
  /**
   * Parent groups shown above the owner (or above a group). Default 10.
   * Display only: the conventions still come from every group up to the
   * root.
   */
  maxParentDepth: number;
  /** Members of the owning group (or of a group) listed. Default 10. */
  maxMembers: number;
  /**
   * Parts listed: of the system (other parts, for a part), of a domain,
   * and a component's subcomponents. Default 50.
   */
  maxSystemParts: number;
  /**
   * A group's child groups, a user's groups, and what a group or user
   * owns, listed. Default 50.
   */
  maxRelated: number;
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
  maxRelated: 50,
  blastRadiusDepth: 3,
  blastRadiusEntries: 100,
};

const lower = (ref: string) => ref.toLocaleLowerCase('en-US');

const isGroup = (entity: Entity) =>
  entity.kind.toLocaleLowerCase('en-US') === 'group';

function byRef(a: { ref: string }, b: { ref: string }): number {
  return a.ref.localeCompare(b.ref);
}

/** The first `limit` refs in code-point order: a bounded list, the same every time. */
function firstRefs(refs: string[], limit: number): string[] {
  return [...refs].sort().slice(0, limit);
}

/** The targets of a section the entity's kind carries; none for others. */
function sectionTargets(
  entity: Entity,
  id: ContextRelationSectionId,
): string[] {
  const { relation, targetKinds } = CONTEXT_RELATION_SECTIONS[id];
  return contextRelationsOf(entity.kind).sections.includes(id)
    ? relationTargets(entity, relation, targetKinds)
    : [];
}

async function targetOf(
  reader: EntityLookup,
  entityRef: CompoundEntityRef,
): Promise<Entity> {
  const entity = await reader.getTarget(entityRef);
  if (!entity) {
    throw new NotFoundError(
      `No entity '${stringifyEntityRef(entityRef)}' found`,
    );
  }
  return entity;
}

/**
 * The entity's owner, system and domain, and its placement: the owner
 * chain to the root (for a group, the groups above it), walked once.
 */
async function locate(entity: Entity, reader: EntityLookup) {
  const ownerRef = sectionTargets(entity, 'owner')[0];
  const systemRef = sectionTargets(entity, 'system')[0];
  await reader.load([ownerRef, systemRef]);
  const owner = ownerRef ? reader.get(ownerRef) : undefined;
  // A system is its own system; other kinds name one, or none.
  const isSystem = contextRelationsOf(entity.kind).sections.includes('parts');
  let system: Entity | undefined = isSystem ? entity : undefined;
  if (systemRef) {
    system = reader.get(systemRef);
  }
  const chainStart = isGroup(entity) ? entity : owner;
  const ancestors = chainStart
    ? await groupAncestors(chainStart, async ref => {
        await reader.load([ref]);
        return reader.get(ref);
      })
    : [];
  const domainRef = system ? domainOf(system) : domainOf(entity);
  const placement: EntityPlacement = {
    ownerChain: [
      ...(ownerRef ? [ownerRef] : []),
      ...ancestors.map(ancestor => ancestor.ref),
    ].map(lower),
    ...(systemRef ? { system: lower(systemRef) } : {}),
    ...(domainRef ? { domain: lower(domainRef) } : {}),
  };
  return {
    ownerRef,
    owner,
    systemRef,
    system,
    domainRef,
    ancestors,
    placement,
  };
}

/**
 * The {@link EntityContextService} that assembles contexts from catalog
 * entities. Built with `fromGraph`, it reads the plugin's in-process
 * catalog graph, and what a caller may see is decided around it (the
 * request's `scope`); built with `create`, every read goes to the catalog
 * on behalf of the caller, so the catalog's permission rules decide what
 * appears, and related entities are fetched in batches, a handful of
 * requests per context whatever the number of relations.
 *
 * Which relations a context carries depends on the entity's kind, as the
 * common package's `CONTEXT_RELATIONS` table says: an API its providers and
 * consumers, a group its members, a user its groups. A section the kind
 * does not carry stays empty (or absent), whatever the catalog holds.
 *
 * @public
 */
export class CatalogEntityContextService implements EntityContextService {
  /**
   * A service that reads through `catalog` with each caller's credentials.
   * `now` stamps the contexts' `generatedAt`; `limits` replaces some of
   * the defaults that {@link EntityContextLimits} names.
   */
  static create(options: {
    catalog: CatalogService;
    now?: () => Date;
    limits?: Partial<EntityContextLimits>;
  }): CatalogEntityContextService {
    const { catalog } = options;
    return new CatalogEntityContextService(
      ({ credentials }) => new CatalogReader(catalog, credentials),
      options.now ?? (() => new Date()),
      { ...DEFAULT_CONTEXT_LIMITS, ...options.limits },
    );
  }

  /**
   * A service that reads the in-process catalog graph, which holds every
   * entity whatever the caller may read: only for callers that apply the
   * request's `scope` (the plugin's shared answers do).
   */
  static fromGraph(options: {
    graph: GraphEntities;
    now?: () => Date;
    limits?: Partial<EntityContextLimits>;
  }): CatalogEntityContextService {
    const { graph } = options;
    return new CatalogEntityContextService(
      ({ scope }) => new GraphReader(graph, scope),
      options.now ?? (() => new Date()),
      { ...DEFAULT_CONTEXT_LIMITS, ...options.limits },
    );
  }

  private constructor(
    private readonly readerFor: (
      options: EntityContextRequestOptions,
    ) => EntityLookup,
    private readonly now: () => Date,
    private readonly limits: EntityContextLimits,
  ) {}

  /** {@inheritDoc EntityContextService.getEntityContext} */
  async getEntityContext(
    entityRef: CompoundEntityRef,
    options: EntityContextRequestOptions,
  ): Promise<EntityContext> {
    const reader = this.readerFor(options);
    const entity = await targetOf(reader, entityRef);

    const { sections } = contextRelationsOf(entity.kind);
    const carries = (id: ContextRelationSectionId) => sections.includes(id);
    const targets = (id: ContextRelationSectionId) =>
      sectionTargets(entity, id);
    // Lists that grow with the organisation are bounded; the rest are not.
    const bounds: Partial<Record<ContextRelationSectionId, number>> = {
      parts: this.limits.maxSystemParts,
      domainParts: this.limits.maxSystemParts,
      subcomponents: this.limits.maxSystemParts,
      members: this.limits.maxMembers,
      childGroups: this.limits.maxRelated,
      memberOf: this.limits.maxRelated,
      owns: this.limits.maxRelated,
    };
    const listed = (id: ContextRelationSectionId) => {
      const bound = bounds[id];
      return bound === undefined ? targets(id) : firstRefs(targets(id), bound);
    };

    const self = lower(stringifyEntityRef(entity));
    const providedApis = targets('providesApis');
    const consumedApis = targets('consumesApis');

    // First batch: everything the entity names directly.
    await reader.load(sections.flatMap(listed));
    const {
      ownerRef,
      owner,
      systemRef,
      system,
      domainRef,
      ancestors,
      placement,
    } = await locate(entity, reader);

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
      ? firstRefs(
          relationTargets(owner, RELATION_HAS_MEMBER),
          this.limits.maxMembers,
        )
      : [];
    const allPartRefs = system
      ? relationTargets(system, RELATION_HAS_PART).filter(ref => ref !== self)
      : [];
    const partRefs = firstRefs(allPartRefs, this.limits.maxSystemParts);
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
    const ownerOf = (ref: string): OwnerSummary => {
      const found = reader.get(ref);
      return found ? summarizeOwner(found) : unresolvedOwner(ref);
    };
    const ownersAll = (refs: string[]) => refs.map(ownerOf).sort(byRef);
    const relatedOne = (id: ContextRelationSectionId) => {
      const ref = targets(id)[0];
      return ref ? related(ref) : undefined;
    };
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

    const shownAncestors = ancestors
      .slice(0, this.limits.maxParentDepth)
      .map(({ ref, entity: found }) =>
        found ? summarizeOwner(found) : unresolvedOwner(ref),
      );
    const ownership = this.ownership(
      owner,
      ownerRef,
      isGroup(entity) ? [] : shownAncestors,
      memberRefs,
      reader,
    );
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
        dependsOn: relatedAll(targets('dependsOn')),
        dependedOnBy: relatedAll(targets('dependedOnBy')),
      },
      apis: {
        provides: providedApis
          .map(apiUsage)
          .sort((a, b) => byRef(a.api, b.api)),
        consumes: consumedApis
          .map(apiUsage)
          .sort((a, b) => byRef(a.api, b.api)),
      },
      system: this.systemContext(
        system,
        systemRef,
        { listed: partRefs, count: allPartRefs.length },
        related,
      ),
      ...(carries('providers')
        ? {
            api: {
              providedBy: relatedAll(targets('providers')),
              consumedBy: relatedAll(targets('consumers')),
            },
          }
        : {}),
      ...(carries('subcomponents')
        ? {
            component: {
              subcomponentOf: relatedOne('subcomponentOf'),
              subcomponents: relatedAll(listed('subcomponents')),
              subcomponentCount: targets('subcomponents').length,
            },
          }
        : {}),
      ...(carries('domainParts')
        ? {
            domain: {
              subdomainOf: relatedOne('subdomainOf'),
              parts: relatedAll(listed('domainParts')),
              partCount: targets('domainParts').length,
            },
          }
        : {}),
      ...(carries('members')
        ? {
            group: {
              parents: shownAncestors,
              children: ownersAll(listed('childGroups')),
              childCount: targets('childGroups').length,
              members: ownersAll(listed('members')),
              memberCount: targets('members').length,
            },
          }
        : {}),
      ...(carries('memberOf')
        ? {
            user: {
              memberOf: ownersAll(listed('memberOf')),
              memberOfCount: targets('memberOf').length,
            },
          }
        : {}),
      ...(carries('owns')
        ? {
            owns: {
              entities: relatedAll(listed('owns')),
              count: targets('owns').length,
            },
          }
        : {}),
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

  /**
   * Where an entity stands in the codex (its owner chain to the root, its
   * system and domain) without the rest of its context: what the
   * conventions of an entity, and the checks of a write, need.
   */
  async getPlacement(
    entityRef: CompoundEntityRef,
    options: EntityContextRequestOptions,
  ): Promise<ContextPlacement> {
    const reader = this.readerFor(options);
    const entity = await targetOf(reader, entityRef);
    const { ownerRef, owner, systemRef, domainRef, placement } = await locate(
      entity,
      reader,
    );
    return {
      entity: summarizeSubject(entity, {
        system: systemRef,
        domain: domainRef,
      }),
      ownership: {
        ...(ownerRef
          ? { owner: owner ? summarizeOwner(owner) : unresolvedOwner(ownerRef) }
          : {}),
        parents: [],
        members: [],
        memberCount: 0,
      },
      placement,
    };
  }

  private ownership(
    owner: Entity | undefined,
    ownerRef: string | undefined,
    parents: OwnerSummary[],
    memberRefs: string[],
    reader: EntityLookup,
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
      parents,
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
    parts: { listed: string[]; count: number },
    related: (ref: string) => RelatedEntity,
  ): EntitySystemContext | undefined {
    if (!system) {
      return systemRef
        ? { system: unresolvedRelated(systemRef), parts: [], partCount: 0 }
        : undefined;
    }
    const domainRef = domainOf(system);
    return {
      system: summarizeRelated(system),
      domain: domainRef ? related(domainRef) : undefined,
      parts: parts.listed.map(related).sort(byRef),
      partCount: parts.count,
    };
  }
}
