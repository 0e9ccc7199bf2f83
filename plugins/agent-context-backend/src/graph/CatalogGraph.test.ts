import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { entity } from '../__fixtures__/entities';
import { CatalogGraph, GRAPH_FIELDS, GraphChange } from './CatalogGraph';
import { VERSION_FIELDS } from './graphFields';

/**
 * A catalog whose entities the test replaces between refreshes; every read
 * is answered by the in-memory catalog mock (which honours `fields` and
 * cursors), through spies that record what was asked.
 */
function changingCatalog(initial: Entity[]) {
  let entities = initial;
  const current = () => catalogServiceMock({ entities });
  const catalog = catalogServiceMock.mock({
    queryEntities: (request, options) =>
      current().queryEntities(request, options),
    getEntitiesByRefs: (request, options) =>
      current().getEntitiesByRefs(request, options),
  });
  return {
    catalog,
    replaceEntities(next: Entity[]) {
      entities = next;
    },
  };
}

const withEtag = (e: Entity, etag: string): Entity => ({
  ...e,
  metadata: { ...e.metadata, etag },
});

const team = (etag: string, owns: string[]) =>
  withEtag(
    entity(
      'Group',
      'Checkout-Team',
      { type: 'team', profile: { displayName: 'Checkout' } },
      [
        ['childOf', 'group:default/commerce'],
        ...owns.map(ref => ['ownerOf', ref] as [string, string]),
      ],
      { title: 'Checkout team' },
    ),
    etag,
  );

const service = withEtag(
  entity(
    'Component',
    'checkout-service',
    { type: 'service', lifecycle: 'production', owner: 'checkout-team' },
    [
      ['ownedBy', 'group:default/checkout-team'],
      ['partOf', 'system:default/checkout'],
      ['providesApi', 'api:default/checkout-api'],
    ],
    {
      description: 'Takes the orders',
      tags: ['orders'],
      annotations: {
        'backstage.io/source-location':
          'url:https://github.com/Northwind/Checkout/tree/main/services/api/',
      },
      links: [{ url: 'https://runbook.example.com', title: 'Runbook' }],
    },
  ),
  's1',
);

const api = withEtag(
  entity(
    'API',
    'checkout-api',
    {
      type: 'openapi',
      lifecycle: 'production',
      definition: 'openapi: 3.0.0',
    },
    [['apiProvidedBy', 'component:default/checkout-service']],
    { uid: 'api-uid', generation: 4 },
  ),
  'a1',
);

const payments = withEtag(
  entity(
    'Component',
    'payments',
    { type: 'service', owner: 'payments-team' },
    [['ownedBy', 'group:default/payments-team']],
    { annotations: { 'github.com/project-slug': 'Northwind/Payments' } },
  ),
  'p1',
);

const legacy = withEtag(
  entity('Component', 'legacy', { type: 'service' }, []),
  'l1',
);

/** A component the checkout team owns from the second catalog state on. */
const cart = withEtag(
  entity('Component', 'cart', { type: 'service', owner: 'checkout-team' }, [
    ['ownedBy', 'group:default/checkout-team'],
  ]),
  'c1',
);

const initialEntities = [
  team('t1', ['component:default/checkout-service']),
  service,
  api,
  payments,
  legacy,
];

describe('CatalogGraph', () => {
  const auth = mockServices.auth({ pluginId: 'agent-context' });
  const ownCredentials = mockCredentials.service('plugin:agent-context');
  let graphs: CatalogGraph[] = [];

  const graphOver = (
    catalog: ReturnType<typeof changingCatalog>['catalog'],
    options: { pageSize?: number } = {},
  ) => {
    const logger = mockServices.logger.mock();
    const graph = CatalogGraph.create({ catalog, auth, logger, ...options });
    graphs.push(graph);
    return { graph, logger };
  };

  /** A graph that has completed its first load. */
  const loadedGraph = async (entities: Entity[] = initialEntities) => {
    const source = changingCatalog(entities);
    const { graph, logger } = graphOver(source.catalog);
    await graph.refresh();
    source.catalog.queryEntities.mockClear();
    source.catalog.getEntitiesByRefs.mockClear();
    return { ...source, graph, logger };
  };

  afterEach(() => {
    graphs.forEach(graph => graph.stop());
    graphs = [];
    jest.useRealTimers();
  });

  it('loads every page with the graph fields and its own credentials', async () => {
    const { catalog } = changingCatalog(initialEntities);
    const { graph, logger } = graphOver(catalog, { pageSize: 2 });

    graph.start();
    await graph.ready();

    expect(catalog.queryEntities).toHaveBeenCalledTimes(3);
    expect(catalog.queryEntities.mock.calls[0]).toEqual([
      { fields: GRAPH_FIELDS, limit: 2, totalItems: 'exclude' },
      { credentials: ownCredentials },
    ]);
    for (const [request, options] of catalog.queryEntities.mock.calls.slice(
      1,
    )) {
      expect(request).toEqual({
        cursor: expect.any(String),
        fields: GRAPH_FIELDS,
        limit: 2,
      });
      expect(options).toEqual({ credentials: ownCredentials });
    }
    expect(graph.stats()).toEqual({
      entities: 5,
      relations: 2 + 3 + 1 + 1,
      loadedAt: expect.any(String),
      lastLoadMs: expect.any(Number),
      refreshIntervalSeconds: 10,
    });
    expect(logger.info).toHaveBeenCalledWith(
      expect.stringMatching(
        /^Catalog graph loaded: 5 entities, 7 relations in \d+ ms; the JS heap grew by about -?[\d.]+ MB \(approximate/,
      ),
    );
  });

  it('lists the lower-case ref of every entity it holds', async () => {
    const { graph } = await loadedGraph();

    expect([...graph.keys()].sort()).toEqual(
      initialEntities
        .map(e => stringifyEntityRef(e).toLocaleLowerCase('en-US'))
        .sort(),
    );
  });

  it('returns entities by ref in any case, relations as the catalog had them', async () => {
    const { graph } = await loadedGraph();

    const found = graph.get('GROUP:Default/checkout-team');

    const expected = team('t1', ['component:default/checkout-service']);
    expect(found).toEqual(expected);
    expect(found?.relations).toEqual(expected.relations);
    expect(graph.get('component:default/checkout-service')).toEqual(service);
    expect(graph.get('component:default/nowhere')).toBeUndefined();
    // A relation target the catalog does not hold is no entity.
    expect(graph.get('group:default/commerce')).toBeUndefined();
  });

  it('holds only the graph fields, frozen', async () => {
    const { graph } = await loadedGraph();

    const found = graph.get('api:default/checkout-api');

    expect(found?.spec).toEqual({ type: 'openapi', lifecycle: 'production' });
    expect(found?.metadata).toEqual({
      name: 'checkout-api',
      namespace: 'default',
      uid: 'api-uid',
      etag: 'a1',
    });
    expect(Object.isFrozen(found?.metadata)).toBe(true);
    expect(Object.isFrozen(found?.spec)).toBe(true);
  });

  it('reports what was added, changed on both sides of a new relation, and removed', async () => {
    const { graph, replaceEntities } = await loadedGraph();
    const changes: GraphChange[] = [];
    graph.onChange(change => changes.push(change));

    replaceEntities([
      team('t2', [
        'component:default/checkout-service',
        'component:default/cart',
      ]),
      service,
      api,
      payments,
      cart,
    ]);
    const change = await graph.refresh();

    const expected = {
      changed: ['component:default/cart', 'group:default/checkout-team'],
      removed: ['component:default/legacy'],
    };
    expect(change).toEqual(expected);
    expect(changes).toEqual([expected]);
    expect(graph.get('component:default/legacy')).toBeUndefined();
    expect(graph.get('component:default/cart')).toEqual(cart);
    expect(
      graph
        .get('group:default/checkout-team')
        ?.relations?.map(r => r.targetRef),
    ).toEqual([
      'group:default/commerce',
      'component:default/checkout-service',
      'component:default/cart',
    ]);
    expect(graph.stats()).toMatchObject({
      entities: 5,
      relations: 3 + 3 + 1 + 1 + 1,
      refreshedAt: expect.any(String),
      lastRefreshMs: expect.any(Number),
    });
  });

  it('lists refs and etags, then fetches only the entities whose etag changed', async () => {
    const { graph, catalog, replaceEntities } = await loadedGraph();

    replaceEntities([
      team('t2', ['component:default/checkout-service']),
      service,
      api,
      payments,
      legacy,
      cart,
    ]);
    await graph.refresh();

    expect(catalog.queryEntities).toHaveBeenCalledWith(
      { fields: VERSION_FIELDS, limit: 1000, totalItems: 'exclude' },
      { credentials: ownCredentials },
    );
    expect(catalog.getEntitiesByRefs).toHaveBeenCalledTimes(1);
    expect(catalog.getEntitiesByRefs).toHaveBeenCalledWith(
      {
        entityRefs: ['group:default/checkout-team', 'component:default/cart'],
        fields: GRAPH_FIELDS,
      },
      { credentials: ownCredentials },
    );
  });

  it('fetches nothing and tells no one when nothing changed', async () => {
    const { graph, catalog } = await loadedGraph();
    const listener = jest.fn();
    graph.onChange(listener);

    expect(await graph.refresh()).toEqual({ changed: [], removed: [] });
    expect(catalog.getEntitiesByRefs).not.toHaveBeenCalled();
    expect(listener).not.toHaveBeenCalled();
  });

  it('fetches many changed entities a few hundred at a time', async () => {
    const { graph, catalog, replaceEntities } = await loadedGraph();
    const many = Array.from({ length: 450 }, (_, i) =>
      withEtag(entity('Component', `c${i}`, {}, []), 'x'),
    );

    replaceEntities([...initialEntities, ...many]);
    const change = await graph.refresh();

    expect(
      catalog.getEntitiesByRefs.mock.calls.map(([r]) => r.entityRefs.length),
    ).toEqual([200, 200, 50]);
    expect(change.changed).toHaveLength(450);
    expect(graph.stats().entities).toBe(455);
  });

  it('drops an entity listed but gone by the time it is fetched', async () => {
    const { graph, catalog, replaceEntities } = await loadedGraph();
    replaceEntities([...initialEntities, withEtag(legacy, 'l2')]);
    catalog.getEntitiesByRefs.mockResolvedValueOnce({ items: [undefined] });

    expect(await graph.refresh()).toEqual({
      changed: [],
      removed: ['component:default/legacy'],
    });
    expect(graph.get('component:default/legacy')).toBeUndefined();
  });

  it.each([
    ['listing', 'queryEntities'],
    ['fetching', 'getEntitiesByRefs'],
  ] as const)(
    'leaves the graph as it was when %s fails, and catches up next time',
    async (_, method) => {
      const { graph, catalog, logger, replaceEntities } = await loadedGraph();
      const listener = jest.fn();
      graph.onChange(listener);
      replaceEntities([
        team('t2', ['component:default/checkout-service']),
        service,
        api,
        payments,
      ]);
      catalog[method].mockRejectedValueOnce(new Error('catalog unavailable'));
      const before = graph.stats();

      await expect(graph.refresh()).rejects.toThrow('catalog unavailable');

      expect(graph.stats()).toEqual(before);
      expect(graph.get('component:default/legacy')).toEqual(legacy);
      expect(graph.get('group:default/checkout-team')?.metadata.etag).toBe(
        't1',
      );
      expect(listener).not.toHaveBeenCalled();
      expect(logger.warn).toHaveBeenCalledWith(
        expect.stringContaining(
          'Could not refresh the catalog graph; it stays as it was until the next refresh: Error: catalog unavailable',
        ),
      );

      expect(await graph.refresh()).toEqual({
        changed: ['group:default/checkout-team'],
        removed: ['component:default/legacy'],
      });
    },
  );

  it('shares one pass among concurrent refreshes', async () => {
    const { graph, catalog } = await loadedGraph();

    const [first, second] = [graph.refresh(), graph.refresh()];

    expect(second).toBe(first);
    await first;
    expect(catalog.queryEntities).toHaveBeenCalledTimes(1);
  });

  it('keeps calling the other listeners when one throws, and stops calling one that unsubscribed', async () => {
    const { graph, logger, replaceEntities } = await loadedGraph();
    const failing = jest.fn(() => {
      throw new Error('listener broke');
    });
    const gone = jest.fn();
    const kept = jest.fn();
    graph.onChange(failing);
    graph.onChange(gone)();
    graph.onChange(kept);

    replaceEntities(initialEntities.slice(1));
    await graph.refresh();

    expect(kept).toHaveBeenCalledWith({
      changed: [],
      removed: ['group:default/checkout-team'],
    });
    expect(gone).not.toHaveBeenCalled();
    expect(logger.warn).toHaveBeenCalledWith(
      'A catalog graph change listener failed: Error: listener broke',
    );
  });

  it('keeps the repository index in step with the entities', async () => {
    const { graph, replaceEntities } = await loadedGraph();
    const checkout = 'github.com/northwind/checkout';
    const billing = 'github.com/northwind/billing';

    expect(graph.repositorySources(checkout)).toEqual([
      {
        ref: 'component:default/checkout-service',
        kind: 'Component',
        path: 'services/api',
      },
    ]);
    expect(graph.repositorySources('github.com/northwind/payments')).toEqual([
      { ref: 'component:default/payments', kind: 'Component', path: '' },
    ]);

    const moved = withEtag(
      {
        ...service,
        metadata: {
          ...service.metadata,
          annotations: {
            'backstage.io/source-location':
              'url:https://github.com/northwind/billing/tree/main/',
          },
        },
      },
      's2',
    );
    const unreadable = withEtag(
      entity('Component', 'odd', {}, [], {
        annotations: { 'backstage.io/source-location': 'url:not a url' },
      }),
      'o1',
    );
    replaceEntities([api, moved, legacy, unreadable]);
    await graph.refresh();

    expect(graph.repositorySources(checkout)).toEqual([]);
    expect(graph.repositorySources('GitHub.com/Northwind/Billing')).toEqual([
      {
        ref: 'component:default/checkout-service',
        kind: 'Component',
        path: '',
      },
    ]);
    expect(graph.repositorySources('github.com/northwind/payments')).toEqual(
      [],
    );

    replaceEntities([api, legacy]);
    await graph.refresh();
    expect(graph.repositorySources(billing)).toEqual([]);
  });

  it('keeps the users by e-mail in step with the entities', async () => {
    const user = (name: string, etag: string, email?: string) =>
      withEtag(
        entity('User', name, { profile: { displayName: name, email } }, [
          ['memberOf', 'group:default/checkout-team'],
        ]),
        etag,
      );
    const list = withEtag(
      entity(
        'Group',
        'payments-team',
        {
          type: 'team',
          profile: { email: 'payments@example.com' },
        },
        [],
      ),
      'g1',
    );
    const { graph, replaceEntities } = await loadedGraph([
      ...initialEntities,
      list,
      user('ada', 'u1', 'Ada@Example.com'),
      user('bo', 'u1'),
    ]);
    expect(graph.usersWithEmail('ada@example.COM')).toEqual([
      'user:default/ada',
    ]);

    // Ada changes her address; Bo takes the old one, then leaves.
    replaceEntities([
      ...initialEntities,
      list,
      user('ada', 'u2', 'ada.lovelace@example.com'),
      user('bo', 'u2', 'ada@example.com'),
    ]);
    await graph.refresh();
    expect(graph.usersWithEmail('ada@example.com')).toEqual([
      'user:default/bo',
    ]);
    expect(graph.usersWithEmail('ada.lovelace@example.com')).toEqual([
      'user:default/ada',
    ]);

    replaceEntities([
      ...initialEntities,
      list,
      user('ada', 'u2', 'ada.lovelace@example.com'),
    ]);
    await graph.refresh();
    expect(graph.usersWithEmail('ada@example.com')).toEqual([]);
    // A group's e-mail is a mailing list, not a person.
    expect(graph.usersWithEmail('payments@example.com')).toEqual([]);
  });

  it('rejects ready() with a 503 while the first load has not completed', async () => {
    const { catalog } = changingCatalog(initialEntities);
    catalog.queryEntities.mockReturnValue(new Promise(() => {}));
    const { graph } = graphOver(catalog);

    graph.start();

    const error = await graph.ready(20).catch(e => e);
    expect(error).toMatchObject({
      name: 'ServiceUnavailableError',
      message: 'The catalog graph is still loading; try again in a few seconds',
    });
    expect(graph.get('component:default/checkout-service')).toBeUndefined();
  });

  it('retries a failed load with backoff, then refreshes every interval until stopped', async () => {
    jest.useFakeTimers();
    const { catalog } = changingCatalog(initialEntities);
    catalog.queryEntities
      .mockRejectedValueOnce(new Error('catalog not started'))
      .mockRejectedValueOnce(new Error('catalog not started'));
    const logger = mockServices.logger.mock();
    const graph = CatalogGraph.create({
      catalog,
      auth,
      logger,
      refreshIntervalSeconds: 30,
    });
    graphs.push(graph);

    graph.start();
    await jest.advanceTimersByTimeAsync(0);
    expect(logger.warn).toHaveBeenLastCalledWith(
      'Could not load the catalog graph (attempt 1); retrying in 1s: Error: catalog not started',
    );
    await jest.advanceTimersByTimeAsync(1000);
    expect(logger.warn).toHaveBeenLastCalledWith(
      'Could not load the catalog graph (attempt 2); retrying in 2s: Error: catalog not started',
    );
    await jest.advanceTimersByTimeAsync(1999);
    expect(graph.stats().loadedAt).toBeUndefined();
    await jest.advanceTimersByTimeAsync(1);
    expect(graph.stats().entities).toBe(5);
    await expect(graph.ready(0)).resolves.toBeUndefined();

    catalog.queryEntities.mockClear();
    await jest.advanceTimersByTimeAsync(30_000);
    expect(catalog.queryEntities).toHaveBeenCalledTimes(1);
    expect(catalog.queryEntities.mock.calls[0][0]).toMatchObject({
      fields: VERSION_FIELDS,
    });

    graph.stop();
    await jest.advanceTimersByTimeAsync(120_000);
    expect(catalog.queryEntities).toHaveBeenCalledTimes(1);
  });
});
