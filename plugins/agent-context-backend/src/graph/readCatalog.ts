import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { inChunks } from '../conventions/store/inChunks';

/** Refs asked for in one `getEntitiesByRefs` call: a request body, not a URL. */
export const FETCH_CHUNK_SIZE = 200;

/**
 * Every entity in the catalog, `pageSize` at a time, with only `fields`;
 * each page is handed to `onPage` before the next is asked for, so that a
 * large catalog is never held twice.
 */
export async function forEachCatalogPage(
  catalog: CatalogService,
  credentials: BackstageCredentials,
  request: { fields: string[]; pageSize: number },
  onPage: (entities: Entity[]) => void,
): Promise<void> {
  const { fields, pageSize: limit } = request;
  let cursor: string | undefined;
  do {
    const { items, pageInfo } = await catalog.queryEntities(
      cursor
        ? { cursor, fields, limit }
        : // The graph never shows a total, and counting costs the catalog a query.
          { fields, limit, totalItems: 'exclude' },
      { credentials },
    );
    onPage(items);
    cursor = pageInfo.nextCursor;
  } while (cursor);
}

/**
 * The entities behind `refs`, with only `fields`, in the order asked for;
 * undefined for a ref the catalog no longer holds.
 */
export async function fetchEntities(
  catalog: CatalogService,
  credentials: BackstageCredentials,
  request: { refs: string[]; fields: string[] },
): Promise<Array<Entity | undefined>> {
  const found: Array<Entity | undefined> = [];
  for (const entityRefs of inChunks(request.refs, FETCH_CHUNK_SIZE)) {
    const { items } = await catalog.getEntitiesByRefs(
      { entityRefs, fields: request.fields },
      { credentials },
    );
    found.push(...items);
  }
  return found;
}
