import {
  Entity,
  RELATION_HAS_PART,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  BlastRadius,
  BlastRadiusEntry,
  contextRelationsOf,
} from '@agent-context/plugin-agent-context-common';
import { EntityLookup } from './EntityLookup';
import {
  relationTargets,
  summarizeRelated,
  unresolvedRelated,
} from './summarizeEntity';

/** One way of reaching an entity from the previous level. */
type Reach = Pick<BlastRadiusEntry, 'ref' | 'via' | 'relation' | 'api'>;

/** Bounds of the walk: how deep, and how many entries at most. */
export interface BlastRadiusLimits {
  maxDepth: number;
  maxEntries: number;
}

const lower = (ref: string) => ref.toLocaleLowerCase('en-US');

function isApi(ref: string): boolean {
  return parseEntityRef(ref).kind.toLocaleLowerCase('en-US') === 'api';
}

/**
 * Everyone the frontier reaches in one step, each entity by the steps of
 * its own kind in the common package's `CONTEXT_RELATIONS`: a component by
 * its dependents and the consumers of the APIs it provides, an API by its
 * consumers and dependents, a resource by its dependents, a group or user
 * by nothing. A step of several relations loads the entities in between in
 * one batch per relation, for the whole frontier at once.
 */
async function reachedFrom(
  frontier: Entity[],
  reader: EntityLookup,
): Promise<Reach[]> {
  type Walk = Reach & { rest: readonly string[] };
  let walks: Walk[] = frontier.flatMap(entity => {
    const via = stringifyEntityRef(entity);
    const api = isApi(via) ? lower(via) : undefined;
    return contextRelationsOf(entity.kind).blastRadius.follows.flatMap(
      ({ path: [first, ...rest], relation }) =>
        relationTargets(entity, first).map(ref => ({
          ref,
          via,
          relation,
          api,
          rest,
        })),
    );
  });
  while (walks.some(walk => walk.rest.length > 0)) {
    await reader.load(
      walks.filter(walk => walk.rest.length > 0).map(walk => walk.ref),
    );
    walks = walks.flatMap(walk => {
      if (walk.rest.length === 0) {
        return [walk];
      }
      const [next, ...rest] = walk.rest;
      const between = reader.get(walk.ref);
      // The API passed through is the one a consumer further on consumes.
      const api = isApi(walk.ref) ? walk.ref : walk.api;
      return (between ? relationTargets(between, next) : []).map(ref => ({
        ...walk,
        ref,
        api,
        rest,
      }));
    });
  }
  return walks.map(({ ref, via, relation, api }) => ({
    ref,
    via,
    relation,
    ...(relation === 'consumesApi' && api ? { api } : {}),
  }));
}

/**
 * The parts a change to a whole is a change to: its `hasPart` targets, and
 * theirs where a part is a whole itself (a domain's systems, then their
 * components, APIs and resources). Parts the caller may not read are left
 * out, since nothing can be walked from them.
 */
async function partsOf(whole: Entity, reader: EntityLookup) {
  const parts: Entity[] = [];
  const seen = new Set([lower(stringifyEntityRef(whole))]);
  let level = [whole];
  while (level.length > 0) {
    const refs = level
      .filter(e => contextRelationsOf(e.kind).blastRadius.throughParts)
      .flatMap(e => relationTargets(e, RELATION_HAS_PART))
      .filter(ref => !seen.has(ref));
    refs.forEach(ref => seen.add(ref));
    await reader.load(refs);
    level = refs
      .map(ref => reader.get(ref))
      .filter((e): e is Entity => Boolean(e));
    parts.push(...level);
  }
  return parts;
}

/**
 * Who is affected by a change to `target`, by the steps its kind's row of
 * `CONTEXT_RELATIONS` names (for a system or domain, from each of its parts
 * too); then, level by level, the same for each entity reached, by that
 * entity's own kind. Breadth-first, so the nearest are kept when a bound
 * cuts the walk; each entity appears once, at its smallest depth, so cycles
 * end the walk instead of looping. The target and its parts are the
 * change, never entries.
 */
export async function collectBlastRadius(
  target: Entity,
  reader: EntityLookup,
  limits: BlastRadiusLimits,
): Promise<BlastRadius> {
  const entries: BlastRadiusEntry[] = [];
  let frontier: Entity[] = [target];
  if (contextRelationsOf(target.kind).blastRadius.throughParts) {
    frontier.push(...(await partsOf(target, reader)));
  }
  const visited = new Set(frontier.map(e => lower(stringifyEntityRef(e))));
  let truncated = false;
  let depth = 0;

  while (frontier.length > 0 && depth < limits.maxDepth) {
    depth += 1;
    const fresh = (await reachedFrom(frontier, reader)).filter(({ ref }) => {
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
    for (const reach of kept) {
      const entity = reader.get(reach.ref);
      entries.push({
        ...(entity ? summarizeRelated(entity) : unresolvedRelated(reach.ref)),
        depth,
        via: reach.via,
        relation: reach.relation,
        ...(reach.api ? { api: reach.api } : {}),
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
    truncated = (await reachedFrom(frontier, reader)).some(
      ({ ref }) => !visited.has(ref),
    );
  }
  return { entries, maxDepth: limits.maxDepth, truncated };
}
