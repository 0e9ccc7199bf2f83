import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { JsonObject } from '@backstage/types';
import express from 'express';
import { createHmac } from 'node:crypto';
import request from 'supertest';
import { InMemoryAdoptionIngestion } from '../__testUtils__/InMemoryAdoptionIngestion';
import { mountAdoptionPushAndWebhook } from './mountAdoptionPushAndWebhook';

const SECRET = 'webhook-secret';
const API = '/api/agent-context';

/** A plugin that mounts the two routes first, then a JSON router, as the real one does. */
async function backend(github?: JsonObject) {
  const ingestion = new InMemoryAdoptionIngestion();
  const plugin = createBackendPlugin({
    pluginId: 'agent-context',
    register(env) {
      env.registerInit({
        deps: {
          httpRouter: coreServices.httpRouter,
          httpAuth: coreServices.httpAuth,
          permissions: coreServices.permissions,
          config: coreServices.rootConfig,
          logger: coreServices.logger,
        },
        async init(deps) {
          mountAdoptionPushAndWebhook({ ...deps, ingestion });
          deps.httpRouter.use(
            express
              .Router()
              .use(express.json())
              .post('/echo', (req, res) => {
                res.json(req.body);
              }),
          );
        },
      });
    },
  });
  const { server } = await startTestBackend({
    features: [
      plugin,
      mockServices.rootConfig.factory({
        data: github ? { agentContext: { adoption: { github } } } : {},
      }),
    ],
  });
  return { server, ingestion };
}

const labelled = JSON.stringify({
  action: 'opened',
  pull_request: {
    number: 7,
    created_at: '2026-12-01T08:00:00Z',
    body: null,
    labels: [{ name: 'ai-assisted' }],
    commits_url: 'https://api.github.com/repos/example/cart/pulls/7/commits',
  },
  repository: {
    full_name: 'example/cart',
    html_url: 'https://github.com/example/cart',
  },
});

describe('mountAdoptionPushAndWebhook', () => {
  it('lets GitHub deliver without credentials, checking the signature of the raw body', async () => {
    const { server, ingestion } = await backend({ webhookSecret: SECRET });
    const signature = `sha256=${createHmac('sha256', SECRET)
      .update(labelled)
      .digest('hex')}`;
    await request(server)
      .post(`${API}/v1/adoption/webhooks/github`)
      .set('Content-Type', 'application/json')
      .set('X-GitHub-Event', 'pull_request')
      .set('X-Hub-Signature-256', signature)
      .send(labelled)
      .expect(200);
    expect(Object.keys(ingestion.stored())).toEqual([
      'github:example/cart#7:opened',
    ]);
    await request(server)
      .post(`${API}/v1/adoption/webhooks/github`)
      .set('Content-Type', 'application/json')
      .set('X-GitHub-Event', 'pull_request')
      .send(labelled)
      .expect(401);
  });

  it('keeps credentials required everywhere else', async () => {
    const { server } = await backend({ webhookSecret: SECRET });
    const post = (path: string, header: string) =>
      request(server)
        .post(`${API}${path}`)
        .set('Authorization', header)
        .send({ rows: [] });
    const none = mockCredentials.none.header();
    expect((await post('/v1/adoption/events', none)).status).toBe(401);
    expect((await post('/echo', none)).status).toBe(401);
    const pushed = await post(
      '/v1/adoption/events',
      mockCredentials.service.header(),
    );
    expect(pushed.status).toBe(200);
    expect(pushed.body).toEqual({
      accepted: 0,
      unchanged: 0,
      unattributed: 0,
      expired: 0,
    });
  });

  it('serves no webhook without a secret', async () => {
    const { server, ingestion } = await backend();
    const response = await request(server)
      .post(`${API}/v1/adoption/webhooks/github`)
      .set('Content-Type', 'application/json')
      .set('X-GitHub-Event', 'pull_request')
      .set('X-Hub-Signature-256', 'sha256=00')
      .send(labelled);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(ingestion.batches).toEqual([]);
  });
});
