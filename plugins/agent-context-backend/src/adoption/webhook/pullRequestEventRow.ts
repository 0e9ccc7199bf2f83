import { AdoptionRow } from '@agent-context/plugin-agent-context-common';
import { detectFromCommits, detectFromPullRequest } from './detectAiAssistance';
import {
  PullRequestEvent,
  momentOf,
  parsePullRequestEvent,
  pullRequestRow,
} from './pullRequestEvent';
import { GithubWebhookConfig } from './readGithubWebhookConfig';

/** How a pull request's AI assistance is told. */
export interface PullRequestEventRowOptions {
  rules: Pick<GithubWebhookConfig, 'aiAssistedLabels' | 'agents'>;
  /**
   * The messages of the pull request's commits, read only when its label
   * and description say nothing; without it, no co-author is checked.
   * A failure is handed to `onCommitsUnread` and the row recorded without.
   */
  readCommitMessages?: (commitsUrl: string) => Promise<string[]>;
  onCommitsUnread?: (error: unknown, event: PullRequestEvent) => void;
}

/**
 * The row a `pull_request` event's payload records, or undefined for an
 * action that records nothing. A malformed payload is an InputError naming
 * the field. Both the webhook and in-process senders go through here, so
 * that a pull request counts the same however it arrives.
 */
export async function pullRequestEventRow(
  payload: unknown,
  options: PullRequestEventRowOptions,
): Promise<AdoptionRow | undefined> {
  const event = parsePullRequestEvent(payload);
  const moment = momentOf(event);
  if (!moment) {
    return undefined;
  }
  const { pull_request: pullRequest } = event;
  let assistance = detectFromPullRequest(pullRequest, {
    labels: options.rules.aiAssistedLabels,
    agents: options.rules.agents,
  });
  if (!assistance && options.readCommitMessages) {
    try {
      assistance = detectFromCommits(
        await options.readCommitMessages(pullRequest.commits_url),
        options.rules.agents,
      );
    } catch (error) {
      options.onCommitsUnread?.(error, event);
    }
  }
  return pullRequestRow(event, moment, assistance);
}
