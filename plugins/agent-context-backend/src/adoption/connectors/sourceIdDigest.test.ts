import { sourceIdDigest } from './sourceIdDigest';

describe('sourceIdDigest', () => {
  it('is stable for one key and identity, and reveals neither', () => {
    const digest = sourceIdDigest('key-1', 'ada@example.com');
    expect(digest).toMatch(/^[0-9a-f]{32}$/);
    expect(sourceIdDigest('key-1', 'ada@example.com')).toBe(digest);
    expect(sourceIdDigest('key-1', 'bob@example.com')).not.toBe(digest);
    expect(sourceIdDigest('key-2', 'ada@example.com')).not.toBe(digest);
  });
});
