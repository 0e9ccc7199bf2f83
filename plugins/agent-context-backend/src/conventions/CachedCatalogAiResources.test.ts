import { CacheService } from '@backstage/backend-plugin-api';
import { mockCredentials } from '@backstage/backend-test-utils';
import { CachedCatalogAiResources } from './CachedCatalogAiResources';
import { CatalogAiResources } from './types';

const found = {
  rules: [
    {
      id: 'idempotent-payment-calls',
      scope: 'system:default/checkout',
      source: 'catalog' as const,
      action: 'define' as const,
      category: 'rule' as const,
      title: 'Retries never charge twice',
      body: '',
      severity: 'must' as const,
      enforced: false,
      revision: 0,
    },
  ],
  skills: [],
};

describe('CachedCatalogAiResources', () => {
  const scopes = {
    systemRef: 'system:default/checkout',
    ownerRefs: ['group:default/checkout-team'],
  };
  const alice = mockCredentials.user('user:default/alice');
  const bob = mockCredentials.user('user:default/bob');

  /** The cache service's contract, in memory, TTLs aside. */
  function memoryCache() {
    const store = new Map<string, unknown>();
    return {
      get: async (key: string) => store.get(key),
      set: async (key: string, value: unknown) => {
        store.set(key, value);
      },
      delete: async (key: string) => {
        store.delete(key);
      },
      withOptions() {
        return this;
      },
    } as unknown as CacheService;
  }

  function setup(ttlSeconds: number) {
    const inner: jest.Mocked<CatalogAiResources> = {
      forScopes: jest.fn().mockResolvedValue(found),
    };
    const cached = CachedCatalogAiResources.create({
      inner,
      cache: memoryCache(),
      ttlSeconds,
    });
    return { inner, cached };
  }

  it('asks the catalog once per caller and scope set while fresh', async () => {
    const { inner, cached } = setup(30);

    await expect(cached.forScopes(scopes, alice)).resolves.toEqual(found);
    await expect(cached.forScopes(scopes, alice)).resolves.toEqual(found);
    expect(inner.forScopes).toHaveBeenCalledTimes(1);

    // Another caller may see other resources; another path other scopes.
    await cached.forScopes(scopes, bob);
    await cached.forScopes({ ownerRefs: scopes.ownerRefs }, alice);
    expect(inner.forScopes).toHaveBeenCalledTimes(3);
  });

  it('passes straight through with a TTL of 0', async () => {
    const { inner, cached } = setup(0);
    await cached.forScopes(scopes, alice);
    await cached.forScopes(scopes, alice);
    expect(inner.forScopes).toHaveBeenCalledTimes(2);
  });
});
