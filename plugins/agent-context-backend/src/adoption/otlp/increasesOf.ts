import { OtlpSeriesState } from './OtlpSeriesStore';

/** One data point of a series, as the mapping read it. */
export interface OtlpSeriesPoint {
  seriesKey: string;
  metric: string;
  temporality: 'delta' | 'cumulative';
  /** Decimal nanoseconds since the epoch. */
  startTimeUnixNano: string;
  /** Decimal nanoseconds since the epoch. */
  timeUnixNano: string;
  /** A sum's value or a histogram's sum. */
  value: number;
  /** A histogram's count. */
  count?: number;
}

/** How much a point adds: its own figures for a delta, the increase for a running total. */
export interface OtlpIncrease<P extends OtlpSeriesPoint> {
  point: P;
  value: number;
  count?: number;
}

const nanos = (value: string) => BigInt(value || '0');

/**
 * The increase each point adds, against the last point taken of its series
 * (see docs/adr/0028-otlp-cumulative-to-delta.md):
 *
 * - delta points are taken as they are;
 * - a running total first seen, or with a later start time (a restarted
 *   exporter), adds its whole value;
 * - one no later than the last taken (a re-sent or late export), or with
 *   an earlier start time than the last (an export from before a restart),
 *   adds nothing: its increase is in what was taken already;
 * - one that went down within one start time is a reset, and adds its
 *   whole value; otherwise it adds the difference.
 *
 * Returns the increases, and the series states to record once they are
 * stored.
 */
export function increasesOf<P extends OtlpSeriesPoint>(
  points: P[],
  known: Map<string, OtlpSeriesState>,
): { increases: OtlpIncrease<P>[]; states: OtlpSeriesState[] } {
  const increases: OtlpIncrease<P>[] = [];
  const last = new Map(known);
  const changed = new Map<string, OtlpSeriesState>();
  const inTimeOrder = [...points].sort((a, b) => {
    const d = nanos(a.timeUnixNano) - nanos(b.timeUnixNano);
    return d < 0n ? -1 : Number(d > 0n);
  });
  for (const point of inTimeOrder) {
    if (point.temporality === 'delta') {
      increases.push({ point, value: point.value, count: point.count });
      continue;
    }
    const state: OtlpSeriesState = {
      seriesKey: point.seriesKey,
      metric: point.metric,
      startTimeUnixNano: point.startTimeUnixNano,
      timeUnixNano: point.timeUnixNano,
      value: point.value,
      ...(point.count !== undefined ? { count: point.count } : {}),
    };
    const previous = last.get(point.seriesKey);
    const start = nanos(point.startTimeUnixNano);
    if (previous && start < nanos(previous.startTimeUnixNano)) {
      continue;
    }
    if (previous && start === nanos(previous.startTimeUnixNano)) {
      if (nanos(point.timeUnixNano) <= nanos(previous.timeUnixNano)) {
        continue;
      }
      const reset =
        point.value < previous.value ||
        (point.count ?? 0) < (previous.count ?? 0);
      increases.push(
        reset
          ? { point, value: point.value, count: point.count }
          : {
              point,
              value: point.value - previous.value,
              count:
                point.count === undefined
                  ? undefined
                  : point.count - (previous.count ?? 0),
            },
      );
    } else {
      increases.push({ point, value: point.value, count: point.count });
    }
    last.set(point.seriesKey, state);
    changed.set(point.seriesKey, state);
  }
  return { increases, states: [...changed.values()] };
}
