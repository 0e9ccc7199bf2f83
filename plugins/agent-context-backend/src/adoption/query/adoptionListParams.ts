import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { AdoptionFigureName, FIGURE_NAMES } from './adoptionFigures';

/** How a list is filtered, sorted and cut into pages. */
export interface AdoptionListParams {
  /** A figure name, or `ref`. */
  sort: AdoptionFigureName | 'ref';
  order: 'asc' | 'desc';
  limit: number;
  offset: number;
  /** Lower-case refs and values. */
  owner?: string;
  system?: string;
  kind?: string;
  lifecycle?: string;
}

/** A list's parameters as a caller sends them; all optional. */
export type AdoptionListQuery = Partial<
  Record<
    | 'sort'
    | 'order'
    | 'limit'
    | 'offset'
    | 'cursor'
    | 'owner'
    | 'system'
    | 'kind'
    | 'lifecycle',
    string
  >
>;

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 500;
const SORTS = ['ref', ...FIGURE_NAMES];

/** A page's cursor: the offset of the next page, opaque to callers. */
export function encodeCursor(offset: number): string {
  return Buffer.from(JSON.stringify({ offset })).toString('base64url');
}

function decodeCursor(cursor: string): number {
  try {
    const { offset } = JSON.parse(
      Buffer.from(cursor, 'base64url').toString('utf8'),
    );
    if (Number.isSafeInteger(offset) && offset >= 0) {
      return offset;
    }
  } catch {
    // Reported below, as any other cursor that is not one of ours.
  }
  throw new InputError(
    `Invalid cursor '${cursor}': not a cursor this API returned`,
  );
}

function parseCount(name: string, raw: string, min: number, max: number) {
  if (!/^[0-9]{1,9}$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new InputError(
      `Invalid ${name} '${raw}': not a whole number from ${min} to ${max}`,
    );
  }
  return Number(raw);
}

function parseRef(name: string, raw: string, defaultKind: string) {
  try {
    return stringifyEntityRef(
      parseEntityRef(raw, { defaultKind, defaultNamespace: 'default' }),
    ).toLocaleLowerCase('en-US');
  } catch (error) {
    throw new InputError(`Invalid ${name} '${raw}': not an entity ref`, error);
  }
}

/**
 * A list's parameters, checked. Default: by active users, most first, 50
 * a page. Throws `InputError` naming the parameter that is wrong.
 */
export function parseAdoptionListParams(
  query: AdoptionListQuery,
): AdoptionListParams {
  const sort = query.sort ?? 'activeUsers';
  if (!SORTS.includes(sort)) {
    throw new InputError(
      `Invalid sort '${sort}': not one of ${SORTS.join(', ')}`,
    );
  }
  const order = query.order ?? (sort === 'ref' ? 'asc' : 'desc');
  if (order !== 'asc' && order !== 'desc') {
    throw new InputError(`Invalid order '${order}': not one of asc, desc`);
  }
  if (query.cursor !== undefined && query.offset !== undefined) {
    throw new InputError(
      "Invalid offset: give either 'cursor' or 'offset', not both",
    );
  }
  const offset =
    query.cursor !== undefined
      ? decodeCursor(query.cursor)
      : parseCount('offset', query.offset ?? '0', 0, 1e9 - 1);
  return {
    sort: sort as AdoptionListParams['sort'],
    order,
    limit: parseCount(
      'limit',
      query.limit ?? String(DEFAULT_LIMIT),
      1,
      MAX_LIMIT,
    ),
    offset,
    owner: query.owner && parseRef('owner', query.owner, 'group'),
    system: query.system && parseRef('system', query.system, 'system'),
    kind: query.kind?.toLocaleLowerCase('en-US'),
    lifecycle: query.lifecycle?.toLocaleLowerCase('en-US'),
  };
}
