export {
  GITHUB_WEBHOOK_PATH,
  createGithubWebhookRouter,
} from './createGithubWebhookRouter';
export { readGithubWebhookConfig } from './readGithubWebhookConfig';
export type { GithubWebhookConfig } from './readGithubWebhookConfig';
