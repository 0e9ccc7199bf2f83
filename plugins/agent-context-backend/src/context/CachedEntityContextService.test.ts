import { mockCredentials } from '@backstage/backend-test-utils';
import { CacheService } from '@backstage/backend-plugin-api';
import { EntityContext } from '@agent-context/plugin-agent-context-common';
import {
  CachedEntityContextService,
  principalKeyOf,
} from './CachedEntityContextService';
import { EntityContextService } from './EntityContextService';

/** An in-memory cache that records the TTLs it is given. */
function fakeCache() {
  const values = new Map<string, unknown>();
  const ttls: Array<number | undefined> = [];
  const cache = {
    get: async (key: string) => values.get(key),
    set: async (key: string, value: unknown, options?: { ttl?: number }) => {
      values.set(key, value);
      ttls.push(options?.ttl);
    },
    delete: async (key: string) => {
      values.delete(key);
    },
    withOptions: () => cache,
  } as unknown as CacheService;
  return { cache, values, ttls, expireAll: () => values.clear() };
}

/** A context service that answers each caller with what only they may see. */
function perCallerService() {
  const calls: string[] = [];
  const service: EntityContextService = {
    async getEntityContext(ref, { credentials }) {
      const who = principalKeyOf(credentials);
      calls.push(who);
      return {
        entity: { ref: `component:default/${ref.name}` },
        metadata: { contentHash: `seen-by-${who}` },
      } as unknown as EntityContext;
    },
  };
  return { service, calls };
}

const ref = { kind: 'component', namespace: 'default', name: 'checkout' };
const alice = mockCredentials.user('user:default/alice');
const bob = mockCredentials.user('user:default/bob');

describe('CachedEntityContextService', () => {
  it('answers a repeated request from the cache, with the configured TTL', async () => {
    const { service, calls } = perCallerService();
    const { cache, ttls } = fakeCache();
    const cached = CachedEntityContextService.create({
      inner: service,
      cache,
      ttlSeconds: 30,
    });

    const first = await cached.getEntityContext(ref, { credentials: alice });
    const second = await cached.getEntityContext(ref, { credentials: alice });

    expect(second).toEqual(first);
    expect(calls).toHaveLength(1);
    expect(ttls).toEqual([30_000]);
  });

  it('never serves one caller what was read for another', async () => {
    const { service, calls } = perCallerService();
    const { cache } = fakeCache();
    const cached = CachedEntityContextService.create({
      inner: service,
      cache,
      ttlSeconds: 30,
    });

    const forAlice = await cached.getEntityContext(ref, { credentials: alice });
    const forBob = await cached.getEntityContext(ref, { credentials: bob });
    const forAgent = await cached.getEntityContext(ref, {
      credentials: mockCredentials.service('external:agent'),
    });

    expect(calls).toHaveLength(3);
    expect(
      new Set([forAlice, forBob, forAgent].map(c => c.metadata.contentHash))
        .size,
    ).toBe(3);
  });

  it('keeps services with different access restrictions apart', () => {
    const open = mockCredentials.service('external:agent');
    const restricted = mockCredentials.service('external:agent', {
      permissionNames: ['catalog.entity.read'],
    });
    expect(principalKeyOf(open)).not.toBe(principalKeyOf(restricted));
    expect(principalKeyOf(alice)).toBe(
      principalKeyOf(mockCredentials.user('user:default/alice')),
    );
  });

  it('reads the catalog again once an entry has expired', async () => {
    const { service, calls } = perCallerService();
    const { cache, expireAll } = fakeCache();
    const cached = CachedEntityContextService.create({
      inner: service,
      cache,
      ttlSeconds: 30,
    });

    await cached.getEntityContext(ref, { credentials: alice });
    expireAll();
    await cached.getEntityContext(ref, { credentials: alice });
    expect(calls).toHaveLength(2);
  });

  it('does not cache failures, so a new entity shows up at once', async () => {
    const { cache, values } = fakeCache();
    let exists = false;
    const service: EntityContextService = {
      async getEntityContext() {
        if (!exists) {
          throw new Error('not found');
        }
        return { metadata: { contentHash: 'x' } } as unknown as EntityContext;
      },
    };
    const cached = CachedEntityContextService.create({
      inner: service,
      cache,
      ttlSeconds: 30,
    });
    await expect(
      cached.getEntityContext(ref, { credentials: alice }),
    ).rejects.toThrow('not found');
    expect(values.size).toBe(0);
    exists = true;
    await expect(
      cached.getEntityContext(ref, { credentials: alice }),
    ).resolves.toBeDefined();
  });

  it('is switched off by a TTL of 0', () => {
    const { service } = perCallerService();
    const { cache } = fakeCache();
    expect(
      CachedEntityContextService.create({
        inner: service,
        cache,
        ttlSeconds: 0,
      }),
    ).toBe(service);
  });
});
