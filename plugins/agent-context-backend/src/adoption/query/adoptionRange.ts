import { InputError } from '@backstage/errors';

/** How figures are split over time: ISO weeks (from Monday) or days. */
export type AdoptionBucket = 'week' | 'day';

/** The days a query covers, inclusive, and the period it is compared with. */
export interface AdoptionRange {
  from: string;
  to: string;
  bucket: AdoptionBucket;
  baselineFrom: string;
  baselineTo: string;
}

/** A range's parameters as a caller sends them; all optional. */
export interface AdoptionRangeParams {
  from?: string;
  to?: string;
  bucket?: string;
  baselineFrom?: string;
  baselineTo?: string;
}

export const DEFAULT_RANGE_DAYS = 30;
export const MAX_RANGE_DAYS = 400;
const DAY_MS = 86_400_000;
const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** The day `days` after `day` (before, when negative). */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS)
    .toISOString()
    .slice(0, 10);
}

/** Days from `from` to `to`, both included. */
export function daysIn(from: string, to: string): number {
  return (
    (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS +
    1
  );
}

/** The Monday that starts the ISO week of `day`. */
export function weekStart(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}

function parseDay(name: string, value: string | undefined) {
  if (value === undefined) {
    return undefined;
  }
  // A real calendar day: 2026-02-30 parses, but not back to itself.
  if (
    !DAY_PATTERN.test(value) ||
    Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ||
    new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value
  ) {
    throw new InputError(`Invalid ${name} '${value}': not a day (YYYY-MM-DD)`);
  }
  return value;
}

function checkOrder(
  fromName: string,
  from: string,
  toName: string,
  to: string,
) {
  if (from > to) {
    throw new InputError(
      `Invalid ${fromName} '${from}': after ${toName} '${to}'`,
    );
  }
  if (daysIn(from, to) > MAX_RANGE_DAYS) {
    throw new InputError(
      `Invalid ${fromName} '${from}': more than ${MAX_RANGE_DAYS} days before ${toName} '${to}'`,
    );
  }
}

/**
 * The range a query asks for. Defaults: the last 30 days ending today
 * (UTC), by week, against the same number of days just before `from`.
 * Throws `InputError` naming the parameter that is wrong.
 */
export function parseAdoptionRange(
  params: AdoptionRangeParams,
  today: string = new Date().toISOString().slice(0, 10),
): AdoptionRange {
  const bucket = params.bucket ?? 'week';
  if (bucket !== 'week' && bucket !== 'day') {
    throw new InputError(`Invalid bucket '${bucket}': not one of week, day`);
  }
  const to = parseDay('to', params.to) ?? today;
  const from =
    parseDay('from', params.from) ?? addDays(to, -(DEFAULT_RANGE_DAYS - 1));
  checkOrder('from', from, 'to', to);

  const days = daysIn(from, to);
  const givenBaselineFrom = parseDay('baselineFrom', params.baselineFrom);
  const baselineTo =
    parseDay('baselineTo', params.baselineTo) ??
    (givenBaselineFrom
      ? addDays(givenBaselineFrom, days - 1)
      : addDays(from, -1));
  const baselineFrom = givenBaselineFrom ?? addDays(baselineTo, -(days - 1));
  checkOrder('baselineFrom', baselineFrom, 'baselineTo', baselineTo);
  return { from, to, bucket, baselineFrom, baselineTo };
}

/** A bucket of a range: its first and last day within the range. */
export type AdoptionBucketSpan = {
  start: string;
  end: string;
};

/** The bucket key of a day: the day itself, or its week's Monday. */
export function bucketKey(bucket: AdoptionBucket, day: string): string {
  return bucket === 'day' ? day : weekStart(day);
}

/**
 * Every bucket of a range in order, keyed as `bucketKey` keys them, each
 * cut to the range (a range starting on a Wednesday has a first week of
 * five days).
 */
export function rangeBuckets(
  range: Pick<AdoptionRange, 'from' | 'to' | 'bucket'>,
): Map<string, AdoptionBucketSpan> {
  const buckets = new Map<string, AdoptionBucketSpan>();
  for (let day = range.from; day <= range.to; day = addDays(day, 1)) {
    const key = bucketKey(range.bucket, day);
    const span = buckets.get(key);
    if (span) {
      span.end = day;
    } else {
      buckets.set(key, { start: day, end: day });
    }
  }
  return buckets;
}
