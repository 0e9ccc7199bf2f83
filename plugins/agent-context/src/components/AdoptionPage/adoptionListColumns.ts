import {
  AdoptionFigure,
  AdoptionFigureName,
  AdoptionListItem,
} from '@agent-context/plugin-agent-context-common';
import { FigureFormat, sumFigures } from '../../adoption';

/** A figure column of the team and service tables. */
export interface FigureColumn {
  label: string;
  /** The API's sort key; a column without one cannot be sorted by the API. */
  sort?: AdoptionFigureName;
  format: FigureFormat;
  figureOf: (item: AdoptionListItem) => AdoptionFigure | null;
}

/** The figures both tables show, in order. */
export const FIGURE_COLUMNS: FigureColumn[] = [
  {
    label: 'Active AI users',
    sort: 'activeUsers',
    format: 'count',
    figureOf: item => item.totals.activeUsers,
  },
  {
    label: 'Requests',
    sort: 'requests',
    format: 'count',
    figureOf: item => item.totals.requests,
  },
  {
    label: 'Cost',
    sort: 'cost',
    format: 'cost',
    figureOf: item => item.totals.cost,
  },
  {
    // The sum of two figures: the API sorts by one figure only, and a
    // client-side sort would order only the page on screen.
    label: 'Tokens',
    format: 'count',
    figureOf: item => sumFigures(item.totals.tokensIn, item.totals.tokensOut),
  },
  {
    label: 'Merge requests / week',
    sort: 'mergeRequestsPerWeek',
    format: 'rate',
    figureOf: item => item.totals.mergeRequestsPerWeek,
  },
  {
    label: 'AI-assisted share',
    sort: 'aiAssistedShare',
    format: 'share',
    figureOf: item => item.totals.aiAssistedShare,
  },
  {
    label: 'Context fetches',
    sort: 'contextFetches',
    format: 'count',
    figureOf: item => item.totals.contextFetches,
  },
];
