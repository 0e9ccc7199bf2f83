import { withheld } from '../__fixtures__/adoption';
import { sumFigures } from './sumFigures';

describe('sumFigures', () => {
  it('adds shown figures', () => {
    expect(sumFigures(310_000_000, 82_000_000)).toBe(392_000_000);
  });

  it('is withheld when any part is', () => {
    expect(sumFigures(12, withheld)).toEqual(withheld);
  });
});
