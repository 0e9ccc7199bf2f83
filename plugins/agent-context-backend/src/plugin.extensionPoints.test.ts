import { createBackendModule } from '@backstage/backend-plugin-api';
import { mockCredentials } from '@backstage/backend-test-utils';
import { Convention } from '@agent-context/plugin-agent-context-common';
import {
  ConventionSource,
  agentContextContributorsExtensionPoint,
  agentContextConventionSourcesExtensionPoint,
} from '@agent-context/plugin-agent-context-node';
import request from 'supertest';
import {
  startConventionsBackend,
  testUsers,
} from './__testUtils__/startConventionsBackend';

const API = '/api/agent-context/v1';
const CHECKOUT = 'component:default/checkout-service';
const alice = mockCredentials.user.header(testUsers.alice.ref);

function handbookEntry(
  id: string,
  scope: string,
  more: Partial<Convention> = {},
): Convention {
  return {
    id,
    scope,
    source: 'handbook',
    action: 'define',
    category: 'rule',
    title: `Handbook ${id}`,
    body: `From the handbook: ${id}.`,
    severity: 'must',
    enforced: false,
    location: `handbook/${id}.yaml`,
    revision: 0,
    ...more,
  };
}

/** A handbook kept outside the catalog: one global rule, one for checkout. */
const handbook: Convention[] = [
  handbookEntry('HB-GLOBAL', 'global'),
  // config's codex already has DOC-001 at global, and comes first.
  handbookEntry('DOC-001', 'global', { title: 'Handbook DOC-001' }),
  handbookEntry('HB-CHK', CHECKOUT, {
    category: 'command',
    severity: undefined,
  }),
];

const handbookSource: ConventionSource = {
  id: 'handbook',
  precedence: 150,
  async conventionsFor({ path }) {
    const scopes = new Set(path.map(level => level.scope));
    return {
      conventions: handbook.filter(entry => scopes.has(entry.scope)),
    };
  },
  async listAll() {
    return handbook;
  },
};

const extensionsModule = createBackendModule({
  pluginId: 'agent-context',
  moduleId: 'test-extensions',
  register(reg) {
    reg.registerInit({
      deps: {
        sources: agentContextConventionSourcesExtensionPoint,
        contributors: agentContextContributorsExtensionPoint,
      },
      async init({ sources, contributors }) {
        sources.addConventionSource(handbookSource);
        contributors.addContextContributor({
          id: 'on-call',
          title: 'On-call',
          priority: 1500,
          async contribute({ context }) {
            return context.entity.ref === CHECKOUT
              ? {
                  data: { rota: '#checkout-oncall' },
                  markdown: '- Rota: #checkout-oncall',
                }
              : undefined;
          },
        });
      },
    });
  },
});

describe('agentContextPlugin with modules', () => {
  async function start() {
    const { server } = await startConventionsBackend({
      features: [extensionsModule],
    });
    return server;
  }

  it("resolves a module's conventions with the built-in ones, by its precedence", async () => {
    const server = await start();
    const response = await request(server)
      .get(`${API}/entities/component/default/checkout-service/conventions`)
      .set('Authorization', alice);
    expect(response.status).toBe(200);
    const byId = Object.fromEntries(
      response.body.conventions.map((c: Convention) => [c.id, c]),
    );
    expect(byId['HB-GLOBAL']).toMatchObject({
      source: 'handbook',
      scope: 'global',
      location: 'handbook/HB-GLOBAL.yaml',
    });
    expect(byId['HB-CHK']).toMatchObject({
      source: 'handbook',
      scope: CHECKOUT,
    });
    expect(byId['DOC-001'].source).toBe('config');
    expect(response.body.conflicts).toContainEqual({
      id: 'DOC-001',
      scope: 'global',
      source: 'handbook',
      message:
        'DOC-001 is defined more than once at this scope; the config one is used',
    });
  });

  it("puts a module's conventions and section in the context and AGENTS.md", async () => {
    const server = await start();
    const context = await request(server)
      .get(`${API}/entities/component/default/checkout-service/context`)
      .set('Authorization', alice);
    expect(context.status).toBe(200);
    expect(context.body.sections).toEqual([
      {
        id: 'on-call',
        title: 'On-call',
        priority: 1500,
        data: { rota: '#checkout-oncall' },
        markdown: '- Rota: #checkout-oncall',
      },
    ]);
    expect(
      context.body.conventions.map((c: Convention) => `${c.id} ${c.source}`),
    ).toEqual(
      expect.arrayContaining(['HB-GLOBAL handbook', 'HB-CHK handbook']),
    );

    const agentsMd = await request(server)
      .get(`${API}/entities/component/default/checkout-service/agents.md`)
      .set('Authorization', alice);
    expect(agentsMd.status).toBe(200);
    expect(agentsMd.text).toContain('## On-call\n\n- Rota: #checkout-oncall\n');
    expect(agentsMd.text).toContain('**Handbook HB-CHK**');
    expect(agentsMd.headers.etag).toContain(context.body.metadata.contentHash);

    const other = await request(server)
      .get(`${API}/entities/component/default/storefront-web/context`)
      .set('Authorization', alice);
    expect(other.body.sections).toBeUndefined();
  });

  it("shows a module's conventions read-only in the scope, and refuses a database twin", async () => {
    const server = await start();
    const scope = `${API}/conventions/entities/component/default/checkout-service`;
    const view = await request(server).get(scope).set('Authorization', alice);
    expect(view.body.conventions).toContainEqual(
      expect.objectContaining({ id: 'HB-CHK', source: 'handbook' }),
    );

    const write = await request(server)
      .post(scope)
      .set('Authorization', alice)
      .send({ id: 'HB-CHK', category: 'command', title: 'Run it my way' });
    expect(write.status).toBe(400);
    expect(write.body.error.message).toBe(
      "Invalid convention: id 'HB-CHK' is already used at component:default/checkout-service by a convention kept in handbook (handbook/HB-CHK.yaml); edit it there, or choose another id",
    );
  });

  it("exports a module's conventions when it lists them", async () => {
    const server = await start();
    const response = await request(server)
      .get(`${API}/conventions/export`)
      .set('Authorization', alice);
    const global = response.body.scopes.find(
      (s: { scope: string }) => s.scope === 'global',
    );
    expect(
      global.conventions.map((c: Convention) => `${c.id} ${c.source}`),
    ).toEqual(
      expect.arrayContaining([
        'HB-GLOBAL handbook',
        'DOC-001 handbook',
        'DOC-001 config',
      ]),
    );
  });

  it('does not start when a module takes the id of a built-in source', async () => {
    const impostor = createBackendModule({
      pluginId: 'agent-context',
      moduleId: 'impostor',
      register(reg) {
        reg.registerInit({
          deps: { sources: agentContextConventionSourcesExtensionPoint },
          async init({ sources }) {
            sources.addConventionSource({ ...handbookSource, id: 'database' });
          },
        });
      },
    });
    await expect(
      startConventionsBackend({ features: [impostor] }),
    ).rejects.toThrow("id 'database' is registered more than once");
  });
});
