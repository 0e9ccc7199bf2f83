import { addDays, dayOf, dayStartMs, daysFrom, isDay } from './days';

describe('days', () => {
  it('steps over month and year ends in UTC', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysFrom('2026-11-29', '2026-12-01')).toEqual([
      '2026-11-29',
      '2026-11-30',
      '2026-12-01',
    ]);
    expect(daysFrom('2026-12-02', '2026-12-01')).toEqual([]);
  });

  it('knows a real day from a malformed or impossible one', () => {
    expect(isDay('2026-11-30')).toBe(true);
    expect(isDay('2026-02-30')).toBe(false);
    expect(isDay('2026-13-01')).toBe(false);
    expect(isDay('30/11/2026')).toBe(false);
  });

  it('converts between days and epoch milliseconds', () => {
    expect(dayStartMs('2026-11-30')).toBe(Date.UTC(2026, 10, 30));
    expect(dayOf(Date.UTC(2026, 10, 30, 23, 59, 59, 999))).toBe('2026-11-30');
  });
});
