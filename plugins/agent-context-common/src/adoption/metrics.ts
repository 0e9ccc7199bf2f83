import { z } from 'zod/v4';

/**
 * Every figure the adoption data holds, with its unit. Sources map their own
 * fields onto these names; the plugin README defines each one and what it
 * is read from. Users are not a metric: active users are counted from the
 * distinct pseudonymous users behind the rows, never from reported counts.
 *
 * @public
 */
export const ADOPTION_METRICS = {
  requests: 'count',
  sessions: 'count',
  tokensIn: 'tokens',
  tokensOut: 'tokens',
  cacheReadTokens: 'tokens',
  cacheWriteTokens: 'tokens',
  cost: 'USD',
  linesAdded: 'lines',
  linesRemoved: 'lines',
  commits: 'count',
  pullRequests: 'count',
  activeSeconds: 'seconds',
  editsAccepted: 'count',
  editsRejected: 'count',
  suggestionsAccepted: 'count',
  durationMs: 'milliseconds',
  mergeRequestsOpened: 'count',
  mergeRequestsMerged: 'count',
  aiAssistedMergeRequestsOpened: 'count',
  aiAssistedMergeRequestsMerged: 'count',
  contextFetches: 'count',
} as const;

/** The name of one adoption figure. @public */
export type AdoptionMetric = keyof typeof ADOPTION_METRICS;

/** The schema of `AdoptionMetric`. @public */
export const adoptionMetricSchema = z.enum(
  Object.keys(ADOPTION_METRICS) as [AdoptionMetric, ...AdoptionMetric[]],
  { error: `is not one of ${Object.keys(ADOPTION_METRICS).join(', ')}` },
);
