/**
 * The change of a share from its baseline in percentage points ("+38 pts"),
 * or undefined when either is missing. A relative change of a share
 * (8% to 46% is +475%) reads as far larger than it is.
 */
export function pointsFrom(
  share: number | null,
  baseline: number | null,
): string | undefined {
  if (share === null || baseline === null) {
    return undefined;
  }
  const points = Math.round((share - baseline) * 100);
  return `${points > 0 ? '+' : ''}${points} pts`;
}
