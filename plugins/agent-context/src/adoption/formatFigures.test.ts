import { changeFrom, formatNumber, numberOf } from './formatFigures';

describe('formatNumber', () => {
  it('keeps small counts exact and makes large ones compact', () => {
    expect(formatNumber(9_999, 'count')).toBe('9,999');
    expect(formatNumber(412_300, 'count')).toBe('412.3K');
    expect(formatNumber(82_000_000, 'count')).toBe('82M');
  });

  it('shows costs in whole dollars, shares in whole percents and rates to a tenth', () => {
    expect(formatNumber(18_420.5, 'cost')).toBe('$18,421');
    expect(formatNumber(0.456, 'share')).toBe('46%');
    expect(formatNumber(67.74, 'rate')).toBe('67.7');
  });

  it('shows a share with nothing to share as a dash, never 0%', () => {
    expect(formatNumber(null, 'share')).toBe('–');
  });
});

describe('numberOf', () => {
  it('gives no number for a withheld figure, and zero for zero', () => {
    expect(numberOf({ withheld: true, reason: 'small' })).toBeUndefined();
    expect(numberOf(0)).toBe(0);
    expect(numberOf(null)).toBeUndefined();
  });
});

describe('changeFrom', () => {
  it('signs the change and has none against a zero or missing baseline', () => {
    expect(changeFrom(67.7, 51.2)).toBe('+32%');
    expect(changeFrom(40, 50)).toBe('-20%');
    expect(changeFrom(5, 0)).toBeUndefined();
    expect(changeFrom(null, 3)).toBeUndefined();
  });
});
