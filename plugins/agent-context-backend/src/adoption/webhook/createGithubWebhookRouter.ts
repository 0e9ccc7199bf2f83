import { LoggerService } from '@backstage/backend-plugin-api';
import { AuthenticationError, InputError } from '@backstage/errors';
import express from 'express';
import Router from 'express-promise-router';
import { AdoptionIngestion } from '../types';
import { pullRequestEventRow } from './pullRequestEventRow';
import { readPullRequestCommitMessages } from './readPullRequestCommitMessages';
import { GithubWebhookConfig } from './readGithubWebhookConfig';
import { verifyGithubSignature } from './verifyGithubSignature';

/** Where GitHub delivers, under the plugin's base URL. */
export const GITHUB_WEBHOOK_PATH = '/v1/adoption/webhooks/github';

// GitHub caps a delivery's payload at 25 MB.
const MAX_BODY = '25mb';

/**
 * GitHub's `pull_request` webhook: opened and merged pull requests per
 * repository, and whether an agent assisted. GitHub signs its deliveries
 * rather than authenticating, so the path is open and the signature of
 * the raw body is checked before anything is read. The body must reach
 * this router unparsed: mount it before any router that parses JSON.
 */
export function createGithubWebhookRouter(options: {
  config: GithubWebhookConfig;
  ingestion: AdoptionIngestion;
  logger: LoggerService;
}): express.Router {
  const { config, ingestion, logger } = options;
  const router = Router();

  router.post(
    GITHUB_WEBHOOK_PATH,
    express.raw({ type: () => true, limit: MAX_BODY }),
    async (req, res) => {
      const body: Buffer = Buffer.isBuffer(req.body)
        ? req.body
        : Buffer.alloc(0);
      if (
        !verifyGithubSignature(
          body,
          req.header('x-hub-signature-256'),
          config.webhookSecret,
        )
      ) {
        throw new AuthenticationError(
          'The X-Hub-Signature-256 header is missing or does not sign this body with the configured webhook secret',
        );
      }
      const eventName = req.header('x-github-event');
      if (eventName === 'ping') {
        res.json({ recorded: [] });
        return;
      }
      if (eventName !== 'pull_request') {
        res.status(202).json({ recorded: [] });
        return;
      }
      let payload: unknown;
      try {
        payload = JSON.parse(body.toString('utf8'));
      } catch (error) {
        throw new InputError(
          'The body is not JSON; set the webhook content type to application/json',
          error,
        );
      }
      const row = await pullRequestEventRow(payload, {
        rules: config,
        readCommitMessages: commitsUrl =>
          readPullRequestCommitMessages(commitsUrl, config),
        onCommitsUnread: (error, event) => {
          logger.warn(
            `Could not read the commits of ${event.repository.full_name}#${event.pull_request.number}; recorded without the co-author check`,
            error instanceof Error ? error : undefined,
          );
        },
      });
      if (!row) {
        res.status(202).json({ recorded: [] });
        return;
      }
      const result = await ingestion.ingest([row]);
      res.json({ recorded: [row.sourceId], ...result });
    },
  );

  return router;
}
