import { figuresOf, withheld } from '../__fixtures__/adoption';
import { hasActivity } from './hasActivity';

describe('hasActivity', () => {
  it('is false when every figure is zero', () => {
    expect(hasActivity(figuresOf())).toBe(false);
  });

  it('is true for any usage, merge request or context fetch', () => {
    expect(hasActivity(figuresOf({ requests: 1 }))).toBe(true);
    expect(hasActivity(figuresOf({ mergeRequestsMerged: 2 }))).toBe(true);
    expect(hasActivity(figuresOf({ contextFetches: 3 }))).toBe(true);
  });

  it('counts a withheld figure as activity', () => {
    expect(hasActivity(figuresOf({ activeUsers: withheld }))).toBe(true);
  });
});
