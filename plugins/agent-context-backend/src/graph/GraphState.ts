import {
  Entity,
  EntityRelation,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { RepositorySource } from '../repository/repositorySources';
import { deepFreeze } from './deepFreeze';
import { RepositoryIndex } from './RepositoryIndex';
import { StringTable } from './StringTable';
import { UserEmailIndex } from './UserEmailIndex';

/** One entity as the graph holds it. */
interface GraphNode {
  /** The entity's fields but its relations, frozen. */
  entity: Omit<Entity, 'relations'>;
  /** Its relations as (type id, target id) pairs. */
  relations: Int32Array;
}

/** Catalog refs are case-insensitive; the graph keys them in lower case. */
export const refKey = (ref: string) => ref.toLocaleLowerCase('en-US');

/**
 * Below this many interned strings the table is never compacted: a small
 * catalog's leftovers are not worth a pass.
 */
const MIN_COMPACTION_SIZE = 1024;

/**
 * The entities of the catalog graph and their indexes. Refs and relation
 * types are interned once in a string table; each entity's relations are
 * a flat array of integer pairs, turned back into `relations` objects only
 * when an entity is read.
 */
export class GraphState {
  private table = new StringTable();
  /** Keyed by the table id of the entity's lower-case ref. */
  private nodes = new Map<number, GraphNode>();
  private relationCount = 0;
  private readonly repositories = new RepositoryIndex();
  /** The lower-case refs of the entities of each kind, by lower-case kind. */
  private readonly kinds = new Map<string, Set<string>>();
  private readonly userEmails = new UserEmailIndex();
  /** The table's size after the last compaction (0: not measured yet). */
  private compactedSize = 0;

  /** Adds or replaces an entity; returns its lower-case ref. */
  put(entity: Entity): string {
    const key = refKey(stringifyEntityRef(entity));
    this.remove(key);
    const { relations = [], ...rest } = entity;
    const pairs = new Int32Array(relations.length * 2);
    relations.forEach((relation, index) => {
      pairs[index * 2] = this.table.intern(relation.type);
      pairs[index * 2 + 1] = this.table.intern(relation.targetRef);
    });
    const node = { entity: deepFreeze(rest), relations: pairs };
    const id = this.table.intern(key);
    this.nodes.set(id, node);
    this.refsOf(kindOf(key)).add(key);
    this.relationCount += relations.length;
    this.repositories.add(key, node.entity);
    this.userEmails.add(key, node.entity);
    return key;
  }

  /** Drops an entity by lower-case ref; whether the graph held it. */
  remove(key: string): boolean {
    const id = this.table.find(key);
    const node = id === undefined ? undefined : this.nodes.get(id);
    if (id === undefined || !node) {
      return false;
    }
    this.nodes.delete(id);
    this.refsOf(kindOf(key)).delete(key);
    this.relationCount -= node.relations.length / 2;
    this.repositories.remove(key, node.entity);
    this.userEmails.remove(key, node.entity);
    return true;
  }

  /** The entity with its relations, by ref in any letter case. */
  get(ref: string): Entity | undefined {
    const id = this.table.find(refKey(ref));
    const node = id === undefined ? undefined : this.nodes.get(id);
    if (!node) {
      return undefined;
    }
    const relations: EntityRelation[] = new Array(node.relations.length / 2);
    for (let index = 0; index < relations.length; index++) {
      relations[index] = {
        type: this.table.at(node.relations[index * 2]),
        targetRef: this.table.at(node.relations[index * 2 + 1]),
      };
    }
    return { ...node.entity, relations };
  }

  /** The etag the graph holds for a lower-case ref; undefined if none. */
  etagOf(key: string): string | undefined {
    const id = this.table.find(key);
    return id === undefined
      ? undefined
      : this.nodes.get(id)?.entity.metadata.etag;
  }

  /** Whether the graph holds the entity of a lower-case ref. */
  has(key: string): boolean {
    const id = this.table.find(key);
    return id !== undefined && this.nodes.has(id);
  }

  /** The lower-case refs of every entity held. */
  *keys(): IterableIterator<string> {
    for (const id of this.nodes.keys()) {
      yield this.table.at(id);
    }
  }

  /** The lower-case refs of every entity of a kind, in any letter case. */
  refsOfKind(kind: string): string[] {
    return [...(this.kinds.get(kind.toLocaleLowerCase('en-US')) ?? [])];
  }

  private refsOf(kind: string): Set<string> {
    let refs = this.kinds.get(kind);
    if (!refs) {
      refs = new Set();
      this.kinds.set(kind, refs);
    }
    return refs;
  }

  get entityCount(): number {
    return this.nodes.size;
  }

  get relations(): number {
    return this.relationCount;
  }

  /** The entities that say their source lives in `repository`. */
  repositorySources(repository: string): RepositorySource[] {
    return this.repositories.sourcesIn(repository);
  }

  /** The lower-case refs of the users whose profile has this e-mail. */
  usersWithEmail(email: string): string[] {
    return this.userEmails.usersWithEmail(email);
  }

  /**
   * Rebuilds the string table without the refs no entity names any more,
   * once it has doubled since it was last rebuilt (or, the first time,
   * measured): a catalog whose entities come and go would otherwise grow
   * it without bound. Doubling keeps the cost a constant share per string.
   */
  compactIfGrown(): void {
    if (this.compactedSize === 0) {
      this.compactedSize = Math.max(this.table.size, MIN_COMPACTION_SIZE);
      return;
    }
    if (this.table.size <= 2 * this.compactedSize) {
      return;
    }
    const old = this.table;
    const table = new StringTable();
    const nodes = new Map<number, GraphNode>();
    for (const [id, node] of this.nodes) {
      nodes.set(table.intern(old.at(id)), {
        entity: node.entity,
        relations: node.relations.map(value => table.intern(old.at(value))),
      });
    }
    this.table = table;
    this.nodes = nodes;
    this.compactedSize = Math.max(table.size, MIN_COMPACTION_SIZE);
  }

  /** How many strings are interned; for tests of the compaction. */
  get internedStrings(): number {
    return this.table.size;
  }
}

/** The kind of a lower-case ref, `kind:namespace/name`. */
function kindOf(key: string): string {
  return key.slice(0, key.indexOf(':'));
}
