/**
 * Serves catalog entities as context for AI coding agents.
 *
 * @packageDocumentation
 */

import { createBackendFeatureLoader } from '@backstage/backend-plugin-api';
import { agentContextServiceFactory } from './inProcess';
import { agentContextPlugin } from './plugin';

/**
 * The agent-context plugin, with the service that lets other plugins of the
 * same backend read contexts in-process (`agentContextServiceRef` of
 * `@agent-context/plugin-agent-context-node`).
 *
 * @public
 */
export default createBackendFeatureLoader({
  loader() {
    return [agentContextPlugin, agentContextServiceFactory];
  },
});
export { CatalogEntityContextService } from './context';
export type { EntityContextService } from './context';
export { readConventionAdmins } from './conventions/sources';
export { AgentContextPermissionPolicy } from './permissions';
export type {
  AgentContextFallbackPolicy,
  AgentContextPolicyQuery,
  AgentContextPolicyUser,
} from './permissions';
