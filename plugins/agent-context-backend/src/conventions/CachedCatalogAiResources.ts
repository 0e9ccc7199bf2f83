import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { callerKeyOf } from '../visibility';
import { CatalogAiResources } from './types';

type AiResources = Awaited<ReturnType<CatalogAiResources['forScopes']>>;

/** Scope sets remembered at most, whoever asked: the memory bound. */
const DEFAULT_MAX_ENTRIES = 1000;

/**
 * Remembers the catalog's AiResource rules and skills per caller and scope
 * set, in this process, for `ttlSeconds` at most.
 *
 * Finding them takes a catalog query by relation, which on a large catalog
 * costs more than the rest of building an answer. Entries are per caller,
 * as the catalog's permissions decide what each one sees; there are at
 * most `maxEntries` of them (least recently used out first), so callers
 * who never come back cost nothing. The plugin calls `clear` whenever the
 * catalog graph sees an AiResource change, so a rebuilt answer never reads
 * a rule from before the change.
 */
export class CachedCatalogAiResources implements CatalogAiResources {
  static create(options: {
    inner: CatalogAiResources;
    ttlSeconds: number;
    maxEntries?: number;
    now?: () => number;
  }): CachedCatalogAiResources {
    return new CachedCatalogAiResources(
      options.inner,
      options.ttlSeconds * 1000,
      options.maxEntries ?? DEFAULT_MAX_ENTRIES,
      options.now ?? Date.now,
    );
  }

  private readonly entries = new Map<
    string,
    { found: Promise<AiResources>; at: number }
  >();

  private constructor(
    private readonly inner: CatalogAiResources,
    private readonly ttlMs: number,
    private readonly maxEntries: number,
    private readonly now: () => number,
  ) {}

  forScopes(
    scopes: { systemRef?: string; ownerRefs: string[] },
    credentials: BackstageCredentials,
  ): Promise<AiResources> {
    if (this.ttlMs <= 0) {
      return this.inner.forScopes(scopes, credentials);
    }
    const key = [
      callerKeyOf(credentials),
      scopes.systemRef ?? '',
      ...scopes.ownerRefs,
    ].join(':');
    const entry = this.entries.get(key);
    this.entries.delete(key);
    if (entry && this.now() - entry.at <= this.ttlMs) {
      // Re-inserted: the map's order is least recently used first.
      this.entries.set(key, entry);
      return entry.found;
    }
    const found = this.inner.forScopes(scopes, credentials);
    // A failed read is not remembered: the next request tries again.
    found.catch(() => this.entries.delete(key));
    this.entries.set(key, { found, at: this.now() });
    if (this.entries.size > this.maxEntries) {
      this.entries.delete(this.entries.keys().next().value!);
    }
    return found;
  }

  /** Forgets everything: an AiResource changed in the catalog. */
  clear(): void {
    this.entries.clear();
  }
}
