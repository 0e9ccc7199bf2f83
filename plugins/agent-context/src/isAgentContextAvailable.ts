import { Entity } from '@backstage/catalog-model';

/**
 * The kinds the backend assembles context for: the things agents change and
 * the systems that group them. Groups and users are owners, not subjects.
 */
export const agentContextEntityKinds = [
  'component',
  'api',
  'resource',
  'system',
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
