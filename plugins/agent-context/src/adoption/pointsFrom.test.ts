import { pointsFrom } from './pointsFrom';

describe('pointsFrom', () => {
  it('gives the signed difference in whole percentage points', () => {
    expect(pointsFrom(0.46, 0.08)).toBe('+38 pts');
    expect(pointsFrom(0.2, 0.25)).toBe('-5 pts');
    expect(pointsFrom(0.3, 0.3)).toBe('0 pts');
  });

  it('has none without a share on both sides', () => {
    expect(pointsFrom(null, 0.1)).toBeUndefined();
    expect(pointsFrom(0.1, null)).toBeUndefined();
  });
});
