import { CompoundEntityRef, Entity } from '@backstage/catalog-model';

/**
 * Where the assembly of one context reads entities from: the catalog with
 * the caller's credentials (`CatalogReader`), or the in-process graph
 * (`GraphReader`). The assembly asks for what it needs in batches
 * (`load`) and then reads them one by one (`get`), so a source that must
 * go over the network makes a handful of requests per context, and one in
 * memory makes none.
 */
export interface EntityLookup {
  /** The entity the context is about. */
  getTarget(ref: CompoundEntityRef): Promise<Entity | undefined>;
  /** Makes the given refs available to `get`; refs are relation targets. */
  load(refs: Iterable<string | undefined>): Promise<void>;
  /** An entity loaded before, or undefined if it was not found. */
  get(ref: string): Entity | undefined;
  /** Every entity found so far, for the catalog revision. */
  found(): Entity[];
}
