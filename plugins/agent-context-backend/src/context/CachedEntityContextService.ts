import {
  BackstageCredentials,
  CacheService,
} from '@backstage/backend-plugin-api';
import {
  CompoundEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { EntityContext } from '@agent-context/plugin-agent-context-common';
import { createHash } from 'node:crypto';
import { EntityContextService } from './EntityContextService';

/**
 * Who the catalog answered for. Two callers share a cache entry only if the
 * catalog would answer them identically: the same user, or the same service
 * with the same access restrictions. Anything else gets its own entry, so
 * nobody is ever served what only someone else may read.
 */
export function principalKeyOf(credentials: BackstageCredentials): string {
  const principal = credentials.principal as {
    type: string;
    userEntityRef?: string;
    subject?: string;
    accessRestrictions?: unknown;
  };
  const identity =
    principal.type === 'user'
      ? `user:${principal.userEntityRef}`
      : `${principal.type}:${principal.subject ?? ''}:${JSON.stringify(
          principal.accessRestrictions ?? null,
        )}`;
  return createHash('sha256').update(identity).digest('hex').slice(0, 32);
}

/**
 * Caches assembled contexts per caller for a short time.
 *
 * Invalidation: an entry lives for `ttlSeconds` and is then read afresh
 * from the catalog. The catalog itself only shows an edit after its
 * processing loop has picked it up (minutes, by default), so a TTL of tens
 * of seconds adds little staleness while sparing the catalog the batches
 * behind every repeated request. Every cached context carries the
 * `catalogRevision` (the etags it was built from) and its content hash, so
 * clients see exactly which state they got. A TTL of 0 turns caching off.
 *
 * The cache is Backstage's cache service: in memory by default, Redis or
 * similar when configured, so replicas share it and losing it costs only
 * time.
 *
 * @public
 */
export class CachedEntityContextService implements EntityContextService {
  static create(options: {
    inner: EntityContextService;
    cache: CacheService;
    ttlSeconds: number;
  }): EntityContextService {
    if (options.ttlSeconds <= 0) {
      return options.inner;
    }
    return new CachedEntityContextService(
      options.inner,
      options.cache,
      options.ttlSeconds * 1000,
    );
  }

  private constructor(
    private readonly inner: EntityContextService,
    private readonly cache: CacheService,
    private readonly ttlMs: number,
  ) {}

  async getEntityContext(
    entityRef: CompoundEntityRef,
    options: { credentials: BackstageCredentials },
  ): Promise<EntityContext> {
    const key = [
      'context',
      // Bumped when the context's shape changes, so that no replica reads
      // an entry another version wrote.
      'v3',
      principalKeyOf(options.credentials),
      stringifyEntityRef(entityRef).toLocaleLowerCase('en-US'),
    ].join(':');
    const cached = (await this.cache.get(key)) as EntityContext | undefined;
    if (cached) {
      return cached;
    }
    // Misses (including NotFoundError) are not cached: an entity that
    // appears in the catalog shows up on the next request.
    const context = await this.inner.getEntityContext(entityRef, options);
    await this.cache.set(key, context, { ttl: this.ttlMs });
    return context;
  }
}
