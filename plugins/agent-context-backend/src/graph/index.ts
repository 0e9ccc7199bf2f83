export { CatalogGraph, GRAPH_FIELDS } from './CatalogGraph';
export type { CatalogGraphStats, GraphChange } from './CatalogGraph';
export {
  findEntityRefForRepository,
  repositoryCandidates,
} from './findEntityRefForRepository';
export { userEmailOf } from './UserEmailIndex';
