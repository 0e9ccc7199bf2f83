import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { MiddlewareFactory } from '@backstage/backend-defaults/rootHttpRouter';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { adoptionIngestPermission } from '@agent-context/plugin-agent-context-common';
import express from 'express';
import request from 'supertest';
import { InMemoryAdoptionIngestion } from '../../__testUtils__/InMemoryAdoptionIngestion';
import { createAdoptionPushRouter } from './createAdoptionPushRouter';

const PATH = '/v1/adoption/events';

const gatewayLine = (index: number) => ({
  type: 'event',
  source: 'ai-gateway',
  sourceId: `01JDKQ${String(index).padStart(6, '0')}`,
  timestamp: '2026-11-30T10:15:00.123Z',
  provider: 'anthropic',
  model: 'claude-sonnet-4-5',
  repositoryUrl: 'https://github.com/example/checkout-service',
  user: { id: '2f1c7a52-8d3e-4a5b-9c61-0e2d3f4a5b6c' },
  metrics: {
    requests: 1,
    tokensIn: 1800,
    tokensOut: 420,
    cacheReadTokens: 1024,
    cost: 0.0123,
  },
  metadata: { cached: false, status: 200 },
});

function pushApi() {
  const ingestion = new InMemoryAdoptionIngestion();
  const permissions = mockServices.permissions.mock();
  permissions.authorize.mockImplementation(async (requests, { credentials }) =>
    requests.map(() => ({
      result:
        (credentials.principal as { userEntityRef?: string }).userEntityRef ===
        'user:default/visitor'
          ? AuthorizeResult.DENY
          : AuthorizeResult.ALLOW,
    })),
  );
  const router = createAdoptionPushRouter({
    httpAuth: mockServices.httpAuth(),
    permissions,
    ingestion,
  });
  const middleware = MiddlewareFactory.create({
    config: mockServices.rootConfig(),
    logger: mockServices.rootLogger(),
  });
  const app = express().use(router).use(middleware.error());
  return { app, ingestion, permissions };
}

describe('createAdoptionPushRouter', () => {
  describe('POST /v1/adoption/events', () => {
    it('stores a batch and answers what became of it', async () => {
      const { app, ingestion } = pushApi();
      // Well over the default JSON limit of 100 kB.
      const rows = Array.from({ length: 2000 }, (_, i) => gatewayLine(i));
      const first = await request(app).post(PATH).send({ rows });
      expect(first.status).toBe(200);
      expect(first.body).toEqual({
        accepted: 2000,
        unchanged: 0,
        unattributed: 0,
        expired: 0,
      });
      expect(ingestion.rows.size).toBe(2000);

      const replay = await request(app).post(PATH).send({ rows });
      expect(replay.body).toEqual({
        accepted: 0,
        unchanged: 2000,
        unattributed: 0,
        expired: 0,
      });
      expect(ingestion.rows.size).toBe(2000);
    });

    it('asks for the ingest permission with the caller’s credentials', async () => {
      const { app, permissions } = pushApi();
      await request(app)
        .post(PATH)
        .set('Authorization', mockCredentials.service.header())
        .send({ rows: [gatewayLine(0)] })
        .expect(200);
      expect(permissions.authorize).toHaveBeenCalledWith(
        [{ permission: adoptionIngestPermission }],
        { credentials: mockCredentials.service() },
      );
    });

    it('names the bad row and stores nothing of the batch', async () => {
      const { app, ingestion } = pushApi();
      const rows: unknown[] = Array.from({ length: 20 }, (_, i) =>
        gatewayLine(i),
      );
      rows[12] = { ...gatewayLine(12), metrics: { tokensIn: -1 } };
      const response = await request(app).post(PATH).send({ rows });
      expect(response.status).toBe(400);
      expect(response.body.error).toMatchObject({
        name: 'InputError',
        message: 'rows[12].metrics.tokensIn: must be a number >= 0',
      });
      expect(ingestion.batches).toEqual([]);
    });

    it('refuses a row of the wrong shape, naming it, and stores nothing', async () => {
      const { app, ingestion } = pushApi();
      const response = await request(app)
        .post(PATH)
        .send({ rows: [gatewayLine(0), { ...gatewayLine(1), metrics: 3 }] });
      expect(response.status).toBe(400);
      expect(response.body.error.message).toMatch(/rows.1.\.?metrics/);
      expect(ingestion.batches).toEqual([]);
    });

    it('refuses a body without rows', async () => {
      const { app } = pushApi();
      const response = await request(app).post(PATH).send({ events: [] });
      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain('rows');
    });

    it('keeps the default body limit for the plugin’s other routes', async () => {
      const { app } = pushApi();
      const response = await request(app)
        .post('/v1/conventions/global')
        .send({ title: 'x'.repeat(200_000) });
      expect(response.status).toBe(400);
      expect(response.body.error.message).toBe('request entity too large');
    });

    it('refuses a caller without credentials', async () => {
      const { app, ingestion } = pushApi();
      await request(app)
        .post(PATH)
        .set('Authorization', mockCredentials.none.header())
        .send({ rows: [gatewayLine(0)] })
        .expect(401);
      expect(ingestion.batches).toEqual([]);
    });

    it('refuses a caller without the ingest permission', async () => {
      const { app, ingestion } = pushApi();
      const response = await request(app)
        .post(PATH)
        .set(
          'Authorization',
          mockCredentials.user.header('user:default/visitor'),
        )
        .send({ rows: [gatewayLine(0)] });
      expect(response.status).toBe(403);
      expect(response.body.error.message).toContain(
        'agent-context.adoption.ingest',
      );
      expect(ingestion.batches).toEqual([]);
    });
  });
});
