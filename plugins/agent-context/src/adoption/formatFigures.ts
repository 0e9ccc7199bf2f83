import {
  AdoptionFigure,
  isWithheld,
} from '@agent-context/plugin-agent-context-common';

/** How a figure reads: a count, an amount of money, or a share. */
export type FigureFormat = 'count' | 'cost' | 'share' | 'rate';

const counts = new Intl.NumberFormat('en-US', {
  notation: 'compact',
  maximumFractionDigits: 1,
});
const exactCounts = new Intl.NumberFormat('en-US');
const money = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 0,
});
const rates = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/**
 * A shown figure's text. Counts under ten thousand are exact and larger
 * ones compact (12.3K); costs are whole dollars, since the sources' prices
 * are estimates; shares are whole percents; `null` (no merged merge
 * requests to share) is a dash, not 0%.
 */
export function formatNumber(
  value: number | null,
  format: FigureFormat,
): string {
  if (value === null) {
    return '–';
  }
  switch (format) {
    case 'cost':
      return money.format(value);
    case 'share':
      return `${Math.round(value * 100)}%`;
    case 'rate':
      return rates.format(value);
    default:
      return Math.abs(value) < 10_000
        ? exactCounts.format(value)
        : counts.format(value);
  }
}

/** A figure's number, or undefined when it is withheld. */
export function numberOf(figure: AdoptionFigure | null): number | undefined {
  if (figure === null || isWithheld(figure)) {
    return undefined;
  }
  return figure;
}

/**
 * The change from a baseline as a signed percent ("+32%"), or undefined
 * when there is nothing to compare with.
 */
export function changeFrom(
  value: number | null,
  baseline: number | null,
): string | undefined {
  if (value === null || baseline === null || baseline === 0) {
    return undefined;
  }
  const percent = Math.round(((value - baseline) / baseline) * 100);
  return `${percent > 0 ? '+' : ''}${percent}%`;
}
