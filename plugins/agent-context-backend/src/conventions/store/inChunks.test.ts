import { inChunks, WHERE_IN_CHUNK_SIZE } from './inChunks';

describe('inChunks', () => {
  it('splits a list into consecutive chunks of at most the size', () => {
    expect(inChunks([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  });

  it('returns no chunks for an empty list', () => {
    expect(inChunks([], 2)).toEqual([]);
  });

  it('keeps a list that fits the default size in one chunk', () => {
    const values = Array.from({ length: WHERE_IN_CHUNK_SIZE }, (_, i) => i);
    expect(inChunks(values)).toEqual([values]);
    expect(inChunks([...values, -1])).toEqual([values, [-1]]);
  });
});
