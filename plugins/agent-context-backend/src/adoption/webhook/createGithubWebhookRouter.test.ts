import { mockServices } from '@backstage/backend-test-utils';
import { MiddlewareFactory } from '@backstage/backend-defaults/rootHttpRouter';
import { ConfigReader } from '@backstage/config';
import express from 'express';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { createHmac } from 'node:crypto';
import request from 'supertest';
import { InMemoryAdoptionIngestion } from '../../__testUtils__/InMemoryAdoptionIngestion';
import {
  GITHUB_WEBHOOK_PATH,
  createGithubWebhookRouter,
} from './createGithubWebhookRouter';
import { readGithubWebhookConfig } from './readGithubWebhookConfig';

const SECRET = 'It’s a Secret to Everybody';
const API = 'https://github.example.com/api/v3';
const COMMITS = `${API}/repos/example/checkout-service/pulls/42/commits`;

const server = setupServer();

function pullRequestEvent(
  action: string,
  pullRequest: Record<string, unknown> = {},
) {
  return {
    action,
    number: 42,
    pull_request: {
      number: 42,
      html_url: 'https://github.example.com/example/checkout-service/pull/42',
      created_at: '2026-11-30T09:00:00Z',
      merged_at: null,
      merged: false,
      body: 'Rounds totals to the cent.',
      labels: [],
      commits_url: COMMITS,
      ...pullRequest,
    },
    repository: {
      full_name: 'example/checkout-service',
      html_url: 'https://github.example.com/example/checkout-service',
    },
    sender: { login: 'dev' },
  };
}

const merged = (pullRequest: Record<string, unknown> = {}) =>
  pullRequestEvent('closed', {
    merged: true,
    merged_at: '2026-12-01T15:30:00Z',
    ...pullRequest,
  });

const commit = (message: string) => ({ sha: 'abc', commit: { message } });

function webhook(config: Record<string, unknown> = {}) {
  const ingestion = new InMemoryAdoptionIngestion();
  const logger = mockServices.logger.mock();
  const router = createGithubWebhookRouter({
    config: readGithubWebhookConfig(
      new ConfigReader({
        agentContext: {
          adoption: {
            github: {
              webhookSecret: SECRET,
              token: 'ghp_token',
              apiBaseUrl: `${API}/`,
              ...config,
            },
          },
        },
      }),
    )!,
    ingestion,
    logger,
  });
  const middleware = MiddlewareFactory.create({
    config: mockServices.rootConfig(),
    logger: mockServices.rootLogger(),
  });
  // A JSON parser on the app, as other routers have: the webhook still
  // gets its raw body because it is mounted first.
  const app = express().use(router).use(express.json()).use(middleware.error());
  const deliver = (
    event: string,
    payload: unknown,
    signature?: string | null,
  ) => {
    const body =
      typeof payload === 'string' ? payload : JSON.stringify(payload);
    const call = request(app)
      .post(GITHUB_WEBHOOK_PATH)
      .set('Content-Type', 'application/json')
      .set('X-GitHub-Event', event)
      .set('X-GitHub-Delivery', '72d3162e-cc78-11e3-81ab-4c9367dc0958');
    const signed =
      signature === undefined
        ? `sha256=${createHmac('sha256', SECRET).update(body).digest('hex')}`
        : signature;
    return (
      signed === null ? call : call.set('X-Hub-Signature-256', signed)
    ).send(body);
  };
  return { deliver, ingestion, logger };
}

/** Serves the pull request's commits; counts the calls and their tokens. */
function serveCommits(pages: Array<Array<ReturnType<typeof commit>>>) {
  const calls: Array<{ page: string | null; authorization: string | null }> =
    [];
  server.use(
    http.get(COMMITS, ({ request: req }) => {
      const url = new URL(req.url);
      const page = Number(url.searchParams.get('page') ?? '1');
      calls.push({
        page: url.searchParams.get('page'),
        authorization: req.headers.get('authorization'),
      });
      const headers: Record<string, string> = {};
      if (page < pages.length) {
        headers.Link = `<${COMMITS}?per_page=100&page=${
          page + 1
        }>; rel="next", <${COMMITS}?per_page=100&page=${
          pages.length
        }>; rel="last"`;
      }
      return HttpResponse.json(pages[page - 1], { headers });
    }),
  );
  return calls;
}

describe('createGithubWebhookRouter', () => {
  beforeAll(() =>
    server.listen({
      onUnhandledRequest(req, print) {
        // The test's own requests to the router go through untouched.
        if (new URL(req.url).hostname !== '127.0.0.1') {
          print.error();
        }
      },
    }),
  );
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());

  describe('POST /v1/adoption/webhooks/github', () => {
    it('answers a ping', async () => {
      const { deliver, ingestion } = webhook();
      const response = await deliver('ping', {
        zen: 'Keep it logically awesome.',
        hook_id: 1,
      });
      expect(response.status).toBe(200);
      expect(ingestion.batches).toEqual([]);
    });

    it('records an opened pull request the commits do not show as assisted', async () => {
      const { deliver, ingestion } = webhook();
      const calls = serveCommits([
        [commit('Round totals\n\nCo-authored-by: Ann <ann@example.com>')],
      ]);
      const response = await deliver(
        'pull_request',
        pullRequestEvent('opened'),
      );
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        recorded: ['example/checkout-service#42:opened'],
        accepted: 1,
      });
      expect(ingestion.stored()).toEqual({
        'github:example/checkout-service#42:opened': {
          type: 'event',
          source: 'github',
          sourceId: 'example/checkout-service#42:opened',
          timestamp: '2026-11-30T09:00:00Z',
          repositoryUrl: 'https://github.example.com/example/checkout-service',
          metrics: { mergeRequestsOpened: 1, aiAssistedMergeRequestsOpened: 0 },
        },
      });
      expect(calls).toEqual([
        { page: null, authorization: 'Bearer ghp_token' },
      ]);
    });

    it('records a merge as AI-assisted by a co-author trailer on a later page', async () => {
      const { deliver, ingestion } = webhook();
      const calls = serveCommits([
        Array.from({ length: 100 }, (_, i) => commit(`Step ${i}`)),
        [
          commit(
            'Handle refunds\n\nCo-authored-by: Claude <noreply@anthropic.com>',
          ),
        ],
      ]);
      const response = await deliver('pull_request', merged());
      expect(response.status).toBe(200);
      expect(
        ingestion.stored()['github:example/checkout-service#42:merged'],
      ).toEqual({
        type: 'event',
        source: 'github',
        sourceId: 'example/checkout-service#42:merged',
        timestamp: '2026-12-01T15:30:00Z',
        repositoryUrl: 'https://github.example.com/example/checkout-service',
        tool: 'claude-code',
        metrics: { mergeRequestsMerged: 1, aiAssistedMergeRequestsMerged: 1 },
        metadata: { aiSignal: 'co-author' },
      });
      expect(calls.map(call => call.page)).toEqual([null, '2']);
    });

    it('knows an agent by the login of its GitHub noreply e-mail', async () => {
      const { deliver, ingestion } = webhook();
      serveCommits([
        [
          commit(
            'Add retries\n\nCo-authored-by: Copilot <175728472+Copilot@users.noreply.github.com>',
          ),
        ],
      ]);
      await deliver('pull_request', pullRequestEvent('reopened')).expect(200);
      expect(
        ingestion.stored()['github:example/checkout-service#42:opened'],
      ).toMatchObject({
        tool: 'copilot',
        metrics: { aiAssistedMergeRequestsOpened: 1 },
      });
    });

    it('records a labelled pull request as assisted without reading its commits', async () => {
      const { deliver, ingestion } = webhook();
      const calls = serveCommits([[]]);
      await deliver(
        'pull_request',
        merged({ labels: [{ name: 'AI-Assisted' }, { name: 'payments' }] }),
      ).expect(200);
      expect(
        ingestion.stored()['github:example/checkout-service#42:merged'],
      ).toMatchObject({
        metrics: { aiAssistedMergeRequestsMerged: 1 },
        metadata: { aiSignal: 'label' },
      });
      expect(calls).toEqual([]);
    });

    it('records a description with an agent’s footer as assisted by that agent', async () => {
      const { deliver, ingestion } = webhook();
      const calls = serveCommits([[]]);
      await deliver(
        'pull_request',
        pullRequestEvent('opened', {
          body: 'Fixes rounding.\n\n🤖 Generated with [Claude Code](https://claude.com/claude-code)',
        }),
      ).expect(200);
      expect(
        ingestion.stored()['github:example/checkout-service#42:opened'],
      ).toMatchObject({
        tool: 'claude-code',
        metrics: { aiAssistedMergeRequestsOpened: 1 },
        metadata: { aiSignal: 'description' },
      });
      expect(calls).toEqual([]);
    });

    it('uses the configured labels, agents and patterns instead of the defaults', async () => {
      const { deliver, ingestion } = webhook({
        aiAssistedLabels: ['bot-made'],
        agents: [
          {
            name: 'house-agent',
            coAuthors: ['agent@example.com'],
            descriptionPatterns: ['Made by the house agent'],
          },
        ],
      });
      serveCommits([
        [commit('Fix\n\nCo-authored-by: Claude <noreply@anthropic.com>')],
      ]);
      await deliver(
        'pull_request',
        pullRequestEvent('opened', { labels: [{ name: 'ai-assisted' }] }),
      ).expect(200);
      expect(
        ingestion.stored()['github:example/checkout-service#42:opened'].metrics,
      ).toEqual({ mergeRequestsOpened: 1, aiAssistedMergeRequestsOpened: 0 });

      await deliver(
        'pull_request',
        merged({ body: 'Made by the House Agent.' }),
      ).expect(200);
      expect(
        ingestion.stored()['github:example/checkout-service#42:merged'],
      ).toMatchObject({ tool: 'house-agent' });
    });

    it('changes nothing when a delivery comes again', async () => {
      const { deliver, ingestion } = webhook();
      serveCommits([[commit('Fix')]]);
      await deliver('pull_request', merged()).expect(200);
      const again = await deliver('pull_request', merged());
      expect(again.status).toBe(200);
      expect(again.body).toMatchObject({ accepted: 0, unchanged: 1 });
      expect(ingestion.rows.size).toBe(1);
    });

    it('ignores a pull request closed without merging', async () => {
      const { deliver, ingestion } = webhook();
      const response = await deliver(
        'pull_request',
        pullRequestEvent('closed'),
      );
      expect(response.status).toBe(202);
      expect(ingestion.batches).toEqual([]);
    });

    it.each(['push', 'issues'])('ignores a %s event', async event => {
      const { deliver, ingestion } = webhook();
      const response = await deliver(event, { ref: 'refs/heads/main' });
      expect(response.status).toBe(202);
      expect(ingestion.batches).toEqual([]);
    });

    it.each<[string, string | null]>([
      ['a wrong signature', `sha256=${'0'.repeat(64)}`],
      [
        'a signature with another secret',
        `sha256=${createHmac('sha256', 'guess').update('{}').digest('hex')}`,
      ],
      ['a SHA-1 signature', 'sha1=0123'],
      ['no signature', null],
    ])('refuses %s and records nothing', async (_, signature) => {
      const { deliver, ingestion } = webhook();
      const response = await deliver(
        'pull_request',
        merged({ labels: [{ name: 'ai-assisted' }] }),
        signature,
      );
      expect(response.status).toBe(401);
      expect(response.body.error.message).toContain('X-Hub-Signature-256');
      expect(ingestion.batches).toEqual([]);
    });

    it('refuses a body that is not JSON', async () => {
      const { deliver, ingestion } = webhook();
      const response = await deliver('pull_request', 'payload=%7B%7D');
      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain('application/json');
      expect(ingestion.batches).toEqual([]);
    });

    it('refuses an event without what it needs, naming the field', async () => {
      const { deliver, ingestion } = webhook();
      const { repository: _, ...event } = pullRequestEvent('opened');
      const response = await deliver('pull_request', event);
      expect(response.status).toBe(400);
      expect(response.body.error.message).toBe(
        'payload.repository: must be an object',
      );
      expect(ingestion.batches).toEqual([]);
    });

    it('records the pull request without the commit check when GitHub fails', async () => {
      const { deliver, ingestion, logger } = webhook();
      server.use(
        http.get(COMMITS, () => new HttpResponse(null, { status: 502 })),
      );
      await deliver('pull_request', merged()).expect(200);
      expect(
        ingestion.stored()['github:example/checkout-service#42:merged'].metrics,
      ).toEqual({ mergeRequestsMerged: 1, aiAssistedMergeRequestsMerged: 0 });
      expect(logger.warn).toHaveBeenCalledWith(
        expect.stringContaining(
          'Could not read the commits of example/checkout-service#42',
        ),
        expect.objectContaining({ message: expect.stringContaining('502') }),
      );
    });

    it('never sends the token outside the configured API', async () => {
      const { deliver, ingestion, logger } = webhook();
      const elsewhere: string[] = [];
      server.use(
        http.get('https://elsewhere.example.com/*', ({ request: req }) => {
          elsewhere.push(req.url);
          return HttpResponse.json([]);
        }),
      );
      await deliver(
        'pull_request',
        merged({
          commits_url:
            'https://elsewhere.example.com/repos/x/y/pulls/42/commits',
        }),
      ).expect(200);
      expect(elsewhere).toEqual([]);
      expect(ingestion.rows.size).toBe(1);
      expect(logger.warn).toHaveBeenCalledWith(
        expect.any(String),
        expect.objectContaining({
          message: expect.stringContaining(
            'not under the configured GitHub API',
          ),
        }),
      );
    });
  });
});
