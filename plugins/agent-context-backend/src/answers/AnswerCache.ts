/** A response ready to send: the bytes, their strong ETag and type. */
export interface Answer {
  readonly body: Buffer;
  /** A strong validator, quoted: equal ETags mean equal bytes. */
  readonly etag: string;
  readonly contentType: string;
}

/** What an answer was built from: a change to any of them removes it. */
export interface AnswerDependencies {
  /** Lower-case refs of every entity the assembly looked at, found or not. */
  refs: Iterable<string>;
  /** The convention scopes whose conventions it applied (`global`, refs). */
  scopes: Iterable<string>;
}

/** A stored answer and what it was built from. */
export interface CachedAnswer {
  readonly answer: Answer;
  readonly refs: readonly string[];
  readonly scopes: readonly string[];
}

interface Entry extends CachedAnswer {
  refs: string[];
  scopes: string[];
  /** Reads since it was stored: what makes an entity hot. */
  hits: number;
  /** What it costs the cache's bound. */
  size: number;
  storedAt: number;
}

/** Per entry, besides its bytes: the key and bookkeeping. */
const ENTRY_OVERHEAD_BYTES = 512;
/** Per ref or scope it depends on: its string and two index slots. */
const DEPENDENCY_BYTES = 96;

/** What an invalidation removed, for re-rendering the hot ones. */
export interface RemovedAnswer {
  key: string;
  hits: number;
}

/**
 * Ready-to-send answers shared by every caller of a visibility class,
 * bounded by bytes (least recently used out first) and indexed backwards
 * by what each was built from, so that a change removes exactly the
 * answers it affects and nothing else.
 *
 * The cache holds no per-caller state: its size depends on the catalog
 * and `maxBytes`, never on how many callers there are.
 */
export class AnswerCache {
  private readonly entries = new Map<string, Entry>();
  private readonly byRef = new Map<string, Set<string>>();
  private readonly byScope = new Map<string, Set<string>>();
  private bytes = 0;
  private readonly counters = {
    hits: 0,
    misses: 0,
    evictions: 0,
    invalidations: 0,
  };

  constructor(
    private readonly options: {
      maxBytes: number;
      /**
       * How long an answer is served at most. Changes to entities and to
       * conventions remove answers at once; this bounds only what has no
       * change signal (sections and conventions that modules add).
       */
      maxAgeMs: number;
      now?: () => number;
    },
  ) {}

  private get maxBytes() {
    return this.options.maxBytes;
  }

  private now() {
    return this.options.now?.() ?? Date.now();
  }

  get(key: string): Answer | undefined {
    return this.getEntry(key)?.answer;
  }

  /** An answer with what it was built from. */
  getEntry(key: string): CachedAnswer | undefined {
    const entry = this.entries.get(key);
    if (entry && this.now() - entry.storedAt > this.options.maxAgeMs) {
      this.remove(key);
    }
    if (!entry || !this.entries.has(key)) {
      this.counters.misses += 1;
      return undefined;
    }
    // Re-insert: the map's order is least recently used first.
    this.entries.delete(key);
    this.entries.set(key, entry);
    entry.hits += 1;
    this.counters.hits += 1;
    return entry;
  }

  /**
   * Stores an answer. One larger than an eighth of the whole cache is not
   * kept: it would push out many others for one entity's sake.
   */
  set(key: string, answer: Answer, dependencies: AnswerDependencies): void {
    this.remove(key);
    const refs = [...new Set(dependencies.refs)];
    const scopes = [...new Set(dependencies.scopes)];
    const size =
      answer.body.length +
      ENTRY_OVERHEAD_BYTES +
      (refs.length + scopes.length) * DEPENDENCY_BYTES;
    if (size > this.maxBytes / 8) {
      return;
    }
    const entry: Entry = {
      answer,
      refs,
      scopes,
      hits: 0,
      size,
      storedAt: this.now(),
    };
    this.entries.set(key, entry);
    this.bytes += size;
    entry.refs.forEach(ref => indexAdd(this.byRef, ref, key));
    entry.scopes.forEach(scope => indexAdd(this.byScope, scope, key));
    while (this.bytes > this.maxBytes) {
      const oldest = this.entries.keys().next().value!;
      this.remove(oldest);
      this.counters.evictions += 1;
    }
  }

  /** Removes every answer built from any of these entities. */
  invalidateRefs(refs: Iterable<string>): RemovedAnswer[] {
    return this.invalidate(this.byRef, refs);
  }

  /** Removes every answer that applied conventions of any of these scopes. */
  invalidateScopes(scopes: Iterable<string>): RemovedAnswer[] {
    return this.invalidate(this.byScope, scopes);
  }

  /** Removes everything (e.g. when a change cannot be traced to scopes). */
  clear(): RemovedAnswer[] {
    const removed = [...this.entries.entries()].map(([key, entry]) => ({
      key,
      hits: entry.hits,
    }));
    removed.forEach(({ key }) => this.remove(key));
    this.counters.invalidations += removed.length;
    return removed;
  }

  stats() {
    return {
      entries: this.entries.size,
      bytes: this.bytes,
      maxBytes: this.maxBytes,
      ...this.counters,
    };
  }

  private invalidate(
    index: Map<string, Set<string>>,
    names: Iterable<string>,
  ): RemovedAnswer[] {
    const removed: RemovedAnswer[] = [];
    for (const name of names) {
      for (const key of [...(index.get(name) ?? [])]) {
        const hits = this.remove(key);
        if (hits !== undefined) {
          removed.push({ key, hits });
        }
      }
    }
    this.counters.invalidations += removed.length;
    return removed;
  }

  /** Removes one entry and its index entries; returns its hits. */
  private remove(key: string): number | undefined {
    const entry = this.entries.get(key);
    if (!entry) {
      return undefined;
    }
    this.entries.delete(key);
    this.bytes -= entry.size;
    entry.refs.forEach(ref => indexDelete(this.byRef, ref, key));
    entry.scopes.forEach(scope => indexDelete(this.byScope, scope, key));
    return entry.hits;
  }
}

function indexAdd(index: Map<string, Set<string>>, name: string, key: string) {
  const keys = index.get(name);
  if (keys) {
    keys.add(key);
  } else {
    index.set(name, new Set([key]));
  }
}

/** Drops emptied sets, so the index never outgrows the entries. */
function indexDelete(
  index: Map<string, Set<string>>,
  name: string,
  key: string,
) {
  const keys = index.get(name);
  keys?.delete(key);
  if (keys?.size === 0) {
    index.delete(name);
  }
}
