/**
 * A map bounded twice: by count, evicting the least recently used entry,
 * and by age, each entry expiring a fixed time after it was stored.
 *
 * Expired entries are dropped when read and, so that entries nobody asks
 * for again do not linger until evicted, by a sweep over the whole map at
 * most once per lifetime, run by whichever read or write comes due. The
 * sweep rides on traffic instead of a timer, so there is nothing to stop at
 * shutdown; without traffic nothing grows either.
 */
export class ExpiringLru<V> {
  private readonly entries = new Map<string, { value: V; expiresAt: number }>();
  private nextSweepAt: number;

  constructor(
    private readonly maxEntries: number,
    private readonly lifetimeMs: number,
  ) {
    this.nextSweepAt = Date.now() + lifetimeMs;
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: string): V | undefined {
    this.sweepIfDue();
    const entry = this.entries.get(key);
    if (!entry) {
      return undefined;
    }
    this.entries.delete(key);
    if (entry.expiresAt <= Date.now()) {
      return undefined;
    }
    // Re-inserted, so that the map's order stays least recently used first.
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, value: V): void {
    this.sweepIfDue();
    this.entries.delete(key);
    this.entries.set(key, { value, expiresAt: Date.now() + this.lifetimeMs });
    while (this.entries.size > this.maxEntries) {
      this.entries.delete(this.entries.keys().next().value!);
    }
  }

  /** Removes the entry for `key` if it still holds `value`. */
  deleteIfHolding(key: string, value: V): void {
    if (this.entries.get(key)?.value === value) {
      this.entries.delete(key);
    }
  }

  private sweepIfDue(): void {
    const now = Date.now();
    if (now < this.nextSweepAt) {
      return;
    }
    this.nextSweepAt = now + this.lifetimeMs;
    for (const [key, entry] of this.entries) {
      if (entry.expiresAt <= now) {
        this.entries.delete(key);
      }
    }
  }
}
