import { OtlpSeriesState } from './OtlpSeriesStore';
import { OtlpSeriesPoint, increasesOf } from './increasesOf';

const point = (
  overrides: Partial<OtlpSeriesPoint> &
    Pick<OtlpSeriesPoint, 'timeUnixNano' | 'value'>,
): OtlpSeriesPoint => ({
  seriesKey: 'a',
  metric: 'claude_code.token.usage',
  temporality: 'cumulative',
  startTimeUnixNano: '1000',
  ...overrides,
});

const state = (overrides: Partial<OtlpSeriesState> = {}): OtlpSeriesState => ({
  seriesKey: 'a',
  metric: 'claude_code.token.usage',
  startTimeUnixNano: '1000',
  timeUnixNano: '2000',
  value: 100,
  ...overrides,
});

const added = (points: OtlpSeriesPoint[], known: OtlpSeriesState[] = []) =>
  increasesOf(points, new Map(known.map(s => [s.seriesKey, s]))).increases.map(
    increase => [increase.point.timeUnixNano, increase.value, increase.count],
  );

describe('increasesOf', () => {
  it('takes a first running total whole, then what each next one adds, in time order', () => {
    expect(
      added([
        point({ timeUnixNano: '3000', value: 150 }),
        point({ timeUnixNano: '2000', value: 100 }),
        point({ timeUnixNano: '4000', value: 150 }),
      ]),
    ).toEqual([
      ['2000', 100, undefined],
      ['3000', 50, undefined],
      ['4000', 0, undefined],
    ]);
  });

  it('takes nothing from a point sent again or late', () => {
    expect(
      added(
        [
          point({ timeUnixNano: '2000', value: 100 }),
          point({ timeUnixNano: '1500', value: 80 }),
        ],
        [state()],
      ),
    ).toEqual([]);
  });

  it('takes a restarted exporter’s total whole, and ignores exports from before the restart', () => {
    expect(
      added(
        [
          point({ startTimeUnixNano: '5000', timeUnixNano: '6000', value: 7 }),
          point({
            startTimeUnixNano: '1000',
            timeUnixNano: '6500',
            value: 120,
          }),
        ],
        [state()],
      ),
    ).toEqual([['6000', 7, undefined]]);
  });

  it('takes a total that went down within one start time as a reset', () => {
    expect(
      added([point({ timeUnixNano: '3000', value: 30 })], [state()]),
    ).toEqual([['3000', 30, undefined]]);
  });

  it('takes a histogram’s count and sum alike, and a count that went down as a reset', () => {
    const histogram = state({ value: 500, count: 4 });
    expect(
      added(
        [point({ timeUnixNano: '3000', value: 800, count: 6 })],
        [histogram],
      ),
    ).toEqual([['3000', 300, 2]]);
    expect(
      added(
        [point({ timeUnixNano: '3000', value: 900, count: 1 })],
        [histogram],
      ),
    ).toEqual([['3000', 900, 1]]);
  });

  it('takes delta points as they are and records no state for them', () => {
    const result = increasesOf(
      [point({ temporality: 'delta', timeUnixNano: '3000', value: 5 })],
      new Map([['a', state()]]),
    );
    expect(result.increases.map(i => i.value)).toEqual([5]);
    expect(result.states).toEqual([]);
  });

  it('returns the last state of each series it moved', () => {
    const result = increasesOf(
      [
        point({ timeUnixNano: '3000', value: 150 }),
        point({ timeUnixNano: '4000', value: 170 }),
        point({ seriesKey: 'b', timeUnixNano: '3000', value: 1, count: 1 }),
      ],
      new Map([['a', state()]]),
    );
    expect(result.states).toEqual([
      { ...state(), timeUnixNano: '4000', value: 170 },
      {
        ...state({ seriesKey: 'b' }),
        timeUnixNano: '3000',
        value: 1,
        count: 1,
      },
    ]);
  });

  it('compares nanoseconds beyond the precision of a number', () => {
    const start = '1764720000000000001';
    expect(
      added(
        [
          point({
            startTimeUnixNano: start,
            timeUnixNano: '1764720060000000002',
            value: 9,
          }),
        ],
        [
          state({
            startTimeUnixNano: start,
            timeUnixNano: '1764720060000000001',
            value: 4,
          }),
        ],
      ),
    ).toEqual([['1764720060000000002', 5, undefined]]);
  });
});
