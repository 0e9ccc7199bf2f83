import { ExpiringLru } from './ExpiringLru';

describe('ExpiringLru', () => {
  beforeEach(() => {
    jest.useFakeTimers();
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it('returns an entry until it expires', () => {
    const lru = new ExpiringLru<string>(10, 1000);
    lru.set('a', 'first');

    jest.advanceTimersByTime(999);
    expect(lru.get('a')).toBe('first');
    jest.advanceTimersByTime(1);
    expect(lru.get('a')).toBeUndefined();
  });

  it('does not extend an entry when it is read', () => {
    const lru = new ExpiringLru<string>(10, 1000);
    lru.set('a', 'first');

    jest.advanceTimersByTime(600);
    lru.get('a');
    jest.advanceTimersByTime(400);

    expect(lru.get('a')).toBeUndefined();
  });

  it('evicts the least recently used entry beyond its bound', () => {
    const lru = new ExpiringLru<string>(2, 1000);
    lru.set('a', 'A');
    lru.set('b', 'B');
    lru.get('a');
    lru.set('c', 'C');

    expect(lru.size).toBe(2);
    expect([lru.get('a'), lru.get('b'), lru.get('c')]).toEqual([
      'A',
      undefined,
      'C',
    ]);
  });

  it('sweeps out expired entries that nobody asks for again', () => {
    const lru = new ExpiringLru<string>(10, 1000);
    lru.set('a', 'A');
    lru.set('b', 'B');
    jest.advanceTimersByTime(500);
    lru.set('c', 'C');

    jest.advanceTimersByTime(500);
    lru.get('c');

    // a and b expired and were swept; c has 500 ms to live.
    expect(lru.size).toBe(1);
    expect(lru.get('c')).toBe('C');
  });

  it('deletes an entry only while it still holds the given value', () => {
    const lru = new ExpiringLru<string>(10, 1000);
    lru.set('a', 'old');
    lru.set('a', 'new');

    lru.deleteIfHolding('a', 'old');
    expect(lru.get('a')).toBe('new');
    lru.deleteIfHolding('a', 'new');
    expect(lru.get('a')).toBeUndefined();
  });
});
