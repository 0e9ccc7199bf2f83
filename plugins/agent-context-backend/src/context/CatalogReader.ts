import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { CompoundEntityRef, Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { EntityLookup } from './EntityLookup';

/**
 * The catalog as one caller sees it, for the span of one request. Every
 * read carries the caller's credentials; entities are fetched in batches and
 * remembered, so that assembling a context asks for each entity at most
 * once however many relations lead to it.
 */
export class CatalogReader implements EntityLookup {
  private readonly seen = new Map<string, Entity | undefined>();

  constructor(
    private readonly catalog: CatalogService,
    private readonly credentials: BackstageCredentials,
  ) {}

  async getTarget(ref: CompoundEntityRef): Promise<Entity | undefined> {
    return this.catalog.getEntityByRef(ref, { credentials: this.credentials });
  }

  /**
   * Loads the given refs in one request (only those not loaded before).
   * Refs are relation targets, which the catalog writes in lower case.
   */
  async load(refs: Iterable<string | undefined>): Promise<void> {
    const missing = [
      ...new Set([...refs].filter((r): r is string => Boolean(r))),
    ].filter(ref => !this.seen.has(ref));
    if (missing.length === 0) {
      return;
    }
    const { items } = await this.catalog.getEntitiesByRefs(
      { entityRefs: missing },
      { credentials: this.credentials },
    );
    // Items come back in the order asked for; undefined marks a ref the
    // catalog does not have or the caller may not read.
    missing.forEach((ref, index) => this.seen.set(ref, items[index]));
  }

  /** An entity loaded before, or undefined if it was not found. */
  get(ref: string): Entity | undefined {
    return this.seen.get(ref);
  }

  /** Every entity this reader has found, for the catalog revision. */
  found(): Entity[] {
    return [...this.seen.values()].filter((e): e is Entity => Boolean(e));
  }
}
