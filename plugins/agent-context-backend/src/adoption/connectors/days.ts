const DAY_MS = 24 * 60 * 60 * 1000;
const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** Whether the text is a real calendar day written YYYY-MM-DD. */
export function isDay(text: string): boolean {
  if (!DAY_PATTERN.test(text) || Number.isNaN(dayStartMs(text))) {
    return false;
  }
  return dayOf(dayStartMs(text)) === text;
}

/** Midnight UTC at the start of the day, in epoch milliseconds. */
export function dayStartMs(day: string): number {
  return Date.parse(`${day}T00:00:00.000Z`);
}

/** The UTC day an instant falls on. */
export function dayOf(instant: number | Date): string {
  return new Date(instant).toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return dayOf(dayStartMs(day) + days * DAY_MS);
}

/** Every day from `first` to `last`, both included; none if last < first. */
export function daysFrom(first: string, last: string): string[] {
  const days: string[] = [];
  for (let day = first; day <= last; day = addDays(day, 1)) {
    days.push(day);
  }
  return days;
}
