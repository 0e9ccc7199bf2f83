/**
 * The range of the last `days` days up to and including `today`, as the
 * adoption API takes it (YYYY-MM-DD, UTC, both ends included).
 */
export function lastDays(
  days: number,
  today: Date = new Date(),
): { from: string; to: string } {
  const day = (date: Date) => date.toISOString().slice(0, 10);
  const from = new Date(today.getTime() - (days - 1) * 86_400_000);
  return { from: day(from), to: day(today) };
}
