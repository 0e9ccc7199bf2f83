import {
  AdoptionList,
  AdoptionListItem,
  AdoptionListQuery,
} from '@agent-context/plugin-agent-context-common';

/** The largest page the adoption lists answer. */
export const LARGEST_PAGE = 500;

/**
 * Every item of a team or entity list that matches the query, read page
 * after page by cursor, for an export of the whole list and not only the
 * page on screen.
 */
export async function fetchAllPages(
  list: (query: AdoptionListQuery) => Promise<AdoptionList>,
  query: AdoptionListQuery,
): Promise<AdoptionListItem[]> {
  const { offset: _offset, cursor: _cursor, ...filters } = query;
  const items: AdoptionListItem[] = [];
  const seen = new Set<string>();
  let cursor: string | undefined;
  do {
    const page = await list({ ...filters, limit: LARGEST_PAGE, cursor });
    items.push(...page.items);
    cursor = page.nextCursor;
    // A cursor answered twice would loop for ever; stop rather than hang.
    if (cursor !== undefined && seen.has(cursor)) {
      throw new Error(`The list answered the cursor '${cursor}' twice`);
    }
    if (cursor !== undefined) {
      seen.add(cursor);
    }
  } while (cursor !== undefined);
  return items;
}
