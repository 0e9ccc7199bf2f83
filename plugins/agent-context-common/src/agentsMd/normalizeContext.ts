import {
  ApiUsage,
  BlastRadiusEntry,
  ContextConvention,
  ContextSection,
  ContextSkill,
  EntityContext,
  EntityContextLink,
  OwnerSummary,
  RelatedEntity,
} from '../types';

/**
 * Code-point order. `localeCompare` depends on the runtime's ICU data and
 * locale, so the same context could render differently on two machines.
 */
export function compareStrings(a: string, b: string): number {
  if (a < b) {
    return -1;
  }
  return a > b ? 1 : 0;
}

function compareBy<T>(...keys: Array<(item: T) => string | number>) {
  return (a: T, b: T): number => {
    for (const key of keys) {
      const x = key(a);
      const y = key(b);
      const order =
        typeof x === 'number' && typeof y === 'number'
          ? x - y
          : compareStrings(String(x), String(y));
      if (order !== 0) {
        return order;
      }
    }
    return 0;
  };
}

/** Sorted copy, keeping the first of each key after sorting. */
function sortUnique<T>(
  items: readonly T[],
  compare: (a: T, b: T) => number,
  key: (item: T) => string,
): T[] {
  const seen = new Set<string>();
  return [...items].sort(compare).filter(item => {
    const k = key(item);
    if (seen.has(k)) {
      return false;
    }
    seen.add(k);
    return true;
  });
}

// A resolved entry sorts before an unresolved one for the same ref, so a
// duplicate always collapses to the richer of the two.
const byRef = compareBy<RelatedEntity | OwnerSummary>(
  e => e.ref,
  e => (e.resolved ? 0 : 1),
);

function related<T extends RelatedEntity | OwnerSummary>(items: readonly T[]) {
  return sortUnique(items, byRef, e => e.ref);
}

function links(items: readonly EntityContextLink[] | undefined) {
  return sortUnique(
    items ?? [],
    compareBy<EntityContextLink>(
      l => l.title ?? '',
      l => l.url,
      l => l.type ?? '',
    ),
    l => `${l.title ?? ''}\n${l.url}`,
  );
}

function apiUsages(items: readonly ApiUsage[]): ApiUsage[] {
  return sortUnique(
    items,
    (a, b) => byRef(a.api, b.api),
    u => u.api.ref,
  ).map(usage => ({
    api: usage.api,
    providers: related(usage.providers),
    consumers: related(usage.consumers),
  }));
}

const byConvention = compareBy<ContextConvention>(
  c => c.id,
  c => c.scope,
  c => c.category,
  c => c.severity ?? '',
  c => c.title,
  c => c.body,
);

const byBlastRadius = compareBy<BlastRadiusEntry>(
  e => e.depth,
  e => e.ref,
  e => (e.resolved ? 0 : 1),
  e => e.via,
  e => e.relation,
);

/**
 * The context with every list in a fixed order (by ref, by convention id,
 * blast radius by depth then ref) and duplicates removed, so the document
 * never depends on the order in which the backend assembled it. The owner's
 * parent chain keeps its order: it is a path, nearest first, not a set.
 */
export function normalizeContext(context: EntityContext): EntityContext {
  const { entity, ownership, dependencies, apis, system, blastRadius } =
    context;
  const { api, component, domain, group, user, owns } = context;
  return {
    ...context,
    entity: {
      ...entity,
      tags: sortUnique(entity.tags ?? [], compareStrings, t => t),
      links: links(entity.links),
    },
    ownership: {
      ...ownership,
      owner: ownership.owner && {
        ...ownership.owner,
        links: links(ownership.owner.links),
      },
      parents: [...ownership.parents],
      members: related(ownership.members),
    },
    dependencies: {
      dependsOn: related(dependencies.dependsOn),
      dependedOnBy: related(dependencies.dependedOnBy),
    },
    apis: {
      provides: apiUsages(apis.provides),
      consumes: apiUsages(apis.consumes),
    },
    system: system && {
      ...system,
      parts: related(system.parts).filter(p => p.ref !== entity.ref),
    },
    ...(api && {
      api: {
        providedBy: related(api.providedBy),
        consumedBy: related(api.consumedBy),
      },
    }),
    ...(component && {
      component: {
        ...component,
        subcomponents: related(component.subcomponents),
      },
    }),
    ...(domain && { domain: { ...domain, parts: related(domain.parts) } }),
    // A group's parents are a path, nearest first, like the owner's.
    ...(group && {
      group: {
        ...group,
        parents: [...group.parents],
        children: related(group.children),
        members: related(group.members),
      },
    }),
    ...(user && { user: { ...user, memberOf: related(user.memberOf) } }),
    ...(owns && { owns: { ...owns, entities: related(owns.entities) } }),
    blastRadius: {
      ...blastRadius,
      entries: sortUnique(blastRadius.entries, byBlastRadius, e => e.ref),
    },
    conventions: [...context.conventions].sort(byConvention),
    // Contexts cached before skills existed have none.
    skills: sortUnique(
      context.skills ?? [],
      compareBy<ContextSkill>(
        s => s.ref,
        s => s.scope,
      ),
      s => s.ref,
    ),
    // Highest priority first, so the most important reads first; one
    // section per contributor.
    ...(context.sections && {
      sections: sortUnique(
        context.sections,
        compareBy<ContextSection>(
          s => -s.priority,
          s => s.id,
        ),
        s => s.id,
      ),
    }),
  };
}
