/**
 * A figure the minimum group size keeps back: it is computed from the rows
 * of fewer distinct people than the portal's minimum (but at least one), or
 * it would let such a figure be worked out from the ones shown beside it.
 * Never shown as a number, not even zero.
 */
export type WithheldFigure = {
  withheld: true;
  reason: string;
};

/** A figure, or why it is withheld. */
export type AdoptionFigure = number | WithheldFigure;

/**
 * The AI usage figures: they come from rows that carry a person, so they
 * are withheld with the person count behind them.
 */
export const USAGE_FIGURES = [
  'requests',
  'sessions',
  'tokensIn',
  'tokensOut',
  'cacheReadTokens',
  'cacheWriteTokens',
  'cost',
  'linesAdded',
  'linesRemoved',
] as const;

/**
 * The merge request figures: from the repository's webhook, about a
 * service and never a person, so always shown.
 */
export const MERGE_REQUEST_FIGURES = [
  'mergeRequestsOpened',
  'mergeRequestsMerged',
  'aiAssistedMergeRequestsOpened',
  'aiAssistedMergeRequestsMerged',
] as const;

/** The figures of one team, service, bucket or breakdown entry. */
export type AdoptionFigures = {
  /** Distinct people with any row but a context fetch; see the README. */
  activeUsers: AdoptionFigure;
  /** Contexts, AGENTS.md and MCP reads of the portal itself. */
  contextFetches: AdoptionFigure;
  /** AI-assisted merged merge requests over merged ones; null if none merged. */
  aiAssistedShare: number | null;
  /** Merged merge requests per 7 days of the period. */
  mergeRequestsPerWeek: number;
} & Record<(typeof USAGE_FIGURES)[number], AdoptionFigure> &
  Record<(typeof MERGE_REQUEST_FIGURES)[number], number>;

/** The name of a figure; each can sort a list. */
export type AdoptionFigureName = keyof AdoptionFigures;

export const FIGURE_NAMES: AdoptionFigureName[] = [
  'activeUsers',
  ...USAGE_FIGURES,
  ...MERGE_REQUEST_FIGURES,
  'aiAssistedShare',
  'mergeRequestsPerWeek',
  'contextFetches',
];

/** Whether a figure is withheld. */
export function isWithheld(figure: unknown): figure is WithheldFigure {
  return typeof figure === 'object' && figure !== null && 'withheld' in figure;
}

/** Figures shared as numbers stay readable: no float noise in totals. */
export function roundFigure(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
