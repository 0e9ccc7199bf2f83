import { createExtensionPoint } from '@backstage/backend-plugin-api';
import { ContextContributor } from './ContextContributor';

/**
 * Adds context contributors to the Agent Context backend.
 *
 * @public
 */
export interface AgentContextContributorsExtensionPoint {
  /**
   * Adds contributors, asked for their section on every context and
   * AGENTS.md request. An id already taken stops the backend at startup.
   */
  addContextContributor(...contributors: ContextContributor[]): void;
}

/**
 * Where backend modules add sections to entities' contexts and AGENTS.md.
 *
 * @public
 */
export const agentContextContributorsExtensionPoint =
  createExtensionPoint<AgentContextContributorsExtensionPoint>({
    id: 'agent-context.contributors',
  });
