import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { Knex } from 'knex';
import { ConventionLayers } from '../conventions/ConventionLayers';
import { PlacementService } from '../answers/ContextAnswers';
import { AdoptionUsageReader } from './AdoptionUsageReader';
import { LayeredReadinessConventions } from './ReadinessConventionFacts';
import { ReadinessGraph, ReadinessIndex } from './ReadinessIndex';
import { ReadinessScorer } from './ReadinessScorer';
import { ReadinessService } from './ReadinessService';
import { ReadinessContextService } from './ReadinessContextService';
import { answerGraphOf } from './answerGraphOf';
import { EntityContextService } from '../context';
import { readReadinessOptions } from './readReadinessOptions';

/**
 * Builds readiness from the plugin's parts, so that the plugin wires it in
 * one call. A bad `agentContext.readiness` entry stops the backend here.
 */
export function createReadiness(options: {
  config: Config;
  knex: Knex;
  graph: ReadinessGraph;
  placements: PlacementService;
  layers: ConventionLayers;
  auth: AuthService;
  logger: LoggerService;
  visibilities: ConstructorParameters<
    typeof ReadinessService
  >[0]['visibilities'];
  scopeChanges?: {
    onChange(listener: (scopes: string[]) => void): () => void;
  };
}): {
  index: ReadinessIndex;
  service: ReadinessService;
  /** Contexts with their readiness summary. */
  contexts(inner: EntityContextService): EntityContextService;
  /**
   * The graph as the shared answers follow it: an entity whose readiness
   * summary changed counts as changed, so its answers are rebuilt.
   */
  answerGraph: ReadinessGraph;
} {
  const { config, auth } = options;
  const readinessOptions = readReadinessOptions(config);
  const index = ReadinessIndex.create({
    graph: options.graph,
    scorer: new ReadinessScorer({
      checks: readinessOptions.checks,
      appBaseUrl: config.getString('app.baseUrl'),
      usageGuideUrl: readinessOptions.usageGuideUrl,
    }),
    conventions: new LayeredReadinessConventions({
      placements: options.placements,
      layers: options.layers,
      credentials: () => auth.getOwnServiceCredentials(),
    }),
    usage: new AdoptionUsageReader(options.knex),
    usageWindowDays: readinessOptions.usageWindowDays,
    logger: options.logger,
    scopeChanges: options.scopeChanges,
  });
  const { graph } = options;
  return {
    index,
    contexts: inner =>
      new ReadinessContextService(inner, index, options.logger),
    answerGraph: answerGraphOf(graph, index),
    service: new ReadinessService({
      index,
      visibilities: options.visibilities,
    }),
  };
}
