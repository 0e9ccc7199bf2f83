import { createExtensionPoint } from '@backstage/backend-plugin-api';
import { ConventionSource } from './ConventionSource';

/**
 * Adds convention sources to the Agent Context backend.
 *
 * @public
 */
export interface AgentContextConventionSourcesExtensionPoint {
  /**
   * Adds sources, read after the suite's own on every resolution. An id
   * already taken (by a built-in source or another module) stops the
   * backend at startup.
   */
  addConventionSource(...sources: ConventionSource[]): void;
}

/**
 * Where backend modules add convention sources, e.g. conventions kept in
 * an engineering handbook or a standards service.
 *
 * @public
 */
export const agentContextConventionSourcesExtensionPoint =
  createExtensionPoint<AgentContextConventionSourcesExtensionPoint>({
    id: 'agent-context.convention-sources',
  });
