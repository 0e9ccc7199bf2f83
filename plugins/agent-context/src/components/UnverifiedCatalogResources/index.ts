export { UnverifiedCatalogResources } from './UnverifiedCatalogResources';
export type { UnverifiedCatalogResourcesProps } from './UnverifiedCatalogResources';
