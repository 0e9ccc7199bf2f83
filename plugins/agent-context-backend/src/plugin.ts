import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { AGENT_CONTEXT_PLUGIN_ID } from '@agent-context/plugin-agent-context-common';
import { registerActions } from './actions';
import { AgentsMdService } from './agentsMd/AgentsMdService';
import {
  CachedEntityContextService,
  CatalogEntityContextService,
} from './context';
import { createRouter } from './service/router';
import { readContextLimits } from './readContextLimits';

/** See CachedEntityContextService for why this is short but not zero. */
const DEFAULT_CACHE_TTL_SECONDS = 30;

/**
 * The agent-context backend plugin, mounted at `/api/agent-context`.
 *
 * @public
 */
export const agentContextPlugin = createBackendPlugin({
  pluginId: AGENT_CONTEXT_PLUGIN_ID,
  register(env) {
    env.registerInit({
      deps: {
        httpRouter: coreServices.httpRouter,
        auth: coreServices.auth,
        httpAuth: coreServices.httpAuth,
        config: coreServices.rootConfig,
        cache: coreServices.cache,
        catalog: catalogServiceRef,
        actionsRegistry: actionsRegistryServiceRef,
      },
      async init({
        httpRouter,
        auth,
        httpAuth,
        config,
        cache,
        catalog,
        actionsRegistry,
      }) {
        const agentsMdService = AgentsMdService.create({
          portalUrl: config.getString('app.baseUrl'),
        });
        const contextService = CachedEntityContextService.create({
          inner: CatalogEntityContextService.create({
            catalog,
            limits: readContextLimits(config),
          }),
          cache,
          ttlSeconds:
            config.getOptionalNumber('agentContext.cache.ttlSeconds') ??
            DEFAULT_CACHE_TTL_SECONDS,
        });
        registerActions({
          actionsRegistry,
          auth,
          catalog,
          contextService,
          agentsMdService,
        });
        httpRouter.use(
          await createRouter({
            auth,
            httpAuth,
            catalog,
            contextService,
            agentsMdService,
          }),
        );
      },
    });
  },
});
