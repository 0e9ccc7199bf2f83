/**
 * The shapes of the adoption query API's answers, shared by the backend that
 * builds them and the portal that draws them. The plugin README's "Adoption
 * metrics" defines each figure.
 */

/**
 * A figure the minimum group size keeps back: it is computed from the rows
 * of fewer distinct people than the portal's minimum (but at least one), or
 * it would let such a figure be worked out from the ones shown beside it.
 * Never shown as a number, not even zero.
 *
 * @public
 */
export type WithheldFigure = {
  withheld: true;
  reason: string;
};

/**
 * A figure, or why it is withheld.
 *
 * @public
 */
export type AdoptionFigure = number | WithheldFigure;

/**
 * The AI usage figures: they come from rows that carry a person, so they
 * are withheld with the person count behind them.
 *
 * @public
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
 *
 * @public
 */
export const MERGE_REQUEST_FIGURES = [
  'mergeRequestsOpened',
  'mergeRequestsMerged',
  'aiAssistedMergeRequestsOpened',
  'aiAssistedMergeRequestsMerged',
] as const;

/**
 * The figures of one team, service, bucket or breakdown entry.
 *
 * @public
 */
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

/**
 * The name of a figure; each can sort a list.
 *
 * @public
 */
export type AdoptionFigureName = keyof AdoptionFigures;

/**
 * Whether a figure is withheld.
 *
 * @public
 */
export function isWithheld(figure: unknown): figure is WithheldFigure {
  return typeof figure === 'object' && figure !== null && 'withheld' in figure;
}

/**
 * The merge request figures of the baseline period.
 *
 * @public
 */
export type AdoptionBaseline = {
  from: string;
  to: string;
  mergeRequestsPerWeek: number;
  aiAssistedShare: number | null;
};

/**
 * The days a bucket of a series covers, both included (YYYY-MM-DD).
 *
 * @public
 */
export type AdoptionBucketSpan = {
  start: string;
  end: string;
};

/**
 * One scope's figures over a range: in total, per bucket, per tool and model.
 *
 * @public
 */
export type AdoptionDetail = {
  range: { from: string; to: string; bucket: 'week' | 'day' };
  minimumGroupSize: number;
  totals: AdoptionFigures;
  baseline: AdoptionBaseline;
  buckets: Array<AdoptionBucketSpan & AdoptionFigures>;
  byTool: Array<{ tool: string } & AdoptionFigures>;
  byModel: Array<{ model: string } & AdoptionFigures>;
};

/**
 * What the lists show and filter an entity or team by.
 *
 * @public
 */
export type AdoptionCatalogFacts = {
  ref: string;
  kind: string;
  title?: string;
  /** Lower-case ref: an entity's owner; a team's parent group. */
  owner?: string;
  /** Lower-case ref of the system the entity is part of. */
  system?: string;
  lifecycle?: string;
};

/**
 * Marks figures that the portal's demo generator made up, so that no one
 * takes them for the organisation's own.
 *
 * @public
 */
export type AdoptionDemoNotice = {
  /** One sentence for the page: what the data is and how to turn it off. */
  message: string;
};

/**
 * The organisation's figures, with how many teams, services and people of
 * the catalog took part.
 *
 * @public
 */
export type AdoptionOverview = AdoptionDetail & {
  teams: { withActivity: number; inCatalog: number };
  services: { withActivity: number; inCatalog: number };
  /** The catalog's users, the denominator of the active users' share. */
  users: { inCatalog: number };
  /** Present while the store holds generated demo figures. */
  demo?: AdoptionDemoNotice;
};

/**
 * One team's or entity's figures.
 *
 * @public
 */
export type AdoptionDetailOf = AdoptionDetail & {
  entity: Omit<AdoptionCatalogFacts, 'ref'> & {
    ref: string;
    inCatalog: boolean;
  };
};

/**
 * One row of a team or entity list.
 *
 * @public
 */
export type AdoptionListItem = AdoptionCatalogFacts & {
  /** Whether anything was recorded for it in the range. */
  active: boolean;
  totals: AdoptionFigures;
  baseline: Omit<AdoptionBaseline, 'from' | 'to'>;
};

/**
 * A page of a team or entity list.
 *
 * @public
 */
export type AdoptionList = {
  range: {
    from: string;
    to: string;
    baselineFrom: string;
    baselineTo: string;
  };
  minimumGroupSize: number;
  items: AdoptionListItem[];
  totalItems: number;
  nextCursor?: string;
  /** What no team (or entity) of the catalog could be found for. */
  unattributed: AdoptionFigures;
};

/**
 * The period (and, for series, the bucket) of an adoption query; every
 * field is optional and the backend's defaults apply (the last 30 days,
 * weekly, the same length just before as the baseline).
 *
 * @public
 */
export type AdoptionRangeQuery = {
  from?: string;
  to?: string;
  bucket?: 'week' | 'day';
  baselineFrom?: string;
  baselineTo?: string;
};

/**
 * A page of a team or entity list: the range, its order and its filters.
 *
 * @public
 */
export type AdoptionListQuery = Omit<AdoptionRangeQuery, 'bucket'> & {
  /** `ref` or a figure's name; `activeUsers` by default. */
  sort?: 'ref' | AdoptionFigureName;
  order?: 'asc' | 'desc';
  limit?: number;
  offset?: number;
  cursor?: string;
  /** A group ref: the entities it owns, or the teams under it. */
  owner?: string;
  system?: string;
  /** Entity lists only; component by default. */
  kind?: string;
  /** Entity lists only. */
  lifecycle?: string;
};
