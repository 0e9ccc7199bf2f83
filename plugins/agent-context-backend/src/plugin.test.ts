import {
  createMockDirectory,
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import request from 'supertest';
import { Entity } from '@backstage/catalog-model';
import { JsonObject } from '@backstage/types';
import { countLines } from '@agent-context/plugin-agent-context-common';
import {
  LARGE_HUB_REPOSITORY,
  largeHubEntities,
} from '@agent-context/plugin-agent-context-common/testUtils';
import { resolve as resolvePath } from 'node:path';
import { exampleEntities } from './__fixtures__/entities';

/** Components of a monorepo, for resolving entities by repository. */
function monorepoComponent(name: string, folder: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      namespace: 'default',
      annotations: {
        'backstage.io/source-location': `url:https://github.com/example/mono/tree/main/${folder}`,
      },
    },
    spec: { type: 'service', lifecycle: 'production', owner: 'checkout-team' },
    relations: [{ type: 'ownedBy', targetRef: 'group:default/checkout-team' }],
  };
}

const monorepo = [
  monorepoComponent('mono-root', ''),
  monorepoComponent('mono-api', 'services/api/'),
  monorepoComponent('mono-worker-a', 'services/worker/'),
  monorepoComponent('mono-worker-b', 'services/worker/'),
];
import { agentContextPlugin } from './plugin';

describe('agentContextPlugin', () => {
  /**
   * A backend with the example organisation and a monorepo, plus
   * `entities`, and `agentContext` config added to the defaults.
   */
  async function startServer(
    options: { entities?: Entity[]; agentContext?: JsonObject } = {},
  ) {
    const { server } = await startTestBackend({
      features: [
        agentContextPlugin,
        catalogServiceMock.factory({
          entities: [
            ...exampleEntities,
            ...monorepo,
            ...(options.entities ?? []),
          ],
        }),
        mockServices.rootConfig.factory({
          data: {
            app: { baseUrl: 'http://portal.test' },
            agentContext: {
              ownership: { maxParentDepth: 5 },
              ...options.agentContext,
            },
          },
        }),
      ],
    });
    return server;
  }

  describe('GET /v1/entities/:kind/:namespace/:name/context', () => {
    const path =
      '/api/agent-context/v1/entities/component/default/checkout-service/context';

    it('returns the context of an entity the caller can read', async () => {
      const server = await startServer();
      const response = await request(server)
        .get(path)
        .set(
          'Authorization',
          mockCredentials.user.header('user:default/alice'),
        );

      expect(response.status).toBe(200);
      expect(response.body.entity.ref).toBe(
        'component:default/checkout-service',
      );
      expect(response.body.ownership.parents).toHaveLength(2);
      expect(response.body.dependencies.dependedOnBy[0].ref).toBe(
        'component:default/storefront-web',
      );
    });

    it('serves service principals such as agents with a static token', async () => {
      const server = await startServer();
      const response = await request(server)
        .get(path)
        .set('Authorization', mockCredentials.service.header());
      expect(response.status).toBe(200);
    });

    it('rejects a caller without credentials with 401', async () => {
      const server = await startServer();
      const response = await request(server)
        .get(path)
        .set('Authorization', mockCredentials.none.header());
      expect(response.status).toBe(401);
    });

    it('answers 404 naming the ref for an unknown entity', async () => {
      const server = await startServer();
      const response = await request(server)
        .get('/api/agent-context/v1/entities/component/default/missing/context')
        .set('Authorization', mockCredentials.user.header());

      expect(response.status).toBe(404);
      expect(response.body.error).toMatchObject({
        name: 'NotFoundError',
        message: "No entity 'component:default/missing' found",
      });
    });

    it.each([
      ['kind', '/9bad/default/x', "Invalid entity kind '9bad'"],
      ['namespace', '/component/Bad_NS/x', "Invalid entity namespace 'Bad_NS'"],
      ['name', `/component/default/${'x'.repeat(64)}`, 'Invalid entity name'],
    ])('answers 400 naming a malformed %s', async (_field, ref, message) => {
      const server = await startServer();
      const response = await request(server)
        .get(`/api/agent-context/v1/entities${ref}/context`)
        .set('Authorization', mockCredentials.user.header());

      expect(response.status).toBe(400);
      expect(response.body.error.name).toBe('InputError');
      expect(response.body.error.message).toContain(message);
    });
  });

  describe('GET /v1/entities/:kind/:namespace/:name/agents.md', () => {
    const path =
      '/api/agent-context/v1/entities/component/default/checkout-service/agents.md';
    const user = mockCredentials.user.header('user:default/alice');

    it('returns Markdown with an ETag, and 304 for a matching If-None-Match', async () => {
      const server = await startServer();
      const first = await request(server).get(path).set('Authorization', user);
      expect(first.status).toBe(200);
      expect(first.headers['content-type']).toContain('text/markdown');
      expect(first.text).toContain(
        '<!-- agent-context: entity=component:default/checkout-service',
      );
      expect(first.text).toContain(
        'http://portal.test/catalog/default/component/checkout-service',
      );
      // The default budget is part of what the document was rendered with.
      const etag = first.headers.etag;
      expect(etag).toMatch(/^"sha256-[0-9a-f]{64}\.r\d+\.l200"$/);

      const again = await request(server)
        .get(path)
        .set('Authorization', user)
        .set('If-None-Match', etag);
      expect(again.status).toBe(304);
      expect(again.text).toBe('');
    });

    it('returns JSON with the token count and honours maxTokens', async () => {
      const server = await startServer();
      const full = await request(server)
        .get(`${path}?format=json`)
        .set('Authorization', user);
      expect(full.status).toBe(200);
      expect(full.body).toMatchObject({
        entityRef: 'component:default/checkout-service',
        budget: { maxLines: 200 },
        omitted: [],
        overBudget: false,
      });
      expect(full.body.lines).toBe(countLines(full.body.markdown));
      expect(full.body.tokens).toBeGreaterThan(50);

      const budget = Math.max(100, Math.floor(full.body.tokens / 2));
      const trimmed = await request(server)
        .get(`${path}?format=json&maxTokens=${budget}`)
        .set('Authorization', user);
      expect(trimmed.status).toBe(200);
      expect(trimmed.body.tokens).toBeLessThan(full.body.tokens);
      expect(trimmed.body.budget).toEqual({ maxTokens: budget });
      expect(trimmed.headers.etag).not.toBe(full.headers.etag);
    });

    describe('for a hub with hundreds of dependents and consumers', () => {
      const hubPath =
        '/api/agent-context/v1/entities/component/default/hub-service/agents.md';
      let server: Awaited<ReturnType<typeof startServer>>;
      const get = (query: string) =>
        request(server).get(`${hubPath}?${query}`).set('Authorization', user);

      beforeAll(async () => {
        server = await startServer({ entities: largeHubEntities() });
      });

      it('stays within 200 lines when no budget is asked for, saying what it left out', async () => {
        const response = await get('format=json');
        expect(response.status).toBe(200);
        expect(response.body.lines).toBeLessThanOrEqual(200);
        expect(response.body.lines).toBe(countLines(response.body.markdown));
        expect(response.body.budget).toEqual({ maxLines: 200 });
        expect(response.body.overBudget).toBe(false);
        expect(response.body.omitted).toContain(
          '295 of 300 "Depended on by" entries beyond the first 5',
        );
        expect(response.body.markdown).toContain('\n## Left out\n');
        expect(response.headers.etag).toMatch(/\.l200\.json"$/);

        const markdown = await get('');
        expect(markdown.text).toBe(response.body.markdown);
        // The same document in two formats: two byte strings, two ETags.
        expect(markdown.headers.etag).toBe(
          response.headers.etag.replace(/\.json"$/, '"'),
        );
      });

      it('serves the whole document for maxTokens=0', async () => {
        const response = await get('format=json&maxTokens=0');
        expect(response.status).toBe(200);
        expect(response.body.lines).toBeGreaterThan(300);
        expect(response.body).toMatchObject({ budget: {}, omitted: [] });
        expect(response.body.markdown).toContain(
          'component:default/dependent-0299',
        );
        expect(response.headers.etag).toMatch(/\.all\.json"$/);
      });

      it('fits a token budget asked for, in place of the line limit', async () => {
        const whole = await get('format=json&maxTokens=0');
        const budget = whole.body.tokens - 1;
        const response = await get(`format=json&maxTokens=${budget}`);
        expect(response.status).toBe(200);
        expect(response.body.budget).toEqual({ maxTokens: budget });
        expect(response.body.tokens).toBeLessThanOrEqual(budget);
        expect(response.body.lines).toBeGreaterThan(200);
      });

      it('applies the default by repository too, and maxTokens=0 there', async () => {
        const byRepository = (query: string) =>
          request(server)
            .get(
              `/api/agent-context/v1/context/by-repository?url=${encodeURIComponent(
                LARGE_HUB_REPOSITORY,
              )}&format=md${query}`,
            )
            .set('Authorization', user);
        const byDefault = await byRepository('');
        expect(byDefault.status).toBe(200);
        expect(byDefault.text).toBe((await get('')).text);
        expect(countLines(byDefault.text)).toBeLessThanOrEqual(200);

        const whole = await byRepository('&maxTokens=0');
        expect(whole.text).toBe((await get('maxTokens=0')).text);
        expect(countLines(whole.text)).toBeGreaterThan(300);
      });
    });

    it.each([
      [{ maxLines: 120 }, 120],
      [{ maxLines: 0 }, Infinity],
    ])(
      'serves the default budget app-config sets: %j',
      async (defaultBudget, maxLines) => {
        const server = await startServer({
          entities: largeHubEntities(),
          agentContext: { agentsMd: { defaultBudget } },
        });
        const response = await request(server)
          .get(
            '/api/agent-context/v1/entities/component/default/hub-service/agents.md?format=json',
          )
          .set('Authorization', user);
        expect(response.status).toBe(200);
        expect(response.body.lines).toBeLessThanOrEqual(maxLines);
        expect(response.body.budget).toEqual(
          maxLines === Infinity ? {} : { maxLines },
        );
        expect(response.body.omitted.length > 0).toBe(maxLines !== Infinity);
      },
    );

    it.each([
      ['maxTokens=lots', 'maxTokens'],
      [
        'maxTokens=5',
        "Invalid maxTokens '5': expected 0 (no limit) or a whole number from 100 to 1000000",
      ],
      ['maxTokens=', 'maxTokens'],
      ['maxTokens=1000001', "Invalid maxTokens '1000001'"],
      ['format=html', 'format'],
      ['surprise=1', 'surprise'],
    ])(
      'answers 400 naming the bad parameter for %s',
      async (query, message) => {
        const server = await startServer();
        const response = await request(server)
          .get(`${path}?${query}`)
          .set('Authorization', user);
        expect(response.status).toBe(400);
        expect(response.body.error.name).toBe('InputError');
        expect(response.body.error.message).toContain(message);
      },
    );
  });

  describe('GET /v1/context/by-repository', () => {
    const user = mockCredentials.user.header('user:default/alice');
    const byRepo = (query: Record<string, string>) =>
      `/api/agent-context/v1/context/by-repository?${new URLSearchParams(
        query,
      )}`;

    it.each([
      'git@github.com:example/checkout.git',
      'https://github.com/Example/checkout',
      'ssh://git@github.com/example/checkout.git',
    ])('finds the entity whose source is %s', async url => {
      const server = await startServer();
      const response = await request(server)
        .get(byRepo({ url }))
        .set('Authorization', user);
      expect(response.status).toBe(200);
      expect(response.body.entity.ref).toBe(
        'component:default/checkout-service',
      );
    });

    it('picks the entity whose folder is the longest prefix of the path', async () => {
      const server = await startServer();
      const deep = await request(server)
        .get(
          byRepo({
            url: 'git@github.com:example/mono.git',
            path: 'services/api/src/handlers',
          }),
        )
        .set('Authorization', user);
      expect(deep.body.entity.ref).toBe('component:default/mono-api');

      const root = await request(server)
        .get(byRepo({ url: 'git@github.com:example/mono.git', path: 'docs' }))
        .set('Authorization', user);
      expect(root.body.entity.ref).toBe('component:default/mono-root');
    });

    it('answers 409 listing equally good matches', async () => {
      const server = await startServer();
      const response = await request(server)
        .get(
          byRepo({
            url: 'git@github.com:example/mono.git',
            path: 'services/worker',
          }),
        )
        .set('Authorization', user);
      expect(response.status).toBe(409);
      expect(response.body.error.message).toContain(
        'component:default/mono-worker-a, component:default/mono-worker-b',
      );
    });

    it('answers 404 with a hint when no entity lives in the repository', async () => {
      const server = await startServer();
      const response = await request(server)
        .get(byRepo({ url: 'https://github.com/example/unknown' }))
        .set('Authorization', user);
      expect(response.status).toBe(404);
      expect(response.body.error.message).toContain(
        "No entity has its source in 'github.com/example/unknown'",
      );
      expect(response.body.error.message).toContain(
        'backstage.io/source-location',
      );
    });

    it('serves AGENTS.md for format=md', async () => {
      const server = await startServer();
      const response = await request(server)
        .get(
          byRepo({ url: 'git@github.com:example/checkout.git', format: 'md' }),
        )
        .set('Authorization', user);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toContain('text/markdown');
      expect(response.headers.etag).toBeDefined();
    });

    it.each([
      [{}, 'url'],
      [{ url: 'not a url' }, "Invalid repository url 'not a url'"],
    ])('answers 400 for %j', async (query, message) => {
      const server = await startServer();
      const response = await request(server)
        .get(byRepo(query as Record<string, string>))
        .set('Authorization', user);
      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain(message);
    });
  });

  describe('GET /openapi.json', () => {
    it('serves the OpenAPI document', async () => {
      const server = await startServer();
      const response = await request(server)
        .get('/api/agent-context/openapi.json')
        .set('Authorization', mockCredentials.user.header());
      expect(response.status).toBe(200);
      expect(Object.keys(response.body.paths)).toEqual(
        expect.arrayContaining([
          '/api/agent-context/v1/entities/{kind}/{namespace}/{name}/context',
          '/api/agent-context/v1/context/by-repository',
        ]),
      );
    });
  });
});

describe('the skills index at the portal root', () => {
  const skillEntity: Entity = {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'AiResource',
    metadata: {
      name: 'pr-description',
      namespace: 'default',
      annotations: {
        'backstage.io/managed-by-location': `file:${resolvePath(
          __dirname,
          '../../../examples/ai-resources.yaml',
        )}`,
        'backstage.io/source-location': 'file:./skills/pr-description/',
      },
    },
    spec: { type: 'skill', owner: 'platform-team' },
  };
  const index = '/.well-known/agent-skills/index.json';

  async function startServer(skills?: { publicIndex: boolean }) {
    const { server } = await startTestBackend({
      features: [
        agentContextPlugin,
        catalogServiceMock.factory({ entities: [skillEntity] }),
        mockServices.rootConfig.factory({
          data: {
            app: { baseUrl: 'http://portal.test' },
            ...(skills ? { agentContext: { skills } } : {}),
          },
        }),
      ],
    });
    return server;
  }

  it('asks for credentials by default', async () => {
    const server = await startServer();
    const anonymous = await request(server)
      .get(index)
      .set('Authorization', mockCredentials.none.header());
    expect(anonymous.status).toBe(401);
    const user = await request(server)
      .get(index)
      .set('Authorization', mockCredentials.user.header());
    expect(user.status).toBe(200);
    expect(user.body.skills.map((s: { name: string }) => s.name)).toEqual([
      'pr-description',
    ]);
  });

  it('serves everyone with agentContext.skills.publicIndex', async () => {
    const server = await startServer({ publicIndex: true });
    const anonymous = await request(server)
      .get('/.well-known/agent-skills/pr-description/SKILL.md')
      .set('Authorization', mockCredentials.none.header());
    expect(anonymous.status).toBe(200);
    expect(anonymous.text).toContain('name: pr-description');
  });
});

describe('a conventions file that is not valid', () => {
  const mockDir = createMockDirectory();

  it('is reported to readers without quoting the file', async () => {
    const secret = 'xoxb-1234567890-secret-token';
    mockDir.setContent({
      'catalog-info.yaml': '',
      // The annotation points at somebody's secrets, not at conventions.
      'conventions.yaml': `slack_bot_token: ${secret}\nconventions:\n  - id: X-1\n    title: ${secret}\n    signing_secret: ${secret}\n`,
    });
    const entity: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: 'leaky-service',
        namespace: 'default',
        annotations: {
          'backstage.io/managed-by-location': `file:${mockDir.resolve(
            'catalog-info.yaml',
          )}`,
          'agent-context.io/conventions': './conventions.yaml',
        },
      },
      spec: { type: 'service', lifecycle: 'production', owner: 'team-a' },
    };
    const { server } = await startTestBackend({
      features: [
        agentContextPlugin,
        catalogServiceMock.factory({ entities: [entity] }),
        mockServices.rootConfig.factory({
          data: { app: { baseUrl: 'http://portal.test' } },
        }),
      ],
    });

    const response = await request(server)
      .get(
        '/api/agent-context/v1/conventions/entities/component/default/leaky-service',
      )
      .set('Authorization', mockCredentials.user.header());

    expect(response.status).toBe(200);
    expect(response.body.repository.error).toBe(
      'InputError: Invalid conventions file: conventions is the only top-level field, and the file has 1 other; conventions[0]: fields include 1 that is not a convention field; category is required',
    );
    expect(JSON.stringify(response.body)).not.toContain(secret);
    expect(JSON.stringify(response.body)).not.toMatch(/slack|signing/);
  });
});
