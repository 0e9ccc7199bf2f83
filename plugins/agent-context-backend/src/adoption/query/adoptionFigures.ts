import {
  AdoptionFigureName,
  MERGE_REQUEST_FIGURES,
  USAGE_FIGURES,
} from '@agent-context/plugin-agent-context-common';

export {
  MERGE_REQUEST_FIGURES,
  USAGE_FIGURES,
  isWithheld,
} from '@agent-context/plugin-agent-context-common';
export type {
  AdoptionFigure,
  AdoptionFigureName,
  AdoptionFigures,
  WithheldFigure,
} from '@agent-context/plugin-agent-context-common';

export const FIGURE_NAMES: AdoptionFigureName[] = [
  'activeUsers',
  ...USAGE_FIGURES,
  ...MERGE_REQUEST_FIGURES,
  'aiAssistedShare',
  'mergeRequestsPerWeek',
  'contextFetches',
];

/** Figures shared as numbers stay readable: no float noise in totals. */
export function roundFigure(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
