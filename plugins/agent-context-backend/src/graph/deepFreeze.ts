/**
 * Freezes a JSON value and everything in it. The graph hands the same
 * entity data to every caller; a caller that changed it would change what
 * all the others read.
 */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) {
      deepFreeze(child);
    }
  }
  return value;
}
