import {
  daysIn,
  lastDays,
  rangeFromSearch,
  rangeProblem,
  todayUtc,
} from './adoptionRange';

describe('lastDays', () => {
  it('counts the end day in, across month and year ends', () => {
    expect(lastDays(30, '2026-12-02')).toEqual({
      from: '2026-11-03',
      to: '2026-12-02',
    });
    expect(lastDays(90, '2026-01-15')).toEqual({
      from: '2025-10-18',
      to: '2026-01-15',
    });
    expect(daysIn(lastDays(90, '2026-01-15'))).toBe(90);
  });
});

describe('todayUtc', () => {
  it('reads the day in UTC, not the local one', () => {
    expect(todayUtc(new Date('2026-12-02T23:30:00-05:00'))).toBe('2026-12-03');
  });
});

describe('rangeProblem', () => {
  it('accepts a range within 400 days', () => {
    expect(rangeProblem({ from: '2026-01-01', to: '2026-01-01' })).toBe(
      undefined,
    );
    expect(rangeProblem(lastDays(400, '2026-12-02'))).toBeUndefined();
  });

  it('names the end that is not a date', () => {
    expect(rangeProblem({ from: '2026-02-30', to: '2026-03-01' })).toBe(
      'From must be a date (YYYY-MM-DD).',
    );
    expect(rangeProblem({ from: '2026-02-01', to: 'tomorrow' })).toBe(
      'To must be a date (YYYY-MM-DD).',
    );
  });

  it('refuses a reversed or too long range', () => {
    expect(rangeProblem({ from: '2026-03-02', to: '2026-03-01' })).toBe(
      'From must not be after To.',
    );
    expect(rangeProblem(lastDays(401, '2026-12-02'))).toBe(
      'The range must not exceed 400 days.',
    );
  });
});

describe('rangeFromSearch', () => {
  it('reads from and to of the query string', () => {
    expect(
      rangeFromSearch(
        new URLSearchParams('from=2026-09-04&to=2026-12-02'),
        '2026-12-10',
      ),
    ).toEqual({ range: { from: '2026-09-04', to: '2026-12-02' } });
  });

  it('falls back to the last 30 days without a range', () => {
    expect(rangeFromSearch(new URLSearchParams(''), '2026-12-02')).toEqual({
      range: { from: '2026-11-03', to: '2026-12-02' },
    });
  });

  it('falls back to the last 30 days, saying why, for a range it cannot use', () => {
    expect(
      rangeFromSearch(new URLSearchParams('from=2026-12-09'), '2026-12-02'),
    ).toEqual({
      range: { from: '2026-11-03', to: '2026-12-02' },
      problem: 'To must be a date (YYYY-MM-DD).',
    });
  });
});
