/**
 * How many values one `whereIn` binds. Databases cap the bound parameters of
 * a statement (older SQLite builds at 999), so long lists are split.
 */
export const WHERE_IN_CHUNK_SIZE = 500;

/** Splits values into lists of at most `size`, in order. */
export function inChunks<T>(
  values: readonly T[],
  size: number = WHERE_IN_CHUNK_SIZE,
): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < values.length; start += size) {
    chunks.push(values.slice(start, start + size));
  }
  return chunks;
}
