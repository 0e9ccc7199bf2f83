import { AdoptionMetric } from './metrics';

/**
 * The `tool` under which a user-day is kept for a row that only fetched
 * context from the portal (the suite's own usage recording). A fetch says
 * that someone read a context, not that they used an AI tool: keeping such
 * user-days apart lets the queries count active AI users without them, and
 * still count the users behind context fetches for the minimum group size.
 * No real tool has this name: tools are lower-case words.
 *
 * @public
 */
export const ADOPTION_CONTEXT_ONLY_TOOL = '(context-only)';

/**
 * The tool a row's user-day is stored under in the users table: the row's
 * own tool, or {@link ADOPTION_CONTEXT_ONLY_TOOL} when its only figure is
 * `contextFetches`.
 *
 * @public
 */
export function adoptionUserTool(row: {
  tool?: string;
  metrics: Partial<Record<AdoptionMetric, number>>;
}): string {
  const names = Object.keys(row.metrics);
  return names.length > 0 && names.every(name => name === 'contextFetches')
    ? ADOPTION_CONTEXT_ONLY_TOOL
    : row.tool ?? '';
}
