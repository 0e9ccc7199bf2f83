import { createPermission } from '@backstage/plugin-permission-common';

/**
 * The catalog's permission to read entities, identical in name, attributes
 * and resource type to `catalogEntityReadPermission` of the catalog's common
 * package: policies tell permissions apart by exactly these, so a decision
 * for this one is the decision the catalog gets for its own.
 *
 * Defined here only because this package does not depend on the catalog's
 * common package; once it does, import the catalog's constant instead.
 */
export const catalogEntityReadPermission = createPermission({
  name: 'catalog.entity.read',
  attributes: { action: 'read' },
  resourceType: 'catalog-entity',
});

/** The resource type of catalog entities in permission conditions. */
export const CATALOG_ENTITY_RESOURCE_TYPE =
  catalogEntityReadPermission.resourceType;
