export {
  GITHUB_WEBHOOK_PATH,
  createGithubWebhookRouter,
} from './createGithubWebhookRouter';
export { readGithubWebhookConfig } from './readGithubWebhookConfig';
export type { GithubWebhookConfig } from './readGithubWebhookConfig';
export { pullRequestEventRow } from './pullRequestEventRow';
export type { PullRequestEventRowOptions } from './pullRequestEventRow';
export {
  DEFAULT_AI_ASSISTED_LABELS,
  defaultKnownAgents,
} from './readGithubWebhookConfig';
