import {
  coreServices,
  createBackendPlugin,
  BackendFeature,
} from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import type { Knex } from 'knex';
import { applyConventionMigrations } from '../../../conventions/store/applyMigrations';
import { createOtlpRouter } from '../createOtlpRouter';
import { DatabaseOtlpSeriesStore } from '../DatabaseOtlpSeriesStore';
import { OtlpReceiver } from '../OtlpReceiver';
import { DEFAULT_OTLP_MAX_BODY_BYTES } from '../readOtlpOptions';
import { InMemoryAdoptionIngestion } from '../../../__testUtils__/InMemoryAdoptionIngestion';

/**
 * A backend serving only the OTLP routes, as the plugin mounts them, on
 * `knex` (migrated here), handing rows to `ingestion`. A second one on the
 * same database is the portal restarted.
 */
export async function startOtlpReceiver(options: {
  knex: Knex;
  ingestion: InMemoryAdoptionIngestion;
  maxBodyBytes?: number;
  features?: BackendFeature[];
}) {
  let receiver: OtlpReceiver | undefined;
  const plugin = createBackendPlugin({
    pluginId: 'agent-context',
    register(env) {
      env.registerInit({
        deps: {
          httpRouter: coreServices.httpRouter,
          httpAuth: coreServices.httpAuth,
          permissions: coreServices.permissions,
          database: coreServices.database,
          logger: coreServices.logger,
        },
        async init(deps) {
          const knex = await applyConventionMigrations(deps.database);
          receiver = OtlpReceiver.create({
            ingestion: options.ingestion,
            series: DatabaseOtlpSeriesStore.create({ knex }),
            logger: deps.logger,
          });
          deps.httpRouter.use(
            createOtlpRouter({
              httpAuth: deps.httpAuth,
              permissions: deps.permissions,
              receiver,
              maxBodyBytes: options.maxBodyBytes ?? DEFAULT_OTLP_MAX_BODY_BYTES,
            }),
          );
        },
      });
    },
  });
  const backend = await startTestBackend({
    features: [
      plugin,
      mockServices.database.factory({ knex: options.knex }),
      ...(options.features ?? []),
    ],
  });
  const address = backend.server.address();
  if (!address || typeof address === 'string') {
    throw new Error('The test backend does not listen on a port');
  }
  return {
    backend,
    server: backend.server,
    baseUrl: `http://localhost:${address.port}`,
    receiver: receiver!,
  };
}
