import { lastDays } from './lastDays';

describe('lastDays', () => {
  it('spans the given number of days, today included', () => {
    expect(lastDays(90, new Date('2026-12-02T18:00:00Z'))).toEqual({
      from: '2026-09-04',
      to: '2026-12-02',
    });
    expect(lastDays(1, new Date('2026-12-02T00:00:00Z'))).toEqual({
      from: '2026-12-02',
      to: '2026-12-02',
    });
  });
});
