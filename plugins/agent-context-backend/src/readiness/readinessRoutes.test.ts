import { mockCredentials } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import request from 'supertest';
import { startConventionsBackend } from '../__testUtils__/startConventionsBackend';

const API = '/api/agent-context/v1';
const user = mockCredentials.user.header('user:default/alice');

describe('readinessRoutes', () => {
  let server: Awaited<ReturnType<typeof startConventionsBackend>>['server'];

  beforeAll(async () => {
    ({ server } = await startConventionsBackend());
  });

  describe('GET /v1/readiness', () => {
    it('lists every scored entity, lowest score first, with its failed checks', async () => {
      const response = await request(server)
        .get(`${API}/readiness`)
        .set('Authorization', user);
      expect(response.status).toBe(200);
      const { items, totalItems } = response.body;
      expect(totalItems).toBe(items.length);
      expect(items.length).toBeGreaterThan(0);
      const kinds = new Set(
        items.map((item: { kind: string }) => item.kind.toLowerCase()),
      );
      expect(
        [...kinds].every(kind =>
          ['component', 'api', 'resource', 'system'].includes(kind as string),
        ),
      ).toBe(true);
      const scores = items.map((item: { score: number }) => item.score);
      expect(scores).toEqual([...scores].sort((a, b) => a - b));
      expect(
        items.find(
          (item: { entityRef: string }) =>
            item.entityRef === 'component:default/checkout-service',
        ),
      ).toMatchObject({
        owner: 'group:default/checkout-team',
        failed: expect.arrayContaining(['agents-md-fetched']),
      });
    });

    it('filters by owner and kind and pages the result', async () => {
      const all = await request(server)
        .get(`${API}/readiness`)
        .query({ owner: 'checkout-team', kind: 'component' })
        .set('Authorization', user);
      expect(all.status).toBe(200);
      expect(all.body.totalItems).toBeGreaterThan(0);
      for (const item of all.body.items) {
        expect(item.owner).toBe('group:default/checkout-team');
        expect(item.kind.toLowerCase()).toBe('component');
      }
      const page = await request(server)
        .get(`${API}/readiness`)
        .query({
          owner: 'group:default/checkout-team',
          kind: 'component',
          sort: 'name',
          order: 'desc',
          limit: '1',
          offset: '0',
        })
        .set('Authorization', user);
      expect(page.body.totalItems).toBe(all.body.totalItems);
      expect(page.body.items).toHaveLength(1);
      const names = all.body.items
        .map((item: { entityRef: string }) => item.entityRef)
        .sort()
        .reverse();
      expect(page.body.items[0].entityRef).toBe(names[0]);
    });

    it.each([
      ['limit', '501'],
      ['limit', '0'],
      ['minScore', '101'],
      ['sort', 'owner'],
      ['order', 'up'],
    ])('refuses %s=%s with a 400 naming it', async (name, value) => {
      const response = await request(server)
        .get(`${API}/readiness`)
        .query({ [name]: value })
        .set('Authorization', user);
      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain(name);
    });

    it('refuses a minScore above the maxScore', async () => {
      const response = await request(server)
        .get(`${API}/readiness`)
        .query({ minScore: '80', maxScore: '20' })
        .set('Authorization', user);
      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain('minScore');
    });

    it('answers 401 without credentials', async () => {
      const response = await request(server)
        .get(`${API}/readiness`)
        .set('Authorization', mockCredentials.none.header());
      expect(response.status).toBe(401);
    });
  });

  describe('GET /v1/entities/{kind}/{namespace}/{name}/readiness', () => {
    it('shows every check with its fix and link', async () => {
      const response = await request(server)
        .get(`${API}/entities/component/default/checkout-service/readiness`)
        .set('Authorization', user);
      expect(response.status).toBe(200);
      expect(response.body.entityRef).toBe(
        'component:default/checkout-service',
      );
      const owner = response.body.checks.find(
        (check: { id: string }) => check.id === 'owner',
      );
      expect(owner).toMatchObject({ passed: true, weight: 15 });
      const command = response.body.checks.find(
        (check: { id: string }) => check.id === 'command',
      );
      // The org codex in the test configuration holds a command.
      expect(command).toMatchObject({
        passed: true,
        link: 'http://portal.test/catalog/default/component/checkout-service/agent-context',
      });
    });

    it('answers 404 for a missing entity and for a group', async () => {
      for (const path of [
        'component/default/no-such-service',
        'group/default/checkout-team',
      ]) {
        const response = await request(server)
          .get(`${API}/entities/${path}/readiness`)
          .set('Authorization', user);
        expect(response.status).toBe(404);
      }
    });

    it('answers 400 naming a malformed kind', async () => {
      const response = await request(server)
        .get(`${API}/entities/comp%20onent/default/x/readiness`)
        .set('Authorization', user);
      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain('kind');
    });
  });

  describe('the context', () => {
    it('carries the readiness summary, which AGENTS.md leaves out', async () => {
      const [context, readiness, agentsMd] = await Promise.all(
        ['context', 'readiness', 'agents.md?maxTokens=0'].map(path =>
          request(server)
            .get(`${API}/entities/component/default/checkout-service/${path}`)
            .set('Authorization', user),
        ),
      );
      expect(context.status).toBe(200);
      const failed = readiness.body.checks.filter(
        (check: { passed: boolean }) => !check.passed,
      );
      expect(context.body.readiness).toEqual({
        score: readiness.body.score,
        failed: failed.map(
          ({ id, title, fix }: { id: string; title: string; fix: string }) => ({
            id,
            title,
            fix,
          }),
        ),
      });
      expect(agentsMd.status).toBe(200);
      for (const check of failed) {
        expect(agentsMd.text).not.toContain(check.fix);
      }
    });

    it('carries no summary for a kind that is not scored', async () => {
      const response = await request(server)
        .get(`${API}/entities/group/default/checkout-team/context`)
        .set('Authorization', user);
      expect(response.status).toBe(200);
      expect(response.body.readiness).toBeUndefined();
    });
  });

  describe('for a caller who may read nothing', () => {
    it('lists nothing and answers 404 for an entity', async () => {
      const { server: denied } = await startConventionsBackend({
        permissions: AuthorizeResult.DENY,
      });
      const list = await request(denied)
        .get(`${API}/readiness`)
        .set('Authorization', user);
      expect(list.status).toBe(200);
      expect(list.body).toEqual({ items: [], totalItems: 0 });
      const one = await request(denied)
        .get(`${API}/entities/component/default/checkout-service/readiness`)
        .set('Authorization', user);
      expect(one.status).toBe(404);
    });
  });
});
