import type { AdoptionCatalogFacts } from '@agent-context/plugin-agent-context-common';
import {
  Entity,
  RELATION_CHILD_OF,
  RELATION_OWNED_BY,
  RELATION_PART_OF,
  stringifyEntityRef,
} from '@backstage/catalog-model';

/**
 * What the adoption lists read of the catalog: the in-process graph (see
 * CatalogGraph), never a catalog request per row.
 */
export interface AdoptionCatalog {
  ready(): Promise<void>;
  /** Lower-case refs of every entity held. */
  keys(): Iterable<string>;
  get(ref: string): Entity | undefined;
}

/** What the lists show and filter an entity or team by. */
export type CatalogFacts = AdoptionCatalogFacts;

const lower = (value: string) => value.toLocaleLowerCase('en-US');

function relationTarget(entity: Entity, type: string, kind?: string) {
  const target = entity.relations?.find(
    relation =>
      relation.type === type &&
      (!kind || lower(relation.targetRef).startsWith(`${kind}:`)),
  )?.targetRef;
  return target === undefined ? undefined : lower(target);
}

/** An entity's facts, from its relations (which carry the full refs). */
export function catalogFacts(entity: Entity): CatalogFacts {
  const lifecycle = entity.spec?.lifecycle;
  return {
    ref: lower(stringifyEntityRef(entity)),
    kind: lower(entity.kind),
    title: entity.metadata.title,
    owner:
      lower(entity.kind) === 'group'
        ? relationTarget(entity, RELATION_CHILD_OF, 'group')
        : relationTarget(entity, RELATION_OWNED_BY),
    system: relationTarget(entity, RELATION_PART_OF, 'system'),
    lifecycle: typeof lifecycle === 'string' ? lower(lifecycle) : undefined,
  };
}

/**
 * The entities the lists always show, active or not, so that who has not
 * started is visible: groups of type team, or entities of one kind
 * (components unless another kind is asked for).
 */
export function listedEntities(
  catalog: AdoptionCatalog,
  list: 'teams' | 'entities',
  kind: string = 'component',
): CatalogFacts[] {
  const prefix = `${list === 'teams' ? 'group' : lower(kind)}:`;
  const listed: CatalogFacts[] = [];
  for (const key of catalog.keys()) {
    if (!key.startsWith(prefix)) {
      continue;
    }
    const entity = catalog.get(key);
    if (entity && (list === 'entities' || entity.spec?.type === 'team')) {
      listed.push(catalogFacts(entity));
    }
  }
  return listed;
}
