import { Entity, RELATION_OWNED_BY } from '@backstage/catalog-model';
import {
  PermissionCondition,
  PermissionCriteria,
} from '@backstage/plugin-permission-common';
import { CATALOG_ENTITY_RESOURCE_TYPE } from './catalogEntityRead';
import { EntitySearchRows, entitySearchRows } from './entitySearchRows';
import { GRAPH_FIELDS } from '../graph/graphFields';

/** Conditions of a catalog read decision, as a policy returns them. */
export type CatalogReadConditions = PermissionCriteria<PermissionCondition>;

/** Whether one entity satisfies a compiled set of conditions. */
export type EntityPredicate = (entity: Entity) => boolean;

/**
 * The `metadata` and `spec` fields the in-process catalog graph keeps of
 * each entity, each in full: `HAS_METADATA` and `HAS_SPEC` can be answered
 * in memory only for keys under these; any other key might name data the
 * graph dropped. Read from the graph's own field list, so the two cannot
 * drift apart.
 */
const HELD_BY_GRAPH = {
  metadata: heldUnder('metadata'),
  spec: heldUnder('spec'),
};

function heldUnder(section: string): Set<string> {
  return new Set(
    GRAPH_FIELDS.filter(field => field.startsWith(`${section}.`)).map(
      field => field.slice(section.length + 1).split('.')[0],
    ),
  );
}

/**
 * What one condition asks of the search table, in the form the catalog's
 * rules turn conditions into: a key that must be present, with one of
 * `values` if given.
 */
type SearchFilter = { key: string; values?: readonly string[] };

type RowsPredicate = (rows: EntitySearchRows) => boolean;

/**
 * Whether an entity satisfies a catalog read decision's conditions, decided
 * the way the catalog decides it in its database; `'unknown'` when any
 * condition cannot be evaluated on the graph's slim entities (a rule of
 * another module, a key the graph does not keep, another resource type,
 * malformed parameters). Unknown is all or nothing, never decided per
 * entity, so that a caller either gets the in-memory answer for every
 * entity or asks the catalog for every entity.
 */
export function evaluateConditions(
  conditions: CatalogReadConditions,
  entity: Entity,
): boolean | 'unknown' {
  const predicate = compileConditions(conditions);
  return predicate ? predicate(entity) : 'unknown';
}

/**
 * The conditions as a reusable predicate, or undefined if they cannot be
 * evaluated in memory (see {@link evaluateConditions}).
 */
export function compileConditions(
  conditions: CatalogReadConditions,
): EntityPredicate | undefined {
  const predicate = compileCriteria(conditions);
  return predicate && (entity => predicate(entitySearchRows(entity)));
}

function compileCriteria(criteria: unknown): RowsPredicate | undefined {
  if (!isRecord(criteria)) {
    return undefined;
  }
  if ('allOf' in criteria) {
    // An empty list matches everything, as in the catalog's query.
    const children = compileAll(criteria.allOf);
    return children && (rows => children.every(child => child(rows)));
  }
  if ('anyOf' in criteria) {
    // An empty list matches nothing, as in the catalog's query.
    const children = compileAll(criteria.anyOf);
    return children && (rows => children.some(child => child(rows)));
  }
  if ('not' in criteria) {
    const inner = compileCriteria(criteria.not);
    return inner && (rows => !inner(rows));
  }
  const filter = searchFilterOf(criteria);
  return filter && matchesSearchFilter(filter);
}

function compileAll(list: unknown): RowsPredicate[] | undefined {
  if (!Array.isArray(list)) {
    return undefined;
  }
  const compiled: RowsPredicate[] = [];
  for (const child of list) {
    const predicate = compileCriteria(child);
    if (!predicate) {
      return undefined;
    }
    compiled.push(predicate);
  }
  return compiled;
}

/** The catalog's built-in rules, translated as the catalog translates them. */
function searchFilterOf(
  condition: Record<string, unknown>,
): SearchFilter | undefined {
  if (condition.resourceType !== CATALOG_ENTITY_RESOURCE_TYPE) {
    return undefined;
  }
  const params = isRecord(condition.params) ? condition.params : {};
  switch (condition.rule) {
    case 'IS_ENTITY_KIND':
      return isStringList(params.kinds)
        ? { key: 'kind', values: params.kinds }
        : undefined;
    case 'IS_ENTITY_OWNER':
      return isStringList(params.claims)
        ? { key: `relations.${RELATION_OWNED_BY}`, values: params.claims }
        : undefined;
    case 'HAS_LABEL':
      return keyValueFilter('metadata.labels', params.label, params.value);
    case 'HAS_ANNOTATION':
      return keyValueFilter(
        'metadata.annotations',
        params.annotation,
        params.value,
      );
    case 'HAS_METADATA':
      return heldByGraph('metadata', params.key)
        ? keyValueFilter('metadata', params.key, params.value)
        : undefined;
    case 'HAS_SPEC':
      return heldByGraph('spec', params.key)
        ? keyValueFilter('spec', params.key, params.value)
        : undefined;
    default:
      return undefined;
  }
}

function keyValueFilter(
  prefix: string,
  key: unknown,
  value: unknown,
): SearchFilter | undefined {
  if (typeof key !== 'string') {
    return undefined;
  }
  if (value === undefined) {
    return { key: `${prefix}.${key}` };
  }
  return typeof value === 'string'
    ? { key: `${prefix}.${key}`, values: [value] }
    : undefined;
}

/** Whether the graph keeps all the data a `metadata.*` or `spec.*` key can name. */
function heldByGraph(section: keyof typeof HELD_BY_GRAPH, key: unknown) {
  if (typeof key !== 'string') {
    return false;
  }
  const field = key.split('.')[0].toLowerCase();
  return HELD_BY_GRAPH[section].has(field);
}

function matchesSearchFilter({ key, values }: SearchFilter): RowsPredicate {
  const lowerKey = key.toLowerCase();
  const lowerValues = values?.map(value => value.toLowerCase());
  return rows => {
    const stored = rows.get(lowerKey);
    if (!stored) {
      return false;
    }
    return !lowerValues || lowerValues.some(value => stored.has(value));
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every(item => typeof item === 'string');
}
