import { DEFAULT_NAMESPACE, Entity } from '@backstage/catalog-model';

/**
 * An entity as the catalog's search table sees it: every lower-cased key
 * with the lower-cased values stored under it (`null` for a value the table
 * keeps only as present: null, undefined, or too long).
 */
export type EntitySearchRows = ReadonlyMap<string, ReadonlySet<string | null>>;

/** The catalog drops longer keys and blanks longer values. */
const MAX_SEARCH_LENGTH = 200;

/**
 * Paths the catalog does not index as plain data: some are indexed
 * separately below, the rest (`metadata.etag`, `status`, `attachments`)
 * not at all.
 */
const NOT_INDEXED_AS_DATA = new Set([
  'attachments',
  'relations',
  'status',
  'metadata.name',
  'metadata.namespace',
  'metadata.uid',
  'metadata.etag',
]);

/**
 * The rows the catalog's search table holds for an entity, so that
 * permission conditions can be matched in memory exactly as the catalog
 * matches them in its database (which compares keys and values in lower
 * case). Computed from whatever fields the given entity has: callers must
 * only ask about keys whose data the entity carries in full.
 */
export function entitySearchRows(entity: Entity): EntitySearchRows {
  const rows = new Map<string, Set<string | null>>();

  const addRow = (key: string, value: unknown) => {
    const lowerKey = key.toLowerCase();
    if (lowerKey.length > MAX_SEARCH_LENGTH) {
      return;
    }
    const values = rows.get(lowerKey) ?? new Set<string | null>();
    rows.set(lowerKey, values);
    values.add(searchValueOf(value));
  };

  const visit = (path: string, value: unknown): void => {
    if (NOT_INDEXED_AS_DATA.has(path)) {
      return;
    }
    if (value === undefined || value === null || isScalar(value)) {
      addRow(path, value);
      return;
    }
    if (Array.isArray(value)) {
      for (const item of value) {
        visit(path, item);
        // A list of strings is also indexed item by item as `path.item`, so
        // that `metadata.tags.java` can be asked for as a key.
        if (typeof item === 'string') {
          addRow(`${path}.${item}`, true);
        }
      }
      return;
    }
    if (typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        visit(path ? `${path}.${key}` : key, child);
      }
    }
  };

  visit('', entity);
  addRow('metadata.name', entity.metadata.name);
  addRow('metadata.namespace', entity.metadata.namespace ?? DEFAULT_NAMESPACE);
  addRow('metadata.uid', entity.metadata.uid);
  for (const relation of entity.relations ?? []) {
    addRow(`relations.${relation.type}`, relation.targetRef);
  }
  return rows;
}

function isScalar(value: unknown): value is string | number | boolean {
  return ['string', 'number', 'boolean'].includes(typeof value);
}

function searchValueOf(value: unknown): string | null {
  if (value === undefined || value === null) {
    return null;
  }
  const lower = String(value).toLowerCase();
  return lower.length > MAX_SEARCH_LENGTH ? null : lower;
}
