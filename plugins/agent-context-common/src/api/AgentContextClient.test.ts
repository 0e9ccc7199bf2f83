import { ResponseError } from '@backstage/errors';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { AgentContextClient } from './AgentContextClient';

const server = setupServer();
const baseUrl = 'http://portal.test/api/agent-context';

describe('AgentContextClient', () => {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());

  const client = new AgentContextClient({
    discoveryApi: { getBaseUrl: async () => baseUrl },
  });

  describe('getAgentsMd', () => {
    async function queryFor(options?: { maxTokens?: number }) {
      let query: URLSearchParams | undefined;
      server.use(
        http.get(
          `${baseUrl}/v1/entities/component/default/a/agents.md`,
          ({ request }) => {
            query = new URL(request.url).searchParams;
            return HttpResponse.json({ entityRef: 'component:default/a' });
          },
        ),
      );
      await client.getAgentsMd('component:default/a', options);
      return query;
    }

    it('asks for no budget, so that the portal applies its default', async () => {
      const query = await queryFor();
      expect(query?.get('format')).toBe('json');
      expect(query?.has('maxTokens')).toBe(false);
    });

    it('sends a budget of 0, the whole document, as well as any other', async () => {
      expect((await queryFor({ maxTokens: 0 }))?.get('maxTokens')).toBe('0');
      expect((await queryFor({ maxTokens: 2000 }))?.get('maxTokens')).toBe(
        '2000',
      );
    });
  });

  describe('adoption and readiness', () => {
    function capture(path: string) {
      const seen: URL[] = [];
      server.use(
        http.get(`${baseUrl}/v1${path}`, ({ request }) => {
          seen.push(new URL(request.url));
          return HttpResponse.json({ items: [], totalItems: 0 });
        }),
      );
      return seen;
    }

    it('sends only the set fields of a list query, numbers as text', async () => {
      const seen = capture('/adoption/entities');
      await client.listAdoptionEntities({
        from: '2026-09-01',
        sort: 'cost',
        order: 'desc',
        limit: 25,
        owner: undefined,
        lifecycle: '',
      });
      expect(Object.fromEntries(seen[0].searchParams)).toEqual({
        from: '2026-09-01',
        sort: 'cost',
        order: 'desc',
        limit: '25',
      });
    });

    it('asks for the overview and the team list with no query at all by default', async () => {
      const overview = capture('/adoption/overview');
      const teams = capture('/adoption/teams');
      await client.getAdoptionOverview();
      await client.listAdoptionTeams();
      expect(overview[0].search).toBe('');
      expect(teams[0].search).toBe('');
    });

    it('addresses one entity by its lower-cased, encoded ref', async () => {
      const adoption = capture('/adoption/entities/group/default/team%20a');
      const readiness = capture('/entities/component/default/svc/readiness');
      await client.getEntityAdoption('group:Team A', { bucket: 'day' });
      await client.getEntityReadiness('component:default/svc');
      expect(adoption[0].searchParams.get('bucket')).toBe('day');
      expect(readiness).toHaveLength(1);
    });

    it('filters and pages the readiness list', async () => {
      const seen = capture('/readiness');
      await client.listReadiness({ owner: 'team-a', maxScore: 60, offset: 0 });
      expect(Object.fromEntries(seen[0].searchParams)).toEqual({
        owner: 'team-a',
        maxScore: '60',
        offset: '0',
      });
    });

    it('rejects a refusal with the status and the backend message', async () => {
      server.use(
        http.get(`${baseUrl}/v1/adoption/overview`, () =>
          HttpResponse.json(
            { error: { name: 'NotAllowedError', message: 'no adoption' } },
            { status: 403 },
          ),
        ),
      );
      const error = await client.getAdoptionOverview().catch(e => e);
      expect(error).toBeInstanceOf(ResponseError);
      expect(error.statusCode).toBe(403);
    });
  });

  describe('getEntityContext', () => {
    it('requests the v1 context path of the entity, lower-cased and encoded', async () => {
      let requested: URL | undefined;
      server.use(
        http.get(
          `${baseUrl}/v1/entities/:kind/:namespace/:name/context`,
          ({ request }) => {
            requested = new URL(request.url);
            return HttpResponse.json({
              entity: { ref: 'component:default/a b' },
            });
          },
        ),
      );

      const context = await client.getEntityContext('Component:default/A b');

      expect(requested?.pathname).toBe(
        '/api/agent-context/v1/entities/component/default/a%20b/context',
      );
      expect(context.entity.ref).toBe('component:default/a b');
    });

    it('fills in the default namespace for a short ref', async () => {
      let requested = '';
      server.use(
        http.get(`${baseUrl}/v1/entities/*`, ({ request }) => {
          requested = new URL(request.url).pathname;
          return HttpResponse.json({});
        }),
      );
      await client.getEntityContext({
        kind: 'system',
        namespace: '',
        name: 'checkout',
      });
      expect(requested).toBe(
        '/api/agent-context/v1/entities/system/default/checkout/context',
      );
    });

    it('sends requests through the given fetch, which carries credentials', async () => {
      const fetch = jest.fn(async () => HttpResponse.json({ entity: {} }));
      const withToken = new AgentContextClient({
        discoveryApi: { getBaseUrl: async () => baseUrl },
        fetchApi: { fetch: fetch as unknown as typeof globalThis.fetch },
      });
      await withToken.getEntityContext('component:default/a');
      expect(fetch).toHaveBeenCalledWith(
        `${baseUrl}/v1/entities/component/default/a/context`,
        expect.objectContaining({ headers: { Accept: 'application/json' } }),
      );
    });

    it('rejects with a ResponseError that carries the backend error', async () => {
      server.use(
        http.get(`${baseUrl}/v1/entities/*`, () =>
          HttpResponse.json(
            {
              error: {
                name: 'NotFoundError',
                message: "No entity 'component:default/x' found",
              },
              request: { method: 'GET', url: '/x' },
              response: { statusCode: 404 },
            },
            { status: 404 },
          ),
        ),
      );

      const failure = client.getEntityContext('component:default/x');
      await expect(failure).rejects.toBeInstanceOf(ResponseError);
      await expect(failure).rejects.toMatchObject({
        statusCode: 404,
        body: { error: { name: 'NotFoundError' } },
      });
    });
  });
});
