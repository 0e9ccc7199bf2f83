import {
  AdoptionMetric,
  AdoptionMetrics,
} from '@agent-context/plugin-agent-context-common';

/**
 * The figures a vendor's record carries, leaving out what it did not send
 * (null, missing, not a number): a figure we cannot read is not a zero.
 */
export function figures(
  values: Partial<Record<AdoptionMetric, unknown>>,
): AdoptionMetrics {
  const kept: AdoptionMetrics = {};
  for (const [metric, value] of Object.entries(values)) {
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0) {
      kept[metric as AdoptionMetric] = value;
    }
  }
  return kept;
}

/** The sum of the values that are numbers, or undefined if none is. */
export function sumOf(...values: unknown[]): number | undefined {
  const numbers = values.filter(
    (value): value is number =>
      typeof value === 'number' && Number.isFinite(value),
  );
  return numbers.length ? numbers.reduce((a, b) => a + b, 0) : undefined;
}

export function hasFigures(metrics: AdoptionMetrics): boolean {
  return Object.keys(metrics).length > 0;
}
