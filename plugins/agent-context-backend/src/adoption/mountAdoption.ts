import {
  AuthService,
  HttpAuthService,
  HttpRouterService,
  LifecycleService,
  LoggerService,
  PermissionsService,
  RootConfigService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import type { Knex } from 'knex';
import { CatalogGraph } from '../graph';
import { GraphAdoptionAttributor } from './attribution';
import {
  DatabaseConnectorCursorStore,
  scheduleAdoptionConnectors,
} from './connectors';
import { createAdoption } from './createAdoption';
import { AdoptionIngestion } from './types';
import { DEMO_NOTICE, readDemoOptions, startDemoSeeding } from './demo';
import { mountAdoptionPushAndWebhook } from './mountAdoptionPushAndWebhook';
import {
  DatabaseOtlpSeriesStore,
  OtlpReceiver,
  createOtlpRouter,
  readOtlpOptions,
  scheduleOtlpSeriesPruning,
} from './otlp';
import {
  AdoptionQueries,
  createAdoptionQueries,
  createAdoptionQueryRouter,
} from './query';
import { UsageRecorder } from './recording';
import {
  DEFAULT_AI_ASSISTED_LABELS,
  defaultKnownAgents,
  readGithubWebhookConfig,
} from './webhook';

/**
 * Wires adoption into the plugin: its storage, every source (OTLP, the
 * push API, GitHub's webhook, the connectors, the suite's own usage) and
 * the figures' routes. Call it before the plugin's other routers are
 * mounted: the OTLP receiver and the webhook read their bodies raw, and a
 * router mounted earlier would parse them as JSON first.
 *
 * Without an `agentContext.adoption` section nothing is received or
 * recorded (there is no key to pseudonymise users with); the figures'
 * routes still answer, from whatever the database holds.
 */
export async function mountAdoption(deps: {
  config: RootConfigService;
  knex: Knex;
  graph: CatalogGraph;
  catalog: CatalogService;
  auth: AuthService;
  httpAuth: HttpAuthService;
  httpRouter: HttpRouterService;
  permissions: PermissionsService;
  scheduler: SchedulerService;
  lifecycle: LifecycleService;
  logger: LoggerService;
}): Promise<{ queries: AdoptionQueries; usage?: UsageRecorder }> {
  const { config, knex, graph, httpAuth, httpRouter, permissions } = deps;
  // Read first: a production backend with the demo on stops here.
  const demo = readDemoOptions(config);
  const queries = createAdoptionQueries({
    knex,
    catalog: graph,
    config,
    ...(demo.enabled && { demo: DEMO_NOTICE }),
  });
  const queryRouter = createAdoptionQueryRouter({
    queries,
    httpAuth,
    permissions,
  });
  if (!config.has('agentContext.adoption')) {
    httpRouter.use(queryRouter);
    return { queries };
  }

  const { ingestion: stored } = await createAdoption({
    config,
    knex,
    scheduler: deps.scheduler,
    logger: deps.logger,
    attributor: GraphAdoptionAttributor.fromConfig({ config, graph }),
  });
  // Every source ingests through this: what it stores shows at once to
  // this backend's readers, whose shared figures it clears.
  const ingestion: AdoptionIngestion = {
    async ingest(rows, options) {
      const result = await stored.ingest(rows, options);
      queries.invalidate();
      return result;
    },
  };

  const otlpOptions = readOtlpOptions(config);
  const otlpSeries = DatabaseOtlpSeriesStore.create({ knex });
  await scheduleOtlpSeriesPruning({
    scheduler: deps.scheduler,
    series: otlpSeries,
    retentionDays: otlpOptions.seriesRetentionDays,
  });
  const otlpReceiver = OtlpReceiver.create({
    ingestion,
    series: otlpSeries,
    logger: deps.logger,
  });
  httpRouter.use(
    createOtlpRouter({
      httpAuth,
      permissions,
      receiver: otlpReceiver,
      maxBodyBytes: otlpOptions.maxBodyBytes,
    }),
  );
  mountAdoptionPushAndWebhook({
    httpRouter,
    httpAuth,
    permissions,
    config,
    logger: deps.logger,
    ingestion,
  });
  httpRouter.use(queryRouter);

  const cursors = DatabaseConnectorCursorStore.create({ knex });
  await scheduleAdoptionConnectors({
    config,
    scheduler: deps.scheduler,
    logger: deps.logger,
    catalog: deps.catalog,
    auth: deps.auth,
    ingestion,
    cursors,
  });
  if (demo.enabled) {
    startDemoSeeding({
      graph,
      cursors,
      sinks: {
        receiver: otlpReceiver,
        ingestion,
        pullRequestRules: readGithubWebhookConfig(config) ?? {
          aiAssistedLabels: DEFAULT_AI_ASSISTED_LABELS,
          agents: defaultKnownAgents(),
        },
      },
      lifecycle: deps.lifecycle,
      logger: deps.logger,
    });
  }

  const usage = UsageRecorder.fromConfig({
    config,
    ingestion,
    logger: deps.logger,
    lifecycle: deps.lifecycle,
  });
  return { queries, usage };
}
