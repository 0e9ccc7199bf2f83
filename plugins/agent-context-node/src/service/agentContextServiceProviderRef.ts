import {
  coreServices,
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';
import { AGENT_CONTEXT_PLUGIN_ID } from '@agent-context/plugin-agent-context-common';
import { agentContextServiceHandOffRef } from './agentContextServiceHandOffRef';
import type { AgentContextService } from './agentContextServiceRef';

/**
 * How the agent-context plugin provides `agentContextServiceRef`.
 *
 * @public
 */
export interface AgentContextServiceProvider {
  /**
   * Makes the implementation every other plugin's `agentContextServiceRef`
   * answers with. Only the agent-context plugin may call it, once; any
   * other caller gets an error.
   */
  provide(service: AgentContextService): void;
}

/**
 * For the agent-context backend plugin only: where it provides the
 * implementation behind `agentContextServiceRef`. Other plugins use
 * `agentContextServiceRef`.
 *
 * @public
 */
export const agentContextServiceProviderRef =
  createServiceRef<AgentContextServiceProvider>({
    id: 'agent-context.service-provider',
    scope: 'plugin',
    defaultFactory: async service =>
      createServiceFactory({
        service,
        deps: {
          handOff: agentContextServiceHandOffRef,
          plugin: coreServices.pluginMetadata,
        },
        factory: ({ handOff, plugin }): AgentContextServiceProvider => ({
          provide(implementation) {
            // Any plugin could ask for this service; only one may answer
            // for agent-context.
            if (plugin.getId() !== AGENT_CONTEXT_PLUGIN_ID) {
              throw new Error(
                `Only the ${AGENT_CONTEXT_PLUGIN_ID} plugin provides the agent-context service, not '${plugin.getId()}'`,
              );
            }
            handOff.provide(implementation);
          },
        }),
      }),
  });
