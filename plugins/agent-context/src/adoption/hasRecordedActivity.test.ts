import {
  figuresOf,
  withheld,
  withheldFiguresOf,
} from '../__fixtures__/adoption';
import { hasRecordedActivity } from './hasRecordedActivity';

describe('hasRecordedActivity', () => {
  it('is false when every figure is zero', () => {
    expect(hasRecordedActivity(figuresOf())).toBe(false);
  });

  it('counts a withheld figure as activity, not as nothing', () => {
    expect(hasRecordedActivity(withheldFiguresOf())).toBe(true);
    expect(hasRecordedActivity(figuresOf({ contextFetches: withheld }))).toBe(
      true,
    );
  });

  it('counts merge requests alone as activity', () => {
    expect(hasRecordedActivity(figuresOf({ mergeRequestsOpened: 2 }))).toBe(
      true,
    );
  });
});
