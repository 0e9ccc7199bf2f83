import { Entity } from '@backstage/catalog-model';

/**
 * The kinds whose context carries a defined set of relations (the common
 * package's `CONTEXT_RELATIONS`): the things agents change, the systems
 * and domains that group them, and the groups and users that own them.
 */
export const agentContextEntityKinds = [
  'component',
  'api',
  'resource',
  'system',
  'domain',
  'group',
  'user',
] as const;

/**
 * Whether the Agent context tab applies to an entity, for `EntityLayout.Route`'s `if`.
 *
 * @public
 */
export function isAgentContextAvailable(entity: Entity): boolean {
  const kind = entity.kind.toLocaleLowerCase('en-US');
  return agentContextEntityKinds.some(candidate => candidate === kind);
}

/** The kinds that are scopes of the codex without being agent subjects. */
export const conventionScopeKinds = ['group', 'domain'] as const;

/**
 * Whether the Conventions tab applies to an entity (a group or a domain),
 * for `EntityLayout.Route`'s `if`.
 *
 * @public
 */
export function isConventionScope(entity: Entity): boolean {
  const kind = entity.kind.toLocaleLowerCase('en-US');
  return conventionScopeKinds.some(candidate => candidate === kind);
}

/**
 * The kinds the backend scores for agent readiness: the things agents
 * change and the systems that group them.
 */
export const readinessEntityKinds = [
  'component',
  'api',
  'resource',
  'system',
] as const;

/**
 * Whether an entity is scored for agent readiness (a component, API,
 * resource or system), for `EntitySwitch.Case`'s `if` around the readiness
 * overview card.
 *
 * @public
 */
export function isAgentReadinessScored(entity: Entity): boolean {
  const kind = entity.kind.toLocaleLowerCase('en-US');
  return readinessEntityKinds.some(candidate => candidate === kind);
}
