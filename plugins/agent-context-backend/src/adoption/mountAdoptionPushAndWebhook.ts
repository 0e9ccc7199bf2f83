import {
  HttpAuthService,
  HttpRouterService,
  LoggerService,
  PermissionsService,
  RootConfigService,
} from '@backstage/backend-plugin-api';
import { createAdoptionPushRouter } from './push';
import { AdoptionIngestion } from './types';
import {
  GITHUB_WEBHOOK_PATH,
  createGithubWebhookRouter,
  readGithubWebhookConfig,
} from './webhook';

/**
 * Serves the push API and, when a secret is configured, GitHub's webhook.
 * Call it before mounting any other router of the plugin: those parse JSON
 * with the default limit, which would refuse a large push and consume the
 * raw body whose signature the webhook checks.
 */
export function mountAdoptionPushAndWebhook(options: {
  httpRouter: HttpRouterService;
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  config: RootConfigService;
  logger: LoggerService;
  ingestion: AdoptionIngestion;
}) {
  const { httpRouter, config, logger, ingestion } = options;
  const github = readGithubWebhookConfig(config);
  if (github) {
    // GitHub signs its deliveries instead of authenticating.
    httpRouter.addAuthPolicy({
      path: GITHUB_WEBHOOK_PATH,
      allow: 'unauthenticated',
    });
    httpRouter.use(
      createGithubWebhookRouter({ config: github, ingestion, logger }),
    );
  } else {
    logger.info(
      'The GitHub webhook is off: set agentContext.adoption.github.webhookSecret to receive pull requests',
    );
  }
  httpRouter.use(
    createAdoptionPushRouter({
      httpAuth: options.httpAuth,
      permissions: options.permissions,
      ingestion,
    }),
  );
}
