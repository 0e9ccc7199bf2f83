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

  function setup(options: { ttlSeconds: number; maxEntries?: number }) {
    let now = 0;
    const inner: jest.Mocked<CatalogAiResources> = {
      forScopes: jest.fn().mockResolvedValue(found),
    };
    const cached = CachedCatalogAiResources.create({
      inner,
      ...options,
      now: () => now,
    });
    return {
      inner,
      cached,
      advance: (ms: number) => {
        now += ms;
      },
    };
  }

  it('asks the catalog once per caller and scope set while fresh', async () => {
    const { inner, cached } = setup({ ttlSeconds: 30 });

    await expect(cached.forScopes(scopes, alice)).resolves.toEqual(found);
    await expect(cached.forScopes(scopes, alice)).resolves.toEqual(found);
    expect(inner.forScopes).toHaveBeenCalledTimes(1);

    // Another caller may see other resources; another path other scopes.
    await cached.forScopes(scopes, bob);
    await cached.forScopes({ ownerRefs: scopes.ownerRefs }, alice);
    expect(inner.forScopes).toHaveBeenCalledTimes(3);
  });

  it('asks again once the entry is older than the TTL, or after clear', async () => {
    const { inner, cached, advance } = setup({ ttlSeconds: 30 });
    await cached.forScopes(scopes, alice);
    advance(30_001);
    await cached.forScopes(scopes, alice);
    expect(inner.forScopes).toHaveBeenCalledTimes(2);
    cached.clear();
    await cached.forScopes(scopes, alice);
    expect(inner.forScopes).toHaveBeenCalledTimes(3);
  });

  it('keeps at most maxEntries, dropping the least recently used', async () => {
    const { inner, cached } = setup({ ttlSeconds: 30, maxEntries: 2 });
    const carol = mockCredentials.user('user:default/carol');
    await cached.forScopes(scopes, alice);
    await cached.forScopes(scopes, bob);
    await cached.forScopes(scopes, alice);
    await cached.forScopes(scopes, carol); // bob is out
    expect(inner.forScopes).toHaveBeenCalledTimes(3);
    await cached.forScopes(scopes, alice);
    expect(inner.forScopes).toHaveBeenCalledTimes(3);
    await cached.forScopes(scopes, bob);
    expect(inner.forScopes).toHaveBeenCalledTimes(4);
  });

  it('does not remember a failed read', async () => {
    const { inner, cached } = setup({ ttlSeconds: 30 });
    inner.forScopes.mockRejectedValueOnce(new Error('catalog down'));
    await expect(cached.forScopes(scopes, alice)).rejects.toThrow(
      'catalog down',
    );
    await expect(cached.forScopes(scopes, alice)).resolves.toEqual(found);
    expect(inner.forScopes).toHaveBeenCalledTimes(2);
  });

  it('passes straight through with a TTL of 0', async () => {
    const { inner, cached } = setup({ ttlSeconds: 0 });
    await cached.forScopes(scopes, alice);
    await cached.forScopes(scopes, alice);
    expect(inner.forScopes).toHaveBeenCalledTimes(2);
  });
});
