import { TestDatabases } from '@backstage/backend-test-utils';
import { createBackendModule } from '@backstage/backend-plugin-api';
import { catalogLocationsExtensionPoint } from '@backstage/plugin-catalog-node';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import {
  ExamplePortal,
  guestAuthorization,
  startExamplePortal,
} from './__testUtils__/startExamplePortal';

/**
 * The catalog graph follows the real catalog: an entity registered,
 * edited and unregistered shows in the contexts of the entity itself and
 * of those it relates to, on both sides of each relation, within the
 * graph's refresh interval of the catalog showing it. The test portal
 * refreshes the graph every second.
 */

/** Lets the test register a catalog file of its own through the API. */
const fileLocationsModule = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'test-file-locations',
  register(reg) {
    reg.registerInit({
      deps: { locations: catalogLocationsExtensionPoint },
      async init({ locations }) {
        locations.setAllowedLocationTypes(['url', 'file']);
      },
    });
  },
});

const API = '/api/agent-context';
const PROBE = 'component/default/graph-probe';
const CHECKOUT = 'component/default/checkout-service';

function probeYaml(description: string): string {
  return [
    'apiVersion: backstage.io/v1alpha1',
    'kind: Component',
    'metadata:',
    '  name: graph-probe',
    `  description: ${description}`,
    'spec:',
    '  type: service',
    '  lifecycle: experimental',
    '  owner: group:default/checkout-team',
    '  dependsOn: [component:default/checkout-service]',
    '',
  ].join('\n');
}

/** Polls until `check` passes; returns how long it took. */
async function eventually(
  what: string,
  check: () => Promise<boolean>,
  timeoutMs = 60_000,
): Promise<number> {
  const start = Date.now();
  for (;;) {
    if (await check()) {
      return Date.now() - start;
    }
    if (Date.now() - start > timeoutMs) {
      throw new Error(`Timed out waiting until ${what}`);
    }
    await new Promise(resolve => setTimeout(resolve, 100));
  }
}

const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

describe.each(databases.eachSupportedId())(
  'the graph follows the catalog, on %s',
  databaseId => {
    let server: ExamplePortal;
    let directory: string;

    beforeAll(async () => {
      server = await startExamplePortal(databases, databaseId, {
        features: [fileLocationsModule],
      });
      directory = mkdtempSync(join(tmpdir(), 'graph-probe-'));
    }, 240_000);

    afterAll(() => rmSync(directory, { recursive: true, force: true }));

    const get = (path: string) =>
      request(server).get(path).set('Authorization', guestAuthorization);
    const catalogDescription = async () =>
      (await get(`/api/catalog/entities/by-name/${PROBE}`)).body?.metadata
        ?.description;
    const contextOf = async (path: string) => {
      const response = await get(`${API}/v1/entities/${path}/context`);
      return response.status === 200 ? response.body : undefined;
    };
    const checkoutDependents = async () =>
      ((await contextOf(CHECKOUT))?.dependencies.dependedOnBy ?? []).map(
        (entity: { ref: string }) => entity.ref,
      );

    it('adds, changes and removes an entity in every context it touches', async () => {
      const file = join(directory, 'catalog-info.yaml');
      writeFileSync(file, probeYaml('First version.'));
      const location = await request(server)
        .post('/api/catalog/locations')
        .set('Authorization', guestAuthorization)
        .send({ type: 'file', target: file });
      expect(location.status).toBe(201);

      // Registered: its own context, and the other end of its relation.
      await eventually(
        'the catalog holds the probe',
        async () => (await catalogDescription()) === 'First version.',
      );
      const arrival = await eventually(
        'the context shows the probe',
        async () =>
          (
            await checkoutDependents()
          ).includes('component:default/graph-probe'),
      );
      expect((await contextOf(PROBE))?.entity.description).toBe(
        'First version.',
      );

      // Edited: the catalog shows it first, the context within the bound.
      writeFileSync(file, probeYaml('Second version.'));
      await request(server)
        .post('/api/catalog/refresh')
        .set('Authorization', guestAuthorization)
        .send({ entityRef: `location:default/${location.body.location.id}` });
      await eventually(
        'the catalog shows the edit',
        async () => (await catalogDescription()) === 'Second version.',
      );
      const edit = await eventually(
        'the context shows the edit',
        async () =>
          (await contextOf(PROBE))?.entity.description === 'Second version.',
      );

      // Unregistered: gone from its own context and from its neighbour's.
      const removed = await request(server)
        .delete(`/api/catalog/locations/${location.body.location.id}`)
        .set('Authorization', guestAuthorization);
      expect(removed.status).toBe(204);
      await eventually(
        'the catalog forgets the probe',
        async () =>
          (await get(`/api/catalog/entities/by-name/${PROBE}`)).status === 404,
      );
      const departure = await eventually(
        'the contexts forget the probe',
        async () =>
          !(
            await checkoutDependents()
          ).includes('component:default/graph-probe'),
      );
      expect(await contextOf(PROBE)).toBeUndefined();

      // One second between deltas, plus the delta itself and the polling.
      for (const lag of [edit, departure]) {
        expect(lag).toBeLessThan(5_000);
      }
      expect(arrival).toBeLessThan(60_000);
    }, 180_000);
  },
);
