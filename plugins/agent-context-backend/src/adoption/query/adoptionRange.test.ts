import {
  bucketKey,
  parseAdoptionRange,
  rangeBuckets,
  weekStart,
} from './adoptionRange';

describe('parseAdoptionRange', () => {
  const today = '2026-12-03';

  it('defaults to the last 30 days ending today, by week, against the 30 days before', () => {
    expect(parseAdoptionRange({}, today)).toEqual({
      from: '2026-11-04',
      to: '2026-12-03',
      bucket: 'week',
      baselineFrom: '2026-10-05',
      baselineTo: '2026-11-03',
    });
  });

  it('takes a baseline of the same length as the range it is given', () => {
    expect(
      parseAdoptionRange(
        { from: '2026-11-01', to: '2026-11-07', bucket: 'day' },
        today,
      ),
    ).toEqual({
      from: '2026-11-01',
      to: '2026-11-07',
      bucket: 'day',
      baselineFrom: '2026-10-25',
      baselineTo: '2026-10-31',
    });
    expect(
      parseAdoptionRange(
        { from: '2026-11-01', to: '2026-11-07', baselineFrom: '2026-01-01' },
        today,
      ),
    ).toMatchObject({ baselineFrom: '2026-01-01', baselineTo: '2026-01-07' });
  });

  it('accepts 400 days and no more', () => {
    expect(
      parseAdoptionRange({ from: '2025-10-30', to: '2026-12-03' }, today).from,
    ).toBe('2025-10-30');
    expect(() =>
      parseAdoptionRange({ from: '2025-10-29', to: '2026-12-03' }, today),
    ).toThrow(
      "Invalid from '2025-10-29': more than 400 days before to '2026-12-03'",
    );
  });

  it.each([
    [
      { from: '2026-02-30' },
      "Invalid from '2026-02-30': not a day (YYYY-MM-DD)",
    ],
    [{ to: '2026-1-1' }, "Invalid to '2026-1-1': not a day (YYYY-MM-DD)"],
    [{ bucket: 'hour' }, "Invalid bucket 'hour': not one of week, day"],
    [{ baselineTo: 'x' }, "Invalid baselineTo 'x': not a day (YYYY-MM-DD)"],
    [
      { baselineFrom: '2026-11-10', baselineTo: '2026-11-01' },
      "Invalid baselineFrom '2026-11-10': after baselineTo '2026-11-01'",
    ],
  ])('names the parameter that is wrong (%#)', (params, message) => {
    expect(() => parseAdoptionRange(params, today)).toThrow(message);
  });
});

describe('rangeBuckets', () => {
  it('keys ISO weeks by their Monday, each cut to the range', () => {
    expect(weekStart('2026-11-08')).toBe('2026-11-02');
    expect(weekStart('2026-11-09')).toBe('2026-11-09');
    expect(bucketKey('day', '2026-11-08')).toBe('2026-11-08');
    expect([
      ...rangeBuckets({ from: '2026-11-07', to: '2026-11-17', bucket: 'week' }),
    ]).toEqual([
      ['2026-11-02', { start: '2026-11-07', end: '2026-11-08' }],
      ['2026-11-09', { start: '2026-11-09', end: '2026-11-15' }],
      ['2026-11-16', { start: '2026-11-16', end: '2026-11-17' }],
    ]);
  });
});
