import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogConditions } from '@backstage/plugin-catalog-backend/alpha';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  AuthorizeResult,
  PermissionCondition,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import { CatalogReadVisibilities } from './CatalogReadVisibilities';
import { CatalogReadConditions } from './evaluateConditions';

const entity = (kind: string, name: string, owner: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: { namespace: 'default', name },
  relations: [{ type: 'ownedBy', targetRef: owner }],
});

const graphEntities = new Map<string, Entity>([
  [
    'component:default/checkout',
    entity('Component', 'checkout', 'group:default/payments'),
  ],
  ['component:default/cart', entity('Component', 'cart', 'group:default/web')],
  ['system:default/shop', entity('System', 'shop', 'group:default/payments')],
]);
const graph = { get: (ref: string) => graphEntities.get(ref) };

const checkout = 'component:default/checkout';
const cart = 'component:default/cart';
const shop = 'system:default/shop';
const notInGraph = 'component:default/brand-new';
const allRefs = [checkout, cart, shop, notInGraph];

const alice = mockCredentials.user('user:default/alice');
const bob = mockCredentials.user('user:default/bob');
const carol = mockCredentials.user('user:default/carol');

const ownedByPayments = catalogConditions.isEntityOwner({
  claims: ['group:default/payments'],
});
const isComponent = catalogConditions.isEntityKind({ kinds: ['Component'] });
/** A rule from another catalog module, which only the catalog can apply. */
const customRule: PermissionCondition = {
  resourceType: 'catalog-entity',
  rule: 'IS_ON_CALL',
  params: {},
};

/** A conditional decision, as the policy sends it for catalog entities. */
const conditional = (
  conditions: CatalogReadConditions,
  resourceType = 'catalog-entity',
): PolicyDecision => ({
  result: AuthorizeResult.CONDITIONAL,
  pluginId: 'catalog',
  resourceType,
  conditions,
});

/**
 * Visibilities over the graph above, with a permissions service that
 * decides per user as `decisions` says.
 */
function setUp(
  decisions: Record<string, PolicyDecision>,
  options: { ttlSeconds?: number; maxCallers?: number } = {},
) {
  const permissions = mockServices.permissions.mock({
    authorizeConditional: jest.fn(async (_requests, { credentials }) => {
      const { userEntityRef } = credentials.principal as {
        userEntityRef: string;
      };
      return [decisions[userEntityRef]];
    }),
  });
  const catalog = catalogServiceMock.mock({
    getEntitiesByRefs: jest.fn(async ({ entityRefs }) => ({
      // The catalog would show only what is owned by payments.
      items: entityRefs.map(ref =>
        graphEntities.get(ref)?.relations?.[0].targetRef ===
        'group:default/payments'
          ? graphEntities.get(ref)!
          : undefined,
      ),
    })),
  });
  const visibilities = CatalogReadVisibilities.create({
    permissions,
    catalog,
    graph,
    ...options,
  });
  const decisionCount = () =>
    permissions.authorizeConditional.mock.calls.length;
  return { visibilities, permissions, catalog, decisionCount };
}

/** The credentials a catalog call was made with. */
function credentialsOf(options: object | undefined) {
  return options && 'credentials' in options ? options.credentials : undefined;
}

describe('CatalogReadVisibilities', () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it("asks for the catalog's read permission with the caller's credentials", async () => {
    const { visibilities, permissions } = setUp({
      'user:default/alice': { result: AuthorizeResult.ALLOW },
    });

    await visibilities.forCaller(alice);

    expect(permissions.authorizeConditional).toHaveBeenCalledTimes(1);
    const [requests, options] = permissions.authorizeConditional.mock.calls[0];
    expect(requests).toEqual([
      {
        permission: {
          type: 'resource',
          name: 'catalog.entity.read',
          attributes: { action: 'read' },
          resourceType: 'catalog-entity',
        },
      },
    ]);
    expect(options.credentials).toBe(alice);
  });

  it('shows every ref given on ALLOW, even one the graph lacks', async () => {
    const { visibilities, catalog } = setUp({
      'user:default/alice': { result: AuthorizeResult.ALLOW },
    });

    const visibility = await visibilities.forCaller(alice);

    expect(visibility.key).toBe('all');
    await expect(visibility.visibleAmong(allRefs)).resolves.toEqual(
      new Set(allRefs),
    );
    expect(catalog.getEntitiesByRefs).not.toHaveBeenCalled();
  });

  it('shows nothing on DENY', async () => {
    const { visibilities } = setUp({
      'user:default/alice': { result: AuthorizeResult.DENY },
    });

    const visibility = await visibilities.forCaller(alice);

    expect(visibility.key).toBe('none');
    await expect(visibility.visibleAmong(allRefs)).resolves.toEqual(new Set());
  });

  it('evaluates built-in conditions on the graph, without the catalog', async () => {
    const { visibilities, catalog } = setUp({
      'user:default/alice': conditional({
        allOf: [isComponent, ownedByPayments],
      }),
    });

    const visibility = await visibilities.forCaller(alice);

    expect(visibility.key).toMatch(/^conditional:[0-9a-f]{32}$/);
    await expect(visibility.visibleAmong(allRefs)).resolves.toEqual(
      new Set([checkout]),
    );
    expect(catalog.getEntitiesByRefs).not.toHaveBeenCalled();
  });

  it('does not show a ref the graph lacks, whatever the conditions', async () => {
    const { visibilities } = setUp({
      'user:default/alice': conditional({
        not: catalogConditions.isEntityKind({ kinds: ['Group'] }),
      }),
    });

    const visibility = await visibilities.forCaller(alice);

    await expect(
      visibility.visibleAmong([checkout, notInGraph]),
    ).resolves.toEqual(new Set([checkout]));
  });

  it("asks the catalog, with the caller's own credentials, when a rule is not built in", async () => {
    const { visibilities, catalog } = setUp({
      'user:default/alice': conditional({ anyOf: [isComponent, customRule] }),
    });

    const visibility = await visibilities.forCaller(alice);
    const visible = await visibility.visibleAmong([
      checkout,
      cart,
      shop,
      checkout,
    ]);

    expect(visible).toEqual(new Set([checkout, shop]));
    expect(catalog.getEntitiesByRefs).toHaveBeenCalledTimes(1);
    const [request, options] = catalog.getEntitiesByRefs.mock.calls[0];
    expect(request).toEqual({
      entityRefs: [checkout, cart, shop],
      fields: ['kind', 'metadata.namespace', 'metadata.name'],
    });
    expect(credentialsOf(options)).toBe(alice);
  });

  it("reads the catalog with each request's own credentials, not the first's", async () => {
    const { visibilities, catalog, decisionCount } = setUp({
      'user:default/alice': conditional(customRule),
    });
    const laterRequest = mockCredentials.user('user:default/alice');

    await (await visibilities.forCaller(alice)).visibleAmong([checkout]);
    await (await visibilities.forCaller(laterRequest)).visibleAmong([checkout]);

    expect(decisionCount()).toBe(1);
    const used = catalog.getEntitiesByRefs.mock.calls.map(([, options]) =>
      credentialsOf(options),
    );
    expect(used).toHaveLength(2);
    expect(used[0]).toBe(alice);
    expect(used[1]).toBe(laterRequest);
  });

  it('asks the catalog when the decision is about another resource type', async () => {
    const { visibilities, catalog } = setUp({
      'user:default/alice': conditional(isComponent, 'scaffolder-template'),
    });

    const visibility = await visibilities.forCaller(alice);
    await visibility.visibleAmong([checkout]);

    expect(catalog.getEntitiesByRefs).toHaveBeenCalledTimes(1);
  });

  it('does not ask the catalog about no refs at all', async () => {
    const { visibilities, catalog } = setUp({
      'user:default/alice': conditional(customRule),
    });

    const visibility = await visibilities.forCaller(alice);

    await expect(visibility.visibleAmong([])).resolves.toEqual(new Set());
    expect(catalog.getEntitiesByRefs).not.toHaveBeenCalled();
  });

  it('puts callers with equal conditions in one class, and others apart', async () => {
    const { visibilities } = setUp({
      'user:default/alice': conditional({
        allOf: [isComponent, ownedByPayments],
      }),
      // The same conditions, built with their keys in another order.
      'user:default/bob': conditional({
        allOf: [
          {
            params: { kinds: ['Component'] },
            rule: 'IS_ENTITY_KIND',
            resourceType: 'catalog-entity',
          },
          ownedByPayments,
        ],
      }),
      'user:default/carol': conditional({ allOf: [isComponent] }),
    });

    const [forAlice, forBob, forCarol] = await Promise.all(
      [alice, bob, carol].map(caller => visibilities.forCaller(caller)),
    );

    expect(forBob.key).toBe(forAlice.key);
    expect(forCarol.key).not.toBe(forAlice.key);
  });

  it('decides once per caller within the ttl, and again after it', async () => {
    jest.useFakeTimers();
    const { visibilities, decisionCount } = setUp(
      { 'user:default/alice': { result: AuthorizeResult.ALLOW } },
      { ttlSeconds: 10 },
    );

    await visibilities.forCaller(alice);
    jest.advanceTimersByTime(9_999);
    await visibilities.forCaller(alice);
    expect(decisionCount()).toBe(1);

    jest.advanceTimersByTime(1);
    await visibilities.forCaller(alice);
    expect(decisionCount()).toBe(2);
  });

  it('shares one decision between concurrent requests of a caller', async () => {
    const { visibilities, decisionCount } = setUp({
      'user:default/alice': { result: AuthorizeResult.ALLOW },
    });

    await Promise.all([
      visibilities.forCaller(alice),
      visibilities.forCaller(alice),
    ]);

    expect(decisionCount()).toBe(1);
  });

  it('decides for each caller on their own', async () => {
    const { visibilities, decisionCount } = setUp({
      'user:default/alice': { result: AuthorizeResult.ALLOW },
      'user:default/bob': { result: AuthorizeResult.DENY },
    });

    const forAlice = await visibilities.forCaller(alice);
    const forBob = await visibilities.forCaller(bob);

    expect([forAlice.key, forBob.key]).toEqual(['all', 'none']);
    expect(decisionCount()).toBe(2);
  });

  it('decides on every call with a ttl of 0', async () => {
    const { visibilities, decisionCount } = setUp(
      { 'user:default/alice': { result: AuthorizeResult.ALLOW } },
      { ttlSeconds: 0 },
    );

    await visibilities.forCaller(alice);
    await visibilities.forCaller(alice);

    expect(decisionCount()).toBe(2);
  });

  it('does not remember a failed decision', async () => {
    const { visibilities, permissions } = setUp({
      'user:default/alice': { result: AuthorizeResult.ALLOW },
    });
    permissions.authorizeConditional.mockRejectedValueOnce(
      new Error('policy unreachable'),
    );

    await expect(visibilities.forCaller(alice)).rejects.toThrow(
      'policy unreachable',
    );
    const visibility = await visibilities.forCaller(alice);

    expect(visibility.key).toBe('all');
    expect(permissions.authorizeConditional).toHaveBeenCalledTimes(2);
  });

  it('remembers at most maxCallers decisions, dropping the least recently used', async () => {
    const { visibilities, permissions } = setUp(
      {
        'user:default/alice': { result: AuthorizeResult.ALLOW },
        'user:default/bob': { result: AuthorizeResult.ALLOW },
        'user:default/carol': { result: AuthorizeResult.ALLOW },
      },
      { maxCallers: 2 },
    );
    const decidedFor = () =>
      permissions.authorizeConditional.mock.calls.map(
        ([, { credentials }]) =>
          (credentials.principal as { userEntityRef: string }).userEntityRef,
      );

    await visibilities.forCaller(alice);
    await visibilities.forCaller(bob);
    await visibilities.forCaller(alice); // remembered, and now the most recent
    await visibilities.forCaller(carol); // bob is dropped
    await visibilities.forCaller(alice);
    await visibilities.forCaller(bob);

    expect(decidedFor()).toEqual([
      'user:default/alice',
      'user:default/bob',
      'user:default/carol',
      'user:default/bob',
    ]);
  });

  it('refuses settings that cannot work', () => {
    const { permissions, catalog } = {
      permissions: mockServices.permissions.mock(),
      catalog: catalogServiceMock.mock(),
    };
    expect(() =>
      CatalogReadVisibilities.create({
        permissions,
        catalog,
        graph,
        maxCallers: 0,
      }),
    ).toThrow('maxCallers must be a whole number of at least 1, got 0');
    expect(() =>
      CatalogReadVisibilities.create({
        permissions,
        catalog,
        graph,
        ttlSeconds: -1,
      }),
    ).toThrow('ttlSeconds must be zero or more, got -1');
  });
});
