import {
  BackstageCredentials,
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
import { mountAdoption } from './adoption/mountAdoption';
import { AgentsMdService } from './agentsMd/AgentsMdService';
import { AnswerCache, ContextAnswers, ScopeChangeFeed } from './answers';
import { CatalogEntityContextService } from './context';
import { CachedCatalogAiResources } from './conventions/CachedCatalogAiResources';
import { CodexExporter } from './conventions/CodexExporter';
import { ConventionAwareContextService } from './conventions/ConventionAwareContextService';
import { ConventionEditors } from './conventions/ConventionEditors';
import { ConventionLayers } from './conventions/ConventionLayers';
import { ConventionsService } from './conventions/ConventionsService';
import {
  CatalogAiResourceConventions,
  EntityFileReader,
  GraphAiResourceReader,
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
import { CatalogGraph, findEntityRefForRepository } from './graph';
import { createRouter } from './service/router';
import { readAnswerCacheOptions } from './readAnswerCacheOptions';
import { CatalogReadVisibilities } from './visibility';
import { readAgentsMdBudget } from './readAgentsMdBudget';
import { readContextLimits } from './readContextLimits';
import { createReadiness } from './readiness';
import {
  CatalogSkillsIndex,
  SKILLS_INDEX_PATHS,
  createSkillsIndexRouter,
} from './skills';

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
        lifecycle: coreServices.lifecycle,
        config: coreServices.rootConfig,
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

        const cacheOptions = readAnswerCacheOptions(config);
        // Every context is assembled from this in-process copy of the
        // catalog's entities and relations, kept current by a delta every
        // few seconds; who may see what is decided per request around it.
        const graph = CatalogGraph.create({
          catalog,
          auth,
          logger,
          refreshIntervalSeconds: config.getOptionalNumber(
            'agentContext.graph.refreshIntervalSeconds',
          ),
        });
        graph.start();
        deps.lifecycle.addShutdownHook(() => graph.stop());
        const visibilities = CatalogReadVisibilities.create({
          permissions: deps.permissions,
          catalog,
          graph,
        });
        const graphContexts = CatalogEntityContextService.fromGraph({
          graph,
          limits: readContextLimits(config),
        });

        const catalogAiResources = CachedCatalogAiResources.create({
          inner: CatalogAiResourceConventions.create({
            reader: new GraphAiResourceReader(graph, visibilities),
          }),
          ttlSeconds: cacheOptions.maxAgeSeconds,
        });
        graph.onChange(({ changed, removed }) => {
          if (
            [...changed, ...removed].some(ref => ref.startsWith('airesource:'))
          ) {
            catalogAiResources.clear();
          }
        });
        const layers = ConventionLayers.create({
          sources: [
            ...builtInConventionSources({
              configCodex,
              catalogAiResources,
              repositoryStore,
              store,
            }),
            ...moduleSources,
          ],
        });
        const scopeChanges = await ScopeChangeFeed.create({
          knex,
          logger,
          pollIntervalSeconds: cacheOptions.changePollSeconds,
        });
        scopeChanges.start();
        deps.lifecycle.addShutdownHook(() => scopeChanges.stop());
        const conventionsService = new ConventionsService({
          catalog,
          placements: graphContexts,
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
          scopeChanges,
        });
        // Scored for every entity at once from the graph; see ADR 0032.
        const readiness = createReadiness({
          config,
          knex,
          graph,
          placements: graphContexts,
          layers,
          auth,
          logger,
          visibilities,
          scopeChanges,
        });

        const contextService = ContributedSectionsContextService.create({
          inner: new ConventionAwareContextService(
            graphContexts,
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
        const answerCache = new AnswerCache({
          maxBytes: cacheOptions.maxBytes,
          maxAgeMs: cacheOptions.maxAgeSeconds * 1000,
        });
        const answers = ContextAnswers.create({
          graph: readiness.answerGraph,
          visibilities,
          contexts: readiness.contexts(contextService),
          placements: graphContexts,
          conventions: conventionsService,
          agentsMd: agentsMdService,
          auth,
          cache: answerCache,
          logger,
          scopeChanges,
        });
        const findRepositoryEntity = async (
          request: { url: string; path?: string },
          credentials: BackstageCredentials,
        ) => {
          await graph.ready();
          const visibility = await visibilities.forCaller(credentials);
          return findEntityRefForRepository(request, graph, refs =>
            visibility.visibleAmong(refs),
          );
        };

        // Adoption, mounted before the plugin's main router: its OTLP
        // receiver and webhook read their bodies raw.
        const adoption = await mountAdoption({
          config,
          knex,
          graph,
          catalog,
          auth,
          httpAuth: deps.httpAuth,
          httpRouter: deps.httpRouter,
          permissions: deps.permissions,
          scheduler: deps.scheduler,
          lifecycle: deps.lifecycle,
          logger,
        });
        const usage = adoption.usage;

        registerActions({
          usage,
          actionsRegistry: deps.actionsRegistry,
          auth,
          answers,
          agentsMdService,
          findRepositoryEntity,
          adoptionQueries: adoption.queries,
          permissions: deps.permissions,
          readiness: readiness.service,
        });
        deps.httpRouter.use(
          await createRouter({
            usage,
            auth,
            httpAuth: deps.httpAuth,
            answers,
            findRepositoryEntity,
            status: () => ({
              graph: graph.stats(),
              answers: answerCache.stats(),
            }),
            agentsMdService,
            conventionsService,
            readiness: readiness.service,
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
            contextService: answers,
            agentsMdService,
          }),
        );
      },
    });
  },
});
