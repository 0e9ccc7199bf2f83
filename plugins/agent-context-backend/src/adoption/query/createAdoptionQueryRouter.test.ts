import {
  TestDatabases,
  mockCredentials,
  mockServices,
} from '@backstage/backend-test-utils';
import { MiddlewareFactory } from '@backstage/backend-defaults/rootHttpRouter';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { adoptionReadPermission } from '@agent-context/plugin-agent-context-common';
import express from 'express';
import request from 'supertest';
import { adoptionQueriesOver } from '../../__testUtils__/adoptionScenario';
import { createAdoptionQueryRouter } from './createAdoptionQueryRouter';

const PERIOD = 'from=2026-11-02&to=2026-11-15';
const small = {
  withheld: true,
  reason: 'Fewer than 5 people are behind this figure',
};

describe('createAdoptionQueryRouter', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

  async function appWith(
    result:
      | AuthorizeResult.ALLOW
      | AuthorizeResult.DENY = AuthorizeResult.ALLOW,
  ) {
    const queries = await adoptionQueriesOver(await databases.init('SQLITE_3'));
    const permissions = mockServices.permissions.mock();
    permissions.authorize.mockResolvedValue([{ result }]);
    const router = createAdoptionQueryRouter({
      queries,
      httpAuth: mockServices.httpAuth({
        defaultCredentials: mockCredentials.none(),
      }),
      permissions,
    });
    const middleware = MiddlewareFactory.create({
      config: mockServices.rootConfig(),
      logger: mockServices.rootLogger(),
    });
    const app = express().use(router).use(middleware.error());
    const get = (path: string) =>
      request(app)
        .get(path)
        .set('Authorization', mockCredentials.user.header('user:default/ada'));
    return { app, get, permissions };
  }

  describe('GET /v1/adoption/overview', () => {
    it("answers the organisation's figures, checking the read permission with the caller's credentials", async () => {
      const { get, permissions } = await appWith();

      const response = await get(`/v1/adoption/overview?${PERIOD}`);

      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        range: { from: '2026-11-02', to: '2026-11-15', bucket: 'week' },
        minimumGroupSize: 5,
        totals: {
          activeUsers: 20,
          mergeRequestsMerged: 4,
          contextFetches: small,
        },
        teams: { withActivity: 3, inCatalog: 4 },
      });
      expect(
        response.body.byTool.find((e: { tool: string }) => e.tool === 'cursor'),
      ).toMatchObject({ activeUsers: small, requests: small });
      expect(permissions.authorize).toHaveBeenCalledWith(
        [{ permission: adoptionReadPermission }],
        { credentials: mockCredentials.user('user:default/ada') },
      );
    });

    it('answers 401 without credentials', async () => {
      const { app } = await appWith();
      expect((await request(app).get('/v1/adoption/overview')).status).toBe(
        401,
      );
    });

    it('answers 403 when the read permission is denied, naming it', async () => {
      const { get } = await appWith(AuthorizeResult.DENY);

      const response = await get(`/v1/adoption/overview?${PERIOD}`);

      expect(response.status).toBe(403);
      expect(response.body.error).toEqual({
        name: 'NotAllowedError',
        message:
          'You may not read adoption figures (agent-context.adoption.read)',
      });
    });

    it.each([
      ['from=2026-13-01', "Invalid from '2026-13-01': not a day (YYYY-MM-DD)"],
      ['to=yesterday', "Invalid to 'yesterday': not a day (YYYY-MM-DD)"],
      [
        'from=2026-11-15&to=2026-11-01',
        "Invalid from '2026-11-15': after to '2026-11-01'",
      ],
      [
        'from=2025-01-01&to=2026-11-01',
        "Invalid from '2025-01-01': more than 400 days before to '2026-11-01'",
      ],
      ['bucket=month', "Invalid bucket 'month': not one of week, day"],
      [
        'baselineFrom=2026-02-30',
        "Invalid baselineFrom '2026-02-30': not a day (YYYY-MM-DD)",
      ],
      ['from=2026-11-01&from=2026-11-02', 'request/query/from must be string'],
    ])('answers 400 for %s, naming the parameter', async (query, message) => {
      const { get } = await appWith();

      const response = await get(`/v1/adoption/overview?${query}`);

      expect(response.status).toBe(400);
      expect(response.body.error).toMatchObject({
        name: 'InputError',
        message,
      });
    });

    it('refuses a parameter it does not know', async () => {
      const { get } = await appWith();

      const response = await get('/v1/adoption/overview?user=ada');

      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain('user');
    });
  });

  describe('GET /v1/adoption/teams', () => {
    it('lists every team with the small one withheld', async () => {
      const { get } = await appWith();

      const response = await get(`/v1/adoption/teams?${PERIOD}&sort=ref`);

      expect(response.status).toBe(200);
      expect(response.body.items.map((i: { ref: string }) => i.ref)).toEqual([
        'group:default/checkout-team',
        'group:default/idle-team',
        'group:default/payments-team',
        'group:default/small-team',
      ]);
      expect(response.body.items[3].totals).toMatchObject({
        activeUsers: small,
        requests: small,
        mergeRequestsMerged: 4,
      });
    });

    it.each([
      [
        'sort=popularity',
        "Invalid sort 'popularity': not one of ref, activeUsers",
      ],
      ['order=up', "Invalid order 'up': not one of asc, desc"],
      ['limit=0', "Invalid limit '0': not a whole number from 1 to 500"],
      ['limit=501', "Invalid limit '501': not a whole number from 1 to 500"],
      ['offset=-1', "Invalid offset '-1'"],
      ['cursor=abc', "Invalid cursor 'abc': not a cursor this API returned"],
      ['owner=group:', "Invalid owner 'group:': not an entity ref"],
      [
        'owner=group:default/checkout-team&system=system:',
        "Invalid system 'system:': not an entity ref",
      ],
    ])('answers 400 for %s, naming the parameter', async (query, message) => {
      const { get } = await appWith();

      const response = await get(`/v1/adoption/teams?${query}`);

      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain(message);
    });
  });

  describe('GET /v1/adoption/entities', () => {
    it('lists the components, filtered and paged', async () => {
      const { get } = await appWith();

      const response = await get(
        `/v1/adoption/entities?${PERIOD}&system=shop&sort=ref&limit=2`,
      );

      expect(response.status).toBe(200);
      expect(response.body.totalItems).toBe(3);
      expect(response.body.items.map((i: { ref: string }) => i.ref)).toEqual([
        'component:default/checkout-service',
        'component:default/idle-service',
      ]);
      const next = await get(
        `/v1/adoption/entities?${PERIOD}&system=shop&sort=ref&limit=2&cursor=${response.body.nextCursor}`,
      );
      expect(next.body.items).toEqual([
        expect.objectContaining({
          ref: 'component:default/small-service',
          totals: expect.objectContaining({ activeUsers: small }),
        }),
      ]);
      expect(next.body.nextCursor).toBeUndefined();
    });
  });

  describe('GET /v1/adoption/entities/{kind}/{namespace}/{name}', () => {
    it("answers a service's figures, and a group's as its team's", async () => {
      const { get } = await appWith();

      const service = await get(
        `/v1/adoption/entities/component/default/small-service?${PERIOD}`,
      );
      const team = await get(
        `/v1/adoption/entities/group/default/small-team?${PERIOD}`,
      );

      for (const response of [service, team]) {
        expect(response.status).toBe(200);
        expect(response.body.totals).toMatchObject({
          activeUsers: small,
          tokensIn: small,
          aiAssistedShare: 0.5,
        });
      }
      expect(team.body.entity).toMatchObject({
        ref: 'group:default/small-team',
        inCatalog: true,
      });
    });

    it('answers 404 for an entity nobody knows, and 400 for a malformed one', async () => {
      const { get } = await appWith();

      const missing = await get(
        '/v1/adoption/entities/component/default/nowhere',
      );
      expect(missing.status).toBe(404);
      const malformed = await get(
        '/v1/adoption/entities/component/default/no%20way',
      );
      expect(malformed.status).toBe(400);
      expect(malformed.body.error.message).toBe(
        "Invalid entity name 'no way': expected at most 63 letters, digits, dashes, dots or underscores",
      );
    });
  });
});
