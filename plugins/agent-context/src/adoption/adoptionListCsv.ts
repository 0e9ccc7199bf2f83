import {
  AdoptionFigure,
  AdoptionListItem,
  isWithheld,
} from '@agent-context/plugin-agent-context-common';
import { CsvCell, toCsv } from './toCsv';

/** Which list a CSV file holds: the team list or the service list. */
export type AdoptionListScope = 'teams' | 'services';

const FIGURES = [
  'activeUsers',
  'requests',
  'sessions',
  'tokensIn',
  'tokensOut',
  'cost',
  'mergeRequestsMerged',
  'aiAssistedMergeRequestsMerged',
  'mergeRequestsPerWeek',
  'aiAssistedShare',
  'contextFetches',
] as const;

// A withheld figure is written as such: an empty cell or 0 would be read
// as "nothing recorded".
const cellOf = (figure: AdoptionFigure | null): CsvCell =>
  isWithheld(figure) ? 'withheld' : figure;

/**
 * A team or service list as CSV: one row each, with its catalog facts, the
 * figures of the range (withheld ones say so) and the baseline's merge
 * request figures. Column names are the API's, for whoever reads it next.
 */
export function adoptionListCsv(
  items: AdoptionListItem[],
  scope: AdoptionListScope,
): string {
  const facts =
    scope === 'services'
      ? ['ref', 'title', 'owner', 'system', 'lifecycle']
      : ['ref', 'title', 'parent'];
  const header = [
    ...facts,
    'active',
    ...FIGURES,
    'baselineMergeRequestsPerWeek',
    'baselineAiAssistedShare',
  ];
  const rows = items.map(item => [
    item.ref,
    item.title,
    item.owner,
    ...(scope === 'services' ? [item.system, item.lifecycle] : []),
    item.active,
    ...FIGURES.map(figure => cellOf(item.totals[figure])),
    item.baseline.mergeRequestsPerWeek,
    item.baseline.aiAssistedShare,
  ]);
  return toCsv(header, rows);
}
