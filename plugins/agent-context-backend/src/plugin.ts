import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import {
  AGENT_CONTEXT_PLUGIN_ID,
  agentContextPermissions,
} from '@agent-context/plugin-agent-context-common';
import {
  ContextContributor,
  ConventionSource,
  agentContextContributorsExtensionPoint,
  agentContextConventionSourcesExtensionPoint,
  agentContextServiceProviderRef,
} from '@agent-context/plugin-agent-context-node';
import { registerActions } from './actions';
import { AgentsMdService } from './agentsMd/AgentsMdService';
import {
  CachedEntityContextService,
  CatalogEntityContextService,
} from './context';
import { CachedCatalogAiResources } from './conventions/CachedCatalogAiResources';
import { CodexExporter } from './conventions/CodexExporter';
import { ConventionAwareContextService } from './conventions/ConventionAwareContextService';
import { ConventionEditors } from './conventions/ConventionEditors';
import { ConventionLayers } from './conventions/ConventionLayers';
import { ConventionsService } from './conventions/ConventionsService';
import {
  CatalogAiResourceConventions,
  EntityFileReader,
  RepositoryConventionsReader,
  builtInConventionSources,
  readConfigCodex,
  readConventionAdmins,
  scheduleRepositoryConventionsRefresh,
} from './conventions/sources';
import { ContributedSectionsContextService } from './contributors/ContributedSectionsContextService';
import { InProcessAgentContextService } from './inProcess';
import {
  DatabaseConventionStore,
  DatabaseRepositoryConventionsStore,
  applyConventionMigrations,
} from './conventions/store';
import { createRouter } from './service/router';
import { readAgentsMdBudget } from './readAgentsMdBudget';
import { readContextLimits } from './readContextLimits';
import {
  CatalogSkillsIndex,
  SKILLS_INDEX_PATHS,
  createSkillsIndexRouter,
} from './skills';

/** See CachedEntityContextService for why this is short but not zero. */
const DEFAULT_CACHE_TTL_SECONDS = 30;

/**
 * The agent-context backend plugin, mounted at `/api/agent-context`, with
 * the organisation's skills index at the portal's root.
 *
 * @public
 */
export const agentContextPlugin = createBackendPlugin({
  pluginId: AGENT_CONTEXT_PLUGIN_ID,
  register(env) {
    // Modules register before the plugin initialises; the plugin's own
    // sources go first, then the modules' in the order they came.
    const moduleSources: ConventionSource[] = [];
    env.registerExtensionPoint(agentContextConventionSourcesExtensionPoint, {
      addConventionSource(...sources) {
        moduleSources.push(...sources);
      },
    });
    const contributors: ContextContributor[] = [];
    env.registerExtensionPoint(agentContextContributorsExtensionPoint, {
      addContextContributor(...added) {
        contributors.push(...added);
      },
    });

    env.registerInit({
      deps: {
        httpRouter: coreServices.httpRouter,
        rootHttpRouter: coreServices.rootHttpRouter,
        auth: coreServices.auth,
        httpAuth: coreServices.httpAuth,
        userInfo: coreServices.userInfo,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        auditor: coreServices.auditor,
        config: coreServices.rootConfig,
        cache: coreServices.cache,
        database: coreServices.database,
        scheduler: coreServices.scheduler,
        urlReader: coreServices.urlReader,
        logger: coreServices.logger,
        catalog: catalogServiceRef,
        actionsRegistry: actionsRegistryServiceRef,
        serviceProvider: agentContextServiceProviderRef,
      },
      async init(deps) {
        const { config, catalog, auth, logger } = deps;
        // Configuration errors stop the backend here, naming the bad entry.
        const configCodex = readConfigCodex(config);
        const admins = readConventionAdmins(config);
        const agentsMdBudget = readAgentsMdBudget(config);
        deps.permissionsRegistry.addPermissions(agentContextPermissions);

        const knex = await applyConventionMigrations(deps.database);
        const store = DatabaseConventionStore.create({ knex });
        const repositoryStore = DatabaseRepositoryConventionsStore.create({
          knex,
        });
        const files = EntityFileReader.create({ urlReader: deps.urlReader });
        const repositoryReader = RepositoryConventionsReader.create({
          catalog,
          auth,
          files,
          store: repositoryStore,
          logger,
        });
        await scheduleRepositoryConventionsRefresh({
          scheduler: deps.scheduler,
          config,
          reader: repositoryReader,
        });

        const cacheTtlSeconds =
          config.getOptionalNumber('agentContext.cache.ttlSeconds') ??
          DEFAULT_CACHE_TTL_SECONDS;
        const catalogContext = CachedEntityContextService.create({
          inner: CatalogEntityContextService.create({
            catalog,
            limits: readContextLimits(config),
          }),
          cache: deps.cache,
          ttlSeconds: cacheTtlSeconds,
        });
        const layers = ConventionLayers.create({
          sources: [
            ...builtInConventionSources({
              configCodex,
              catalogAiResources: CachedCatalogAiResources.create({
                inner: CatalogAiResourceConventions.create({ catalog }),
                cache: deps.cache,
                ttlSeconds: cacheTtlSeconds,
              }),
              repositoryStore,
              store,
            }),
            ...moduleSources,
          ],
        });
        const conventionsService = new ConventionsService({
          catalog,
          contextService: catalogContext,
          layers,
          editors: new ConventionEditors({
            auth,
            permissions: deps.permissions,
            userInfo: deps.userInfo,
            admins,
            permissionFrameworkEnabled:
              config.getOptionalBoolean('permission.enabled') ?? false,
          }),
          store,
          repositoryStore,
          auditor: deps.auditor,
          repositoryReader,
        });
        const contextService = ContributedSectionsContextService.create({
          inner: new ConventionAwareContextService(
            catalogContext,
            conventionsService,
            // The backend serves the index at its root; in production the
            // frontend is served from the same origin.
            `${
              config.getOptionalString('backend.baseUrl') ??
              config.getString('app.baseUrl')
            }${SKILLS_INDEX_PATHS[0]}`,
          ),
          contributors,
          logger,
        });
        const agentsMdService = AgentsMdService.create({
          portalUrl: config.getString('app.baseUrl'),
          defaultBudget: agentsMdBudget,
        });

        registerActions({
          actionsRegistry: deps.actionsRegistry,
          auth,
          catalog,
          contextService,
          agentsMdService,
          conventionsService,
        });
        deps.httpRouter.use(
          await createRouter({
            auth,
            httpAuth: deps.httpAuth,
            catalog,
            contextService,
            agentsMdService,
            conventionsService,
            codexExporter: new CodexExporter({
              catalog,
              sources: layers.exportedSources,
            }),
          }),
        );

        // On the root router, so no auth policy applies: the router asks
        // for credentials itself unless the index is configured public.
        const skillsRouter = createSkillsIndexRouter({
          skills: CatalogSkillsIndex.create({ catalog, auth, files, logger }),
          auth,
          httpAuth: deps.httpAuth,
          publicIndex:
            config.getOptionalBoolean('agentContext.skills.publicIndex') ??
            false,
        });
        for (const path of SKILLS_INDEX_PATHS) {
          deps.rootHttpRouter.use(path, skillsRouter);
        }

        // Other plugins of this backend read contexts in-process, through
        // agentContextServiceRef, with the caller's credentials.
        deps.serviceProvider.provide(
          new InProcessAgentContextService({
            auth,
            contextService,
            agentsMdService,
          }),
        );
      },
    });
  },
});
