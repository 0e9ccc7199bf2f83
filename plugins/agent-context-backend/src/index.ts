/**
 * Serves catalog entities as context for AI coding agents.
 *
 * @packageDocumentation
 */

export { agentContextPlugin as default } from './plugin';
export { CatalogEntityContextService } from './context';
export type {
  AssemblyScope,
  EntityContextLimits,
  EntityContextRequestOptions,
  EntityContextService,
  GraphEntities,
} from './context';
export { readConventionAdmins } from './conventions/sources';
export { AgentContextPermissionPolicy } from './permissions';
export type {
  AgentContextFallbackPolicy,
  AgentContextPolicyQuery,
  AgentContextPolicyUser,
} from './permissions';
