/**
 * JSON with every object's keys in sorted order, so that two values that
 * are equal as data serialize to the same string however they were built.
 * Array order is kept: it can carry meaning.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, current: unknown) =>
    isPlainObject(current)
      ? Object.fromEntries(
          Object.entries(current).sort(([a], [b]) => compareStrings(a, b)),
        )
      : current,
  );
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function compareStrings(a: string, b: string): number {
  if (a === b) {
    return 0;
  }
  return a < b ? -1 : 1;
}
