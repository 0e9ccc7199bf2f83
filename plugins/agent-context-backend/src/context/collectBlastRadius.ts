import {
  Entity,
  RELATION_API_CONSUMED_BY,
  RELATION_DEPENDENCY_OF,
  RELATION_PROVIDES_API,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  BlastRadius,
  BlastRadiusEntry,
} from '@agent-context/plugin-agent-context-common';
import { CatalogReader } from './CatalogReader';
import {
  relationTargets,
  summarizeRelated,
  unresolvedRelated,
} from './summarizeEntity';

/** One way of reaching an entity from the previous level. */
type Reach = Pick<BlastRadiusEntry, 'ref' | 'via' | 'relation'>;

/** Bounds of the walk: how deep, and how many entries at most. */
export interface BlastRadiusLimits {
  maxDepth: number;
  maxEntries: number;
}

/**
 * Who is affected by a change to `target`: entities that depend on it, and
 * entities that consume an API it provides; then, level by level, the same
 * for each of those. Breadth-first, so the nearest are kept when a bound
 * cuts the walk; each entity appears once, at its smallest depth, so cycles
 * end the walk instead of looping. Two catalog batches per level: the
 * level's entities, then the APIs they provide.
 */
export async function collectBlastRadius(
  target: Entity,
  reader: CatalogReader,
  limits: BlastRadiusLimits,
): Promise<BlastRadius> {
  const entries: BlastRadiusEntry[] = [];
  const visited = new Set([stringifyEntityRef(target)]);
  let frontier: Entity[] = [target];
  let truncated = false;
  let depth = 0;

  while (frontier.length > 0 && depth < limits.maxDepth) {
    depth += 1;
    await reader.load(
      frontier.flatMap(e => relationTargets(e, RELATION_PROVIDES_API)),
    );
    const reached: Reach[] = [];
    for (const entity of frontier) {
      const via = stringifyEntityRef(entity);
      for (const ref of relationTargets(entity, RELATION_DEPENDENCY_OF)) {
        reached.push({ ref, via, relation: 'dependsOn' });
      }
      for (const apiRef of relationTargets(entity, RELATION_PROVIDES_API)) {
        const api = reader.get(apiRef);
        for (const ref of api
          ? relationTargets(api, RELATION_API_CONSUMED_BY)
          : []) {
          reached.push({ ref, via, relation: 'consumesApi' });
        }
      }
    }

    const fresh = reached.filter(({ ref }) => {
      if (visited.has(ref)) {
        return false;
      }
      visited.add(ref);
      return true;
    });
    const room = limits.maxEntries - entries.length;
    if (fresh.length > room) {
      truncated = true;
    }
    const kept = fresh.slice(0, Math.max(room, 0));
    await reader.load(kept.map(({ ref }) => ref));

    frontier = [];
    for (const { ref, via, relation } of kept) {
      const entity = reader.get(ref);
      entries.push({
        ...(entity ? summarizeRelated(entity) : unresolvedRelated(ref)),
        depth,
        via,
        relation,
      });
      if (entity) {
        frontier.push(entity);
      }
    }
    if (truncated) {
      break;
    }
  }

  // Entities beyond the last level walked are left out too.
  if (!truncated && depth === limits.maxDepth && frontier.length > 0) {
    truncated = await hasFurtherDependents(frontier, visited, reader);
  }
  return { entries, maxDepth: limits.maxDepth, truncated };
}

async function hasFurtherDependents(
  frontier: Entity[],
  visited: Set<string>,
  reader: CatalogReader,
): Promise<boolean> {
  if (
    frontier.some(e =>
      relationTargets(e, RELATION_DEPENDENCY_OF).some(r => !visited.has(r)),
    )
  ) {
    return true;
  }
  await reader.load(
    frontier.flatMap(e => relationTargets(e, RELATION_PROVIDES_API)),
  );
  return frontier.some(e =>
    relationTargets(e, RELATION_PROVIDES_API).some(apiRef => {
      const api = reader.get(apiRef);
      return api
        ? relationTargets(api, RELATION_API_CONSUMED_BY).some(
            r => !visited.has(r),
          )
        : false;
    }),
  );
}
