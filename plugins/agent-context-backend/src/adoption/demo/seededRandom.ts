/** A source of numbers in [0, 1), like Math.random but reproducible. */
export type Random = () => number;

/** A 32-bit hash of the parts (FNV-1a), the seed of a generator. */
function hashOf(parts: Array<string | number>): number {
  let hash = 0x811c9dc5;
  for (const char of parts.join('\u0000')) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * A small, fast generator (mulberry32) seeded by the parts: the same parts
 * always give the same numbers, on every machine. Each person and day
 * takes its own generator, so one day's numbers never depend on which
 * other days were generated before it.
 */
export function seededRandom(...parts: Array<string | number>): Random {
  let state = hashOf(parts);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A whole number from `min` to `max`, both included. */
export function between(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** A whole number near `value`: 2.3 is 3 three times in ten, else 2. */
export function roundRandomly(random: Random, value: number): number {
  const whole = Math.floor(value);
  return whole + (random() < value - whole ? 1 : 0);
}

/** One item of a non-empty list, each as likely as its weight. */
export function pickWeighted<T>(
  random: Random,
  items: Array<{ item: T; weight: number }>,
): T {
  const total = items.reduce((sum, { weight }) => sum + weight, 0);
  let at = random() * total;
  for (const { item, weight } of items) {
    at -= weight;
    if (at < 0) {
      return item;
    }
  }
  return items[items.length - 1].item;
}
