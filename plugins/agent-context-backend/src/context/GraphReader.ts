import {
  CompoundEntityRef,
  Entity,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { EntityLookup } from './EntityLookup';

const lower = (ref: string) => ref.toLocaleLowerCase('en-US');

/**
 * The part of the catalog graph a context is assembled from.
 *
 * @public
 */
export interface GraphEntities {
  /** The entity by ref in any letter case; undefined if the catalog has none. */
  get(ref: string): Entity | undefined;
}

/**
 * What one assembly may read of the graph, and what it did read.
 *
 * `visible` hides entities from the assembly exactly as the catalog hides
 * them from a caller who may not read them: a hidden relation target shows
 * as unresolved, a hidden subject as missing. `touched` collects every ref
 * the assembly looked at, found or not: the answer depends on each of
 * them, so a change to any (including one that appears later) invalidates
 * it.
 *
 * @public
 */
export interface AssemblyScope {
  /** Whether the assembly may read an entity (lower-case ref); all if absent. */
  visible?: (ref: string) => boolean;
  /** Collects the lower-case ref of every entity the assembly looked at. */
  touched?: Set<string>;
}

/**
 * An {@link EntityLookup} over the in-process catalog graph: no request
 * leaves the process, so `load` has nothing to do.
 */
export class GraphReader implements EntityLookup {
  private readonly seen = new Map<string, Entity | undefined>();

  constructor(
    private readonly graph: GraphEntities,
    private readonly scope: AssemblyScope = {},
  ) {}

  async getTarget(ref: CompoundEntityRef): Promise<Entity | undefined> {
    return this.get(stringifyEntityRef(ref));
  }

  async load(): Promise<void> {}

  get(ref: string): Entity | undefined {
    const key = lower(ref);
    if (!this.seen.has(key)) {
      // The graph builds an entity's relations on each read: once per
      // assembly is enough.
      this.scope.touched?.add(key);
      const visible = this.scope.visible?.(key) ?? true;
      this.seen.set(key, visible ? this.graph.get(key) : undefined);
    }
    return this.seen.get(key);
  }

  found(): Entity[] {
    return [...this.seen.values()].filter((e): e is Entity => Boolean(e));
  }
}
