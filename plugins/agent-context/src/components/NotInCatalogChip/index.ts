export { NotInCatalogChip } from './NotInCatalogChip';
