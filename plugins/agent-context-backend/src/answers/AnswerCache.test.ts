import { Answer, AnswerCache } from './AnswerCache';

function answerOf(text: string, size = text.length): Answer {
  return {
    body: Buffer.from(text.padEnd(size, '.')),
    etag: `"${text}"`,
    contentType: 'text/plain',
  };
}

function cache(options: { maxBytes?: number; maxAgeMs?: number } = {}) {
  let now = 0;
  const answers = new AnswerCache({
    maxBytes: options.maxBytes ?? 1_000_000,
    maxAgeMs: options.maxAgeMs ?? 60_000,
    now: () => now,
  });
  return {
    answers,
    advance(ms: number) {
      now += ms;
    },
  };
}

const dependsOn = (refs: string[], scopes: string[] = []) => ({
  refs,
  scopes,
});

describe('AnswerCache', () => {
  it('serves what was stored, by key', () => {
    const { answers } = cache();
    answers.set('a', answerOf('one'), dependsOn(['component:default/a']));
    expect(answers.get('a')?.etag).toBe('"one"');
    expect(answers.get('b')).toBeUndefined();
    expect(answers.stats()).toMatchObject({ hits: 1, misses: 1, entries: 1 });
  });

  it('removes exactly the answers built from a changed entity', () => {
    const { answers } = cache();
    answers.set('a', answerOf('a'), dependsOn(['x', 'y']));
    answers.set('b', answerOf('b'), dependsOn(['y', 'z']));
    answers.set('c', answerOf('c'), dependsOn(['z']));

    const removed = answers.invalidateRefs(['y']);

    expect(removed.map(r => r.key).sort()).toEqual(['a', 'b']);
    expect(answers.get('a')).toBeUndefined();
    expect(answers.get('b')).toBeUndefined();
    expect(answers.get('c')).toBeDefined();
    // The index forgot the removed answers: changing x again removes nothing.
    expect(answers.invalidateRefs(['x'])).toEqual([]);
  });

  it('removes the answers that applied a changed scope, and reports their reads', () => {
    const { answers } = cache();
    answers.set(
      'a',
      answerOf('a'),
      dependsOn([], ['global', 'group:default/t']),
    );
    answers.set('b', answerOf('b'), dependsOn([], ['global']));
    answers.get('a');
    answers.get('a');

    expect(answers.invalidateScopes(['group:default/t'])).toEqual([
      { key: 'a', hits: 2 },
    ]);
    expect(answers.get('b')).toBeDefined();
    expect(answers.clear()).toEqual([{ key: 'b', hits: 1 }]);
    expect(answers.stats()).toMatchObject({ entries: 0, bytes: 0 });
  });

  it('stays within its byte bound, least recently used out first', () => {
    // Each entry: 1,000 body bytes, 512 overhead and one 96-byte
    // dependency, 1,608 in all: eight fit in 13,000 bytes, nine do not.
    const { answers } = cache({ maxBytes: 13_000 });
    const keys = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    keys.forEach(key =>
      answers.set(key, answerOf(key, 1000), dependsOn(['x'])),
    );
    answers.get('a');
    answers.set('i', answerOf('i', 1000), dependsOn(['x']));

    expect(answers.get('b')).toBeUndefined();
    for (const key of ['a', 'c', 'd', 'e', 'f', 'g', 'h', 'i']) {
      expect(answers.get(key)).toBeDefined();
    }
    expect(answers.stats()).toMatchObject({
      entries: 8,
      bytes: 8 * 1608,
      evictions: 1,
    });
  });

  it('does not keep an answer larger than an eighth of the whole', () => {
    const { answers } = cache({ maxBytes: 8000 });
    answers.set('big', answerOf('big', 1000), dependsOn([]));
    expect(answers.get('big')).toBeUndefined();
    expect(answers.stats().bytes).toBe(0);
  });

  it('replaces an entry stored again under the same key, index included', () => {
    const { answers } = cache();
    answers.set('a', answerOf('old'), dependsOn(['x']));
    answers.set('a', answerOf('new'), dependsOn(['y']));
    expect(answers.invalidateRefs(['x'])).toEqual([]);
    expect(answers.get('a')?.etag).toBe('"new"');
    expect(answers.stats().entries).toBe(1);
  });

  it('serves nothing older than its maximum age', () => {
    const { answers, advance } = cache({ maxAgeMs: 1000 });
    answers.set('a', answerOf('a'), dependsOn(['x']));
    advance(1000);
    expect(answers.get('a')).toBeDefined();
    advance(1);
    expect(answers.get('a')).toBeUndefined();
    expect(answers.stats()).toMatchObject({ entries: 0, bytes: 0 });
  });
});
