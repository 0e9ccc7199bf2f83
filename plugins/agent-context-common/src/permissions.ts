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
 * Read the adoption figures (overview, teams, entities and the MCP action).
 * Not bound to a resource: the figures are aggregates with a minimum group
 * size, never about one person.
 *
 * @public
 */
export const adoptionReadPermission = createPermission({
  name: 'agent-context.adoption.read',
  attributes: { action: 'read' },
});

/**
 * Send usage rows: OTLP telemetry and the push API. Coding agents send with
 * an external-access token; a policy grants this to the principals that may.
 *
 * @public
 */
export const adoptionIngestPermission = createPermission({
  name: 'agent-context.adoption.ingest',
  attributes: { action: 'create' },
});

/**
 * Every permission of the suite, for the permission registry.
 *
 * @public
 */
export const agentContextPermissions = [
  conventionsUpdatePermission,
  codexUpdatePermission,
  adoptionReadPermission,
  adoptionIngestPermission,
];
