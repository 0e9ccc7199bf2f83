import { AdoptionRow } from '@agent-context/plugin-agent-context-common';
import { InputError } from '@backstage/errors';
import { z } from 'zod/v4';
import { describeRowIssues } from '../push/describeRowIssues';
import { AiAssistance } from './detectAiAssistance';

/** What the webhook reads of a `pull_request` event; GitHub sends more. */
const pullRequestEventSchema = z.object({
  action: z.string(),
  repository: z.object({
    full_name: z.string().min(1).max(200),
    html_url: z.string().min(1).max(2048),
  }),
  pull_request: z.object({
    number: z.number().int().positive(),
    created_at: z.iso.datetime({ offset: true }),
    merged_at: z.iso.datetime({ offset: true }).nullish(),
    merged: z.boolean().nullish(),
    body: z.string().nullish(),
    labels: z.array(z.object({ name: z.string() })).default([]),
    commits_url: z.string().min(1),
  }),
});

/** A `pull_request` event as the webhook reads it. */
export type PullRequestEvent = z.infer<typeof pullRequestEventSchema>;

/** Which of its moments a delivery records, if any. */
export type PullRequestMoment = 'opened' | 'merged';

/** The event in a delivery's body; a 400 naming the field if malformed. */
export function parsePullRequestEvent(payload: unknown): PullRequestEvent {
  const result = pullRequestEventSchema.safeParse(payload);
  if (!result.success) {
    throw new InputError(describeRowIssues('payload', result.error.issues));
  }
  return result.data;
}

/** What a delivery records: opening (again), merging, or nothing. */
export function momentOf(
  event: PullRequestEvent,
): PullRequestMoment | undefined {
  if (event.action === 'opened' || event.action === 'reopened') {
    return 'opened';
  }
  if (event.action === 'closed' && event.pull_request.merged) {
    return 'merged';
  }
  return undefined;
}

/**
 * The row of one moment of a pull request. Its id and time come from the
 * pull request, never the delivery, so a delivery sent again replaces the
 * row with itself.
 */
export function pullRequestRow(
  event: PullRequestEvent,
  moment: PullRequestMoment,
  assistance: AiAssistance | undefined,
): AdoptionRow {
  const { repository, pull_request: pullRequest } = event;
  const ai = assistance ? 1 : 0;
  return {
    type: 'event',
    source: 'github',
    sourceId: `${repository.full_name}#${pullRequest.number}:${moment}`,
    timestamp:
      moment === 'merged'
        ? pullRequest.merged_at ?? pullRequest.created_at
        : pullRequest.created_at,
    repositoryUrl: repository.html_url,
    ...(assistance?.agent ? { tool: assistance.agent } : {}),
    metrics:
      moment === 'merged'
        ? { mergeRequestsMerged: 1, aiAssistedMergeRequestsMerged: ai }
        : { mergeRequestsOpened: 1, aiAssistedMergeRequestsOpened: ai },
    ...(assistance ? { metadata: { aiSignal: assistance.signal } } : {}),
  };
}
