/**
 * Computations that every reader of a range shares for a short while: the
 * adoption figures are the same for everyone allowed to read them, and a
 * dashboard asks for the same range several times at once (its lists, the
 * quiet teams and services, a service's own page). One computation runs
 * per key; later callers within `ttlMs` get its answer; `invalidate()`
 * (after this backend ingests) drops every answer, and the TTL bounds how
 * long another replica's ingestion goes unseen. A failed computation is
 * not kept.
 */
export class SharedComputations<T> {
  private readonly entries = new Map<
    string,
    { at: number; value: Promise<T> }
  >();

  constructor(
    private readonly options: {
      ttlMs: number;
      maxEntries: number;
      now?: () => number;
    },
  ) {}

  get(key: string, compute: () => Promise<T>): Promise<T> {
    const now = (this.options.now ?? Date.now)();
    const kept = this.entries.get(key);
    if (kept && now - kept.at < this.options.ttlMs) {
      return kept.value;
    }
    const value = compute();
    const entry = { at: now, value };
    this.entries.delete(key);
    this.entries.set(key, entry);
    value.catch(() => {
      if (this.entries.get(key) === entry) {
        this.entries.delete(key);
      }
    });
    // Maps iterate in insertion order: the first key is the oldest.
    while (this.entries.size > this.options.maxEntries) {
      this.entries.delete(this.entries.keys().next().value!);
    }
    return value;
  }

  invalidate(): void {
    this.entries.clear();
  }
}
