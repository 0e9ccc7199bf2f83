import { DemoPullRequest } from './demoDayActivity';

/** The footer Claude Code adds to the descriptions it writes. */
const AGENT_FOOTER =
  '🤖 Generated with [Claude Code](https://claude.com/claude-code)';

/** The label that marks a pull request AI-assisted by default. */
const AI_LABEL = 'ai-assisted';

/**
 * GitHub's `pull_request` deliveries for the day's pull requests: `opened`
 * for each, and `closed` with `merged: true` for those merged, carrying
 * the AI-assisted label or the agent's footer on those an agent helped.
 */
export function demoPullRequestEvents(
  pullRequests: DemoPullRequest[],
): unknown[] {
  return pullRequests.flatMap(pr => {
    const repository = {
      full_name: pr.repository,
      html_url: `https://github.com/${pr.repository}`,
    };
    const pullRequest = {
      number: pr.number,
      created_at: pr.openedAt,
      body: `Changes to ${pr.repository}.${
        pr.aiSignal === 'description' ? `\n\n${AGENT_FOOTER}` : ''
      }`,
      labels: pr.aiSignal === 'label' ? [{ name: AI_LABEL }] : [],
      commits_url: `https://api.github.com/repos/${pr.repository}/pulls/${pr.number}/commits`,
    };
    const opened = {
      action: 'opened',
      number: pr.number,
      repository,
      pull_request: { ...pullRequest, merged: false, merged_at: null },
    };
    if (!pr.mergedAt) {
      return [opened];
    }
    return [
      opened,
      {
        action: 'closed',
        number: pr.number,
        repository,
        pull_request: { ...pullRequest, merged: true, merged_at: pr.mergedAt },
      },
    ];
  });
}
