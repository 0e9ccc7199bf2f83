import { figures, hasFigures, sumOf } from './figures';

describe('figures', () => {
  it('keeps only the figures a vendor actually sent', () => {
    const kept = figures({
      linesAdded: 0,
      linesRemoved: null,
      requests: undefined,
      tokensIn: Number.NaN,
      tokensOut: -4,
      cost: '1.5',
      sessions: 2,
    });
    expect(kept).toEqual({ linesAdded: 0, sessions: 2 });
    expect(hasFigures(kept)).toBe(true);
    expect(hasFigures(figures({ requests: null }))).toBe(false);
  });
});

describe('sumOf', () => {
  it('adds the numbers and is undefined when there are none', () => {
    expect(sumOf(2, undefined, 5, null)).toBe(7);
    expect(sumOf(undefined, null)).toBeUndefined();
  });
});
