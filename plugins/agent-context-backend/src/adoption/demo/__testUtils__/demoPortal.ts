import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import type { Knex } from 'knex';
import { applyConventionMigrations } from '../../../conventions/store';
import { CatalogGraph } from '../../../graph';
import { GraphAdoptionAttributor, Pseudonymizer } from '../../attribution';
import { DatabaseConnectorCursorStore } from '../../connectors';
import { createAdoption } from '../../createAdoption';
import { DatabaseOtlpSeriesStore, OtlpReceiver } from '../../otlp';
import { createAdoptionQueries } from '../../query';
import { DEFAULT_AI_ASSISTED_LABELS, defaultKnownAgents } from '../../webhook';
import { DEMO_NOTICE } from '../readDemoOptions';
import { DemoSinks } from '../seedDemoDay';

/**
 * Adoption as mountAdoption assembles it, on a real database and catalog
 * graph: the ingestion, the OTLP receiver, the cursors and the queries,
 * the queries with any minimum group size.
 */
export async function demoPortal(knex: Knex, graph: CatalogGraph) {
  await applyConventionMigrations(mockServices.database({ knex }));
  const configWith = (minimumGroupSize: number) =>
    new ConfigReader({
      agentContext: {
        adoption: {
          retention: { rowsDays: 100 },
          privacy: { minimumGroupSize },
        },
      },
    });
  const { ingestion } = await createAdoption({
    config: configWith(5),
    knex,
    scheduler: mockServices.scheduler.mock(),
    logger: mockServices.logger.mock(),
    attributor: GraphAdoptionAttributor.create({
      graph,
      pseudonymizer: Pseudonymizer.create({
        key: 'a-demo-test-key-of-at-least-32-characters',
      }),
    }),
  });
  const sinks: DemoSinks = {
    receiver: OtlpReceiver.create({
      ingestion,
      series: DatabaseOtlpSeriesStore.create({ knex }),
      logger: mockServices.logger.mock(),
    }),
    ingestion,
    pullRequestRules: {
      aiAssistedLabels: DEFAULT_AI_ASSISTED_LABELS,
      agents: defaultKnownAgents(),
    },
  };
  return {
    sinks,
    cursors: DatabaseConnectorCursorStore.create({ knex }),
    /** The queries, withholding below the minimum group size (default 5). */
    queries: (minimumGroupSize = 5) =>
      createAdoptionQueries({
        knex,
        catalog: graph,
        config: configWith(minimumGroupSize),
        demo: DEMO_NOTICE,
      }),
  };
}
