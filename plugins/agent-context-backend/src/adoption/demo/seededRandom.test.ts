import {
  between,
  pickWeighted,
  roundRandomly,
  seededRandom,
} from './seededRandom';

const draws = (random: () => number, count = 5) =>
  Array.from({ length: count }, () => random());

describe('seededRandom', () => {
  it('gives the same numbers for the same seed, and others for another', () => {
    expect(draws(seededRandom('a', 1))).toEqual(draws(seededRandom('a', 1)));
    expect(draws(seededRandom('a', 1))).not.toEqual(
      draws(seededRandom('a', 2)),
    );
    // The parts are kept apart: ('ab', 'c') is not ('a', 'bc').
    expect(draws(seededRandom('ab', 'c'))).not.toEqual(
      draws(seededRandom('a', 'bc')),
    );
  });

  it('draws numbers in [0, 1) spread over the interval', () => {
    const numbers = draws(seededRandom('spread'), 10_000);
    expect(Math.min(...numbers)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...numbers)).toBeLessThan(1);
    const mean = numbers.reduce((a, b) => a + b, 0) / numbers.length;
    expect(mean).toBeGreaterThan(0.48);
    expect(mean).toBeLessThan(0.52);
  });
});

describe('between', () => {
  it('reaches both ends and nothing beyond', () => {
    const random = seededRandom('between');
    const seen = new Set(
      Array.from({ length: 500 }, () => between(random, 2, 5)),
    );
    expect([...seen].sort()).toEqual([2, 3, 4, 5]);
  });
});

describe('roundRandomly', () => {
  it('rounds up as often as the fraction says', () => {
    const random = seededRandom('round');
    const values = Array.from({ length: 10_000 }, () =>
      roundRandomly(random, 2.3),
    );
    expect(new Set(values)).toEqual(new Set([2, 3]));
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    expect(mean).toBeCloseTo(2.3, 1);
  });
});

describe('pickWeighted', () => {
  it('picks by weight and never an item weighing nothing', () => {
    const random = seededRandom('weights');
    const picks = Array.from({ length: 4000 }, () =>
      pickWeighted(random, [
        { item: 'a', weight: 3 },
        { item: 'b', weight: 1 },
        { item: 'never', weight: 0 },
      ]),
    );
    const a = picks.filter(p => p === 'a').length;
    expect(a / picks.length).toBeCloseTo(0.75, 1);
    expect(picks).not.toContain('never');
  });
});
