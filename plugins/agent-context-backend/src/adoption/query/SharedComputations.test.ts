import { SharedComputations } from './SharedComputations';

describe('SharedComputations', () => {
  let now = 0;
  const shared = () =>
    new SharedComputations<number>({
      ttlMs: 1000,
      maxEntries: 2,
      now: () => now,
    });

  beforeEach(() => {
    now = 0;
  });

  it('runs one computation per key for concurrent and later callers within the TTL', async () => {
    const cache = shared();
    const compute = jest.fn(async () => 7);
    const answers = await Promise.all([
      cache.get('a', compute),
      cache.get('a', compute),
    ]);
    now = 999;
    answers.push(await cache.get('a', compute));
    expect(answers).toEqual([7, 7, 7]);
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it('computes again after the TTL and after an invalidation', async () => {
    const cache = shared();
    let value = 0;
    const compute = async () => ++value;
    expect(await cache.get('a', compute)).toBe(1);
    now = 1000;
    expect(await cache.get('a', compute)).toBe(2);
    cache.invalidate();
    expect(await cache.get('a', compute)).toBe(3);
  });

  it('keeps no failure and no more than maxEntries keys', async () => {
    const cache = shared();
    await expect(
      cache.get('a', async () => Promise.reject(new Error('x'))),
    ).rejects.toThrow('x');
    expect(await cache.get('a', async () => 1)).toBe(1);
    await cache.get('b', async () => 2);
    await cache.get('c', async () => 3);
    const again = jest.fn(async () => 4);
    expect(await cache.get('a', again)).toBe(4);
    expect(again).toHaveBeenCalledTimes(1);
  });
});
