import {
  BackstageCredentials,
  CacheService,
} from '@backstage/backend-plugin-api';
import { principalKeyOf } from '../context/CachedEntityContextService';
import { CatalogAiResources } from './types';
import { asJson } from '../asJson';

type AiResources = Awaited<ReturnType<CatalogAiResources['forScopes']>>;

/**
 * Caches the catalog's AiResource rules and skills per caller and scope
 * set, for as long as contexts are cached.
 *
 * Finding them takes a catalog query by relation, which on a large catalog
 * costs far more than everything else a warm context request does; and
 * like the rest of a context's catalog part it changes only when the
 * catalog does. Conventions kept by the suite itself (database, files,
 * app-config) are not cached, so an edit still shows at once. Entries are
 * per caller, as the catalog's permissions decide what each one sees.
 */
export class CachedCatalogAiResources implements CatalogAiResources {
  static create(options: {
    inner: CatalogAiResources;
    cache: CacheService;
    ttlSeconds: number;
  }): CatalogAiResources {
    if (options.ttlSeconds <= 0) {
      return options.inner;
    }
    return new CachedCatalogAiResources(
      options.inner,
      options.cache,
      options.ttlSeconds * 1000,
    );
  }

  private constructor(
    private readonly inner: CatalogAiResources,
    private readonly cache: CacheService,
    private readonly ttlMs: number,
  ) {}

  async forScopes(
    scopes: { systemRef?: string; ownerRefs: string[] },
    credentials: BackstageCredentials,
  ): Promise<AiResources> {
    const key = [
      'ai-resources',
      'v2',
      principalKeyOf(credentials),
      scopes.systemRef ?? '',
      ...scopes.ownerRefs,
    ].join(':');
    const cached = (await this.cache.get(key)) as AiResources | undefined;
    if (cached) {
      return cached;
    }
    const found = await this.inner.forScopes(scopes, credentials);
    await this.cache.set(key, asJson(found), { ttl: this.ttlMs });
    return found;
  }
}
