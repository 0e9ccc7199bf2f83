/** The days an adoption view covers, both included (YYYY-MM-DD, UTC). */
export interface AdoptionRange {
  from: string;
  to: string;
}

/** The longest range the adoption API answers. */
export const MAX_RANGE_DAYS = 400;

const DAY_MS = 86_400_000;
const DAY_FORMAT = /^\d{4}-\d{2}-\d{2}$/;

function timeOf(day: string): number | undefined {
  if (!DAY_FORMAT.test(day)) {
    return undefined;
  }
  const time = Date.parse(`${day}T00:00:00Z`);
  // Date.parse rolls 2026-02-30 over to March; the round trip catches it.
  return Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== day
    ? undefined
    : time;
}

/** Today's date in UTC, the calendar the adoption API counts days in. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** The day `days` days before `day`. */
export function daysBefore(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - days * DAY_MS)
    .toISOString()
    .slice(0, 10);
}

/** The last `days` days up to and including `today`. */
export function lastDays(days: number, today: string): AdoptionRange {
  return { from: daysBefore(today, days - 1), to: today };
}

/** How many days a valid range covers, both ends included. */
export function daysIn(range: AdoptionRange): number {
  return (
    Math.round((Date.parse(range.to) - Date.parse(range.from)) / DAY_MS) + 1
  );
}

/** What is wrong with a range, in a sentence, or undefined if nothing is. */
export function rangeProblem(range: {
  from?: string;
  to?: string;
}): string | undefined {
  const from = timeOf(range.from ?? '');
  const to = timeOf(range.to ?? '');
  if (from === undefined) {
    return 'From must be a date (YYYY-MM-DD).';
  }
  if (to === undefined) {
    return 'To must be a date (YYYY-MM-DD).';
  }
  if (from > to) {
    return 'From must not be after To.';
  }
  if ((to - from) / DAY_MS + 1 > MAX_RANGE_DAYS) {
    return `The range must not exceed ${MAX_RANGE_DAYS} days.`;
  }
  return undefined;
}

/** The default range: the last 30 days, as the adoption API's own default. */
export function defaultRange(today: string): AdoptionRange {
  return lastDays(30, today);
}

/**
 * The range of a page's query string (`?from=&to=`), or the default one
 * with what was wrong when the link carries a range that cannot be used.
 */
export function rangeFromSearch(
  search: URLSearchParams,
  today: string,
): { range: AdoptionRange; problem?: string } {
  const from = search.get('from');
  const to = search.get('to');
  if (from === null && to === null) {
    return { range: defaultRange(today) };
  }
  const asked = { from: from ?? '', to: to ?? '' };
  const problem = rangeProblem(asked);
  return problem ? { range: defaultRange(today), problem } : { range: asked };
}
