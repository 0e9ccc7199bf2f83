import {
  Entity,
  RELATION_CHILD_OF,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { relationTargets } from './summarizeEntity';

/**
 * How far up a group hierarchy is followed. Far beyond any real
 * organisation: it only keeps a pathological catalog from costing a request
 * without bound. Not a display setting; those trim the chain afterwards.
 */
export const GROUP_ANCESTORS_LIMIT = 100;

/** One group above another; `entity` is absent when it could not be read. */
export interface GroupAncestor {
  /** Lower-case ref, as the catalog writes relation targets. */
  ref: string;
  entity?: Entity;
}

function parentOf(group: Entity): string | undefined {
  return relationTargets(group, RELATION_CHILD_OF)[0]?.toLocaleLowerCase(
    'en-US',
  );
}

/**
 * The groups above `start` (its `childOf` parent, that group's, and so on),
 * nearest first, to the root. Stops at a parent it cannot read (which is
 * listed, unresolved), at a group it has already visited (the catalog does
 * not forbid cycles in `spec.parent`), or at {@link GROUP_ANCESTORS_LIMIT}.
 *
 * The one walk behind every owner chain in the suite: the context's
 * placement, the scopes a write is checked against, and whether a catalog
 * rule's owner owns the scope it names all agree on who is above whom.
 */
export async function groupAncestors(
  start: Entity,
  load: (ref: string) => Promise<Entity | undefined>,
): Promise<GroupAncestor[]> {
  const ancestors: GroupAncestor[] = [];
  const visited = new Set([
    stringifyEntityRef(start).toLocaleLowerCase('en-US'),
  ]);
  let parentRef = parentOf(start);
  while (
    parentRef &&
    !visited.has(parentRef) &&
    ancestors.length < GROUP_ANCESTORS_LIMIT
  ) {
    visited.add(parentRef);
    const parent = await load(parentRef);
    ancestors.push(
      parent ? { ref: parentRef, entity: parent } : { ref: parentRef },
    );
    if (!parent) {
      break;
    }
    parentRef = parentOf(parent);
  }
  return ancestors;
}
