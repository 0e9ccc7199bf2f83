import { AdoptionDemoNotice } from '@agent-context/plugin-agent-context-common';
import { Config } from '@backstage/config';
import { Knex } from 'knex';
import { AdoptionCatalog } from './AdoptionCatalogView';
import { AdoptionQueries } from './AdoptionQueries';
import { AdoptionRollupReader } from './AdoptionRollupReader';
import { readAdoptionQueryOptions } from './readAdoptionQueryOptions';

export { AdoptionQueries } from './AdoptionQueries';
export type {
  AdoptionDetail,
  AdoptionDetailOf,
  AdoptionList,
  AdoptionListItem,
  AdoptionOverview,
} from './AdoptionQueries';
export type { AdoptionFigure, AdoptionFigures } from './adoptionFigures';
export { parseAdoptionRange } from './adoptionRange';
export { createAdoptionQueryRouter } from './createAdoptionQueryRouter';

/** The adoption queries over the plugin's database and catalog graph. */
export function createAdoptionQueries(options: {
  knex: Knex;
  catalog: AdoptionCatalog;
  config: Config;
  /** Said on the overview while the figures include demo data. */
  demo?: AdoptionDemoNotice;
}): AdoptionQueries {
  return AdoptionQueries.create({
    reader: AdoptionRollupReader.create({ knex: options.knex }),
    catalog: options.catalog,
    ...readAdoptionQueryOptions(options.config),
    ...(options.demo && { demo: options.demo }),
  });
}
