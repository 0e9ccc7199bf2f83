import {
  AdoptionDetailOf,
  AdoptionList,
  AdoptionListItem,
  AdoptionListQuery,
  AdoptionOverview,
  EntityReadiness,
  ReadinessListQuery,
  ReadinessPage,
  isWithheld,
} from '@agent-context/plugin-agent-context-common';
import {
  sampleListOf,
  sampleOverview,
  sampleReadiness,
  sampleReadinessItems,
  sampleServiceAdoption,
  sampleServiceItems,
  sampleTeamItems,
} from '../src/__fixtures__/adoption';

/** The sort value of an item: withheld figures sort last, as the backend does. */
function sortValue(item: AdoptionListItem, sort: string): number | string {
  if (sort === 'ref') {
    return item.ref;
  }
  const figure = item.totals[sort as keyof AdoptionListItem['totals']];
  return typeof figure === 'number' ? figure : Number.NEGATIVE_INFINITY;
}

/** A list answered from the samples, filtered and sorted like the backend's. */
function listOf(
  items: AdoptionListItem[],
  query: AdoptionListQuery = {},
): AdoptionList {
  const sort = query.sort ?? 'activeUsers';
  const direction =
    (query.order ?? (sort === 'ref' ? 'asc' : 'desc')) === 'asc' ? 1 : -1;
  const matching = items
    .filter(item => !query.owner || item.owner?.endsWith(query.owner))
    .filter(item => !query.system || item.system?.endsWith(query.system))
    .filter(item => !query.lifecycle || item.lifecycle === query.lifecycle)
    .sort((a, b) => {
      const [x, y] = [sortValue(a, sort), sortValue(b, sort)];
      if (
        isWithheld(a.totals.activeUsers) !== isWithheld(b.totals.activeUsers)
      ) {
        return isWithheld(a.totals.activeUsers) ? 1 : -1;
      }
      if (x === y) {
        return 0;
      }
      return x < y ? -direction : direction;
    });
  return sampleListOf(matching);
}

/** The adoption and readiness answers of the dev app. */
export const sampleAdoption = {
  overview: (): AdoptionOverview => ({
    ...sampleOverview,
    demo: { message: 'Sample figures of the dev app.' },
  }),
  teams: (query?: AdoptionListQuery) => listOf(sampleTeamItems, query),
  entities: (query?: AdoptionListQuery) => listOf(sampleServiceItems, query),
  entity: (ref: string): AdoptionDetailOf => ({
    ...sampleServiceAdoption,
    entity: { ...sampleServiceAdoption.entity, ref },
  }),
  readinessList: (query: ReadinessListQuery = {}): ReadinessPage => {
    const items = sampleReadinessItems.filter(
      item => !query.owner || item.owner?.endsWith(query.owner),
    );
    return {
      items: items.slice(0, query.limit ?? 50),
      totalItems: items.length,
    };
  },
  readiness: (ref: string): EntityReadiness => ({
    ...sampleReadiness,
    entityRef: ref,
  }),
};
