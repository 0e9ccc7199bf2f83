import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { agentContextConventionSourcesExtensionPoint } from '@agent-context/plugin-agent-context-node';
import { HandbookConventionSource } from './HandbookConventionSource';
import { readHandbook } from './readHandbook';

/**
 * Adds the engineering handbook, a directory of YAML files, as a source of
 * read-only conventions.
 *
 * @public
 */
export const agentContextModuleHandbook = createBackendModule({
  pluginId: 'agent-context',
  moduleId: 'handbook',
  register(reg) {
    reg.registerInit({
      deps: {
        sources: agentContextConventionSourcesExtensionPoint,
        config: coreServices.rootConfig,
        logger: coreServices.logger,
      },
      async init({ sources, config, logger }) {
        const directory = config.getString('agentContext.handbook.directory');
        const conventions = await readHandbook(directory);
        logger.info(
          `Read ${conventions.length} conventions from the handbook in ${directory}`,
        );
        sources.addConventionSource(
          new HandbookConventionSource(
            conventions,
            config.getOptionalNumber('agentContext.handbook.precedence'),
          ),
        );
      },
    });
  },
});
