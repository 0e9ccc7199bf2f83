import {
  TestDatabaseId,
  TestDatabases,
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { BackendFeature } from '@backstage/backend-plugin-api';
import agentContextPlugin from '@agent-context/plugin-agent-context-backend';
import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import aiModelModule from '@backstage/plugin-catalog-backend-module-ai-model';
import mcpActionsPlugin from '@backstage/plugin-mcp-actions-backend';
import { readFileSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import request from 'supertest';
import { parseAllDocuments, parse as parseYaml } from 'yaml';

/**
 * The suite on the real catalog, for integration tests: the example
 * organisation ingested from examples/ into a real database, with the MCP
 * actions backend serving our actions as tools.
 */
const POSTGRES_ENV = 'BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING';

/** Test databases: SQLite and a real PostgreSQL, which must be reachable. */
export function createTestDatabases(): TestDatabases {
  if (!process.env[POSTGRES_ENV]) {
    throw new Error(
      `${POSTGRES_ENV} is not set: these tests need a PostgreSQL 15 (scripts/test sets it)`,
    );
  }
  return TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });
}

/** The guest's credentials, as the portal's guest sign-in gives them. */
export const guestAuthorization =
  mockCredentials.user.header('user:default/guest');

const examples = resolvePath(__dirname, '../../../../examples');
const location = (file: string, allow?: string[]) => ({
  type: 'file',
  target: resolvePath(examples, file),
  ...(allow ? { rules: [{ allow }] } : {}),
});
const exampleLocations = [
  location('org.yaml', ['User', 'Group']),
  location('domains.yaml'),
  location('systems.yaml'),
  location('components.yaml'),
  location('apis.yaml'),
  location('resources.yaml'),
  location('ai-resources.yaml', ['AiResource']),
];

/** The portal's app-config.yaml, as it ships. */
export function readAppConfig() {
  return parseYaml(
    readFileSync(resolvePath(__dirname, '../../../../app-config.yaml'), 'utf8'),
  );
}

/**
 * The suite's settings as the portal ships them in app-config.yaml (the
 * codex, its admins and whatever else is set there), so that integration
 * tests and goldens see what a newcomer sees; only the conventions files are
 * read more often, so that tests need not wait for them.
 */
function exampleAgentContextConfig() {
  const { agentContext } = readAppConfig();
  return {
    ...agentContext,
    // A delta every second: tests wait for the graph to catch up with the
    // catalog (`whenGraphCaughtUp`), and then need not wait long.
    graph: { refreshIntervalSeconds: 1 },
    // The tests count what they send themselves; the demo's generated
    // usage would be added to it. Tests that want it turn it on.
    adoption: { ...agentContext.adoption, demo: { enabled: false } },
    conventions: {
      ...agentContext.conventions,
      repository: {
        schedule: {
          frequency: { seconds: 2 },
          timeout: { seconds: 30 },
          initialDelay: { seconds: 1 },
        },
      },
    },
  };
}

/**
 * The configuration of the example portal in tests: the example
 * organisation, our actions served over MCP, and the suite's settings.
 */
export function examplePortalConfig() {
  return {
    app: { baseUrl: 'http://localhost:3000' },
    backend: {
      baseUrl: 'http://localhost:7007',
      actions: { pluginSources: ['catalog', 'agent-context'] },
    },
    mcpActions: { namespacedToolNames: false },
    agentContext: exampleAgentContextConfig(),
    catalog: {
      processingInterval: { seconds: 1 },
      rules: [{ allow: ['Component', 'System', 'API', 'Resource', 'Domain'] }],
      locations: exampleLocations,
    },
  };
}

/** The suite's plugins as the portal adds them, on the real scheduler. */
export const examplePortalFeatures = [
  catalogPlugin,
  aiModelModule,
  agentContextPlugin,
  mcpActionsPlugin,
  // The mock scheduler runs each task once at startup, before the catalog
  // holds anything for the conventions reader to find.
  schedulerServiceFactory,
];

export type ExamplePortal = Awaited<
  ReturnType<typeof startTestBackend>
>['server'];

export async function startExamplePortal(
  databases: TestDatabases,
  databaseId: TestDatabaseId,
  options: {
    /** Modules the test adds to the portal. */
    features?: BackendFeature[];
    /** The database, when the test reads it too; else a new one. */
    knex?: Awaited<ReturnType<TestDatabases['init']>>;
    /** Changes to the example portal's config. */
    configure?: (
      config: ReturnType<typeof examplePortalConfig>,
    ) => ReturnType<typeof examplePortalConfig>;
  } = {},
): Promise<ExamplePortal> {
  const knex = options.knex ?? (await databases.init(databaseId));
  const config = examplePortalConfig();
  const { server } = await startTestBackend({
    features: [
      ...examplePortalFeatures,
      ...(options.features ?? []),
      mockServices.database.factory({ knex }),
      mockServices.rootConfig.factory({
        data: options.configure?.(config) ?? config,
      }),
    ],
  });
  await whenCatalogSettled(server, guestAuthorization);
  await whenGraphCaughtUp(server, guestAuthorization);
  await whenRepositoryConventionsRead(server, guestAuthorization);
  return server;
}

/**
 * Waits until the suite's catalog graph has refreshed since now: called
 * once the catalog has settled, it means every answer from then on is
 * built from the settled catalog.
 */
export async function whenGraphCaughtUp(
  server: ExamplePortal,
  authorization: string,
): Promise<void> {
  const since = new Date().toISOString();
  const deadline = Date.now() + 60_000;
  for (;;) {
    const response = await request(server)
      .get('/api/agent-context/v1/status')
      .set('Authorization', authorization);
    const refreshedAt: string | undefined = response.body.graph?.refreshedAt;
    if (refreshedAt && refreshedAt > since) {
      return;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `The catalog graph did not refresh: ${response.status} ${response.text}`,
      );
    }
    await new Promise(resolve => setTimeout(resolve, 250));
  }
}

/** How many entities the example files declare: one top-level kind each. */
export function countExampleEntities(): number {
  return exampleLocations
    .map(({ target }) => readFileSync(target, 'utf8').match(/^kind:/gm))
    .reduce((sum, kinds) => sum + (kinds?.length ?? 0), 0);
}

/**
 * Waits until every example entity is in the catalog and stitching has
 * stopped adding relations. Tests that compare whole documents would
 * otherwise race the catalog: an entity processed a moment late shows up as
 * "not in catalog" in a neighbour's context.
 */
export async function whenCatalogSettled(
  server: ExamplePortal,
  authorization: string,
): Promise<void> {
  const expected = countExampleEntities();
  const deadline = Date.now() + 90_000;
  let previous = '';
  for (;;) {
    const response = await request(server)
      .get('/api/catalog/entities/by-query?limit=1000&fields=kind,relations')
      .set('Authorization', authorization);
    const entities: any[] = (response.body.items ?? []).filter(
      (entity: any) => entity.kind !== 'Location',
    );
    const relations = entities.reduce(
      (sum, entity) => sum + (entity.relations?.length ?? 0),
      0,
    );
    const snapshot = `${entities.length}/${relations}`;
    if (entities.length === expected && snapshot === previous) {
      return;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `The catalog did not settle: ${snapshot} of ${expected} entities`,
      );
    }
    previous = snapshot;
    await new Promise(resolve => setTimeout(resolve, 1500));
  }
}

/**
 * The scope paths (`kind/namespace/name`) of every example entity that
 * names a conventions-as-code file, read from the example catalog itself.
 */
function annotatedExampleScopes(): string[] {
  return ['components.yaml', 'org.yaml'].flatMap(file =>
    parseAllDocuments(readFileSync(resolvePath(examples, file), 'utf8'))
      .map(document => document.toJS())
      .filter(
        entity =>
          entity?.metadata?.annotations?.['agent-context.io/conventions'],
      )
      .map(
        entity =>
          `${entity.kind.toLocaleLowerCase('en-US')}/${
            entity.metadata.namespace ?? 'default'
          }/${entity.metadata.name}`,
      ),
  );
}

/**
 * Waits until the conventions-as-code reader has read the file of every
 * example entity that names one, which its schedule does a moment after
 * the catalog has the entity (a scope view also reads a file nobody has
 * read yet), so goldens never catch one entity before its file.
 */
export async function whenRepositoryConventionsRead(
  server: ExamplePortal,
  authorization: string,
) {
  const deadline = Date.now() + 60_000;
  for (const scope of annotatedExampleScopes()) {
    for (;;) {
      const response = await request(server)
        .get(`/api/agent-context/v1/conventions/entities/${scope}`)
        .set('Authorization', authorization);
      if (response.body.repository?.lastGoodAt) {
        break;
      }
      if (Date.now() > deadline) {
        throw new Error(
          `The conventions file of ${scope} was not read in time: ${JSON.stringify(
            response.body,
          )}`,
        );
      }
      await new Promise(resolve => setTimeout(resolve, 500));
    }
  }
}

/**
 * Polls an entity's context until the catalog has processed it and its
 * neighbours as far as `ready` needs, then returns it.
 */
export async function contextWhenIngested(
  server: ExamplePortal,
  path: string,
  ready: (body: any) => boolean,
): Promise<any> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const response = await request(server)
      .get(`/api/agent-context/v1/entities/${path}/context`)
      .set('Authorization', guestAuthorization);
    if (response.status === 200 && ready(response.body)) {
      return response.body;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `Catalog did not ingest ${path} in time: ${
          response.status
        } ${JSON.stringify(response.body)}`,
      );
    }
    await new Promise(resolve => setTimeout(resolve, 500));
  }
}

/** Ready once the whole example organisation's relations are in place. */
export const checkoutServiceIngested = (body: any) =>
  body.ownership.parents.length === 3 &&
  body.dependencies.dependsOn.every((d: any) => d.resolved) &&
  body.dependencies.dependedOnBy.length >= 2 &&
  body.blastRadius.entries.length > 0 &&
  body.entity.domain !== undefined;
