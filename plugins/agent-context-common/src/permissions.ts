import { RESOURCE_TYPE_CATALOG_ENTITY } from '@backstage/plugin-catalog-common/alpha';
import { createPermission } from '@backstage/plugin-permission-common';

/**
 * Write the conventions recorded at a catalog entity's scope (a domain,
 * system, group or the entity itself). Bound to the entity, so a policy can
 * grant it conditionally; the app's policy grants it to the entity's owners.
 *
 * @public
 */
export const conventionsUpdatePermission = createPermission({
  name: 'agent-context.conventions.update',
  attributes: { action: 'update' },
  resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
});

/**
 * Write the global scope, the organisation's codex. Not bound to a
 * resource; the app's policy grants it to the admin groups in
 * `agentContext.conventions.admins`.
 *
 * @public
 */
export const codexUpdatePermission = createPermission({
  name: 'agent-context.codex.update',
  attributes: { action: 'update' },
});

/**
 * Every permission of the suite, for the permission registry.
 *
 * @public
 */
export const agentContextPermissions = [
  conventionsUpdatePermission,
  codexUpdatePermission,
];
