import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';

export { catalogEntityReadPermission };

/** The resource type of catalog entities in permission conditions. */
export const CATALOG_ENTITY_RESOURCE_TYPE =
  catalogEntityReadPermission.resourceType;
