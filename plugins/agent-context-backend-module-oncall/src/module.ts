import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { agentContextContributorsExtensionPoint } from '@agent-context/plugin-agent-context-node';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { OnCallContributor } from './OnCallContributor';

/**
 * Adds the On-call section to every entity's context and AGENTS.md.
 *
 * @public
 */
export const agentContextModuleOnCall = createBackendModule({
  pluginId: 'agent-context',
  moduleId: 'oncall',
  register(reg) {
    reg.registerInit({
      deps: {
        contributors: agentContextContributorsExtensionPoint,
        config: coreServices.rootConfig,
        catalog: catalogServiceRef,
      },
      async init({ contributors, config, catalog }) {
        contributors.addContextContributor(
          OnCallContributor.fromConfig(config, { catalog }),
        );
      },
    });
  },
});
