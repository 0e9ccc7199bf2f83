import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  AgentContextService,
  agentContextServiceRef,
} from '@agent-context/plugin-agent-context-node';
import request from 'supertest';
import agentContextBackend from '..';
import { exampleEntities } from '../__fixtures__/entities';

const API = '/api/agent-context/v1';
const alice = mockCredentials.user('user:default/alice');

/**
 * Another plugin of the same backend, as a scaffolder action or TechDocs
 * would be: it reads a context while it starts, and keeps the service.
 */
function readerPlugin(onInit: (service: AgentContextService) => Promise<void>) {
  return createBackendPlugin({
    pluginId: 'reader',
    register(env) {
      env.registerInit({
        deps: {
          agentContext: agentContextServiceRef,
          logger: coreServices.logger,
        },
        async init({ agentContext }) {
          await onInit(agentContext);
        },
      });
    },
  });
}

async function startWithReader() {
  let service: AgentContextService | undefined;
  let readAtStartup: unknown;
  const { server } = await startTestBackend({
    features: [
      agentContextBackend,
      readerPlugin(async agentContext => {
        service = agentContext;
        // Before the agent-context plugin has necessarily finished starting.
        readAtStartup = await agentContext.getEntityContext(
          'component:default/checkout-service',
          { credentials: alice },
        );
      }),
      catalogServiceMock.factory({ entities: exampleEntities }),
      mockServices.rootConfig.factory({
        data: { app: { baseUrl: 'http://portal.test' } },
      }),
    ],
  });
  return { server, service: service!, readAtStartup };
}

describe('InProcessAgentContextService', () => {
  it('gives another plugin the context the HTTP API serves, even while it starts', async () => {
    const { server, service, readAtStartup } = await startWithReader();
    const overHttp = await request(server)
      .get(`${API}/entities/component/default/checkout-service/context`)
      .set('Authorization', mockCredentials.user.header('user:default/alice'));
    expect(overHttp.status).toBe(200);

    const inProcess = await service.getEntityContext(
      { kind: 'Component', name: 'checkout-service' },
      { credentials: alice },
    );
    for (const context of [inProcess, readAtStartup]) {
      expect(context).toMatchObject({
        entity: { ref: 'component:default/checkout-service' },
        metadata: { contentHash: overHttp.body.metadata.contentHash },
      });
    }
  });

  it('gives the AGENTS.md the HTTP API serves, within a budget when asked', async () => {
    const { server, service } = await startWithReader();
    const overHttp = await request(server)
      .get(
        `${API}/entities/component/default/checkout-service/agents.md?format=json&maxTokens=400`,
      )
      .set('Authorization', mockCredentials.user.header('user:default/alice'));
    const document = await service.getAgentsMd('checkout-service', {
      credentials: alice,
      maxTokens: 400,
    });
    expect(document).toEqual(overHttp.body);
    expect(document.omitted.length).toBeGreaterThan(0);
  });

  it('serves a plugin that reads with its own service credentials', async () => {
    const { service } = await startWithReader();
    const context = await service.getEntityContext(
      'component:default/checkout-service',
      { credentials: mockCredentials.service('plugin:reader') },
    );
    expect(context.entity.ref).toBe('component:default/checkout-service');
  });

  it('refuses as the HTTP API does: unknown entities, malformed input, no principal', async () => {
    const { service } = await startWithReader();
    await expect(
      service.getEntityContext('component:default/nowhere', {
        credentials: alice,
      }),
    ).rejects.toMatchObject({ name: 'NotFoundError' });
    await expect(
      service.getEntityContext('component:default/not a name', {
        credentials: alice,
      }),
    ).rejects.toMatchObject({
      name: 'InputError',
      message: expect.stringContaining(
        "Invalid entityRef 'component:default/not a name'",
      ),
    });
    await expect(
      service.getEntityContext(
        { kind: '', name: 'checkout-service' },
        { credentials: alice },
      ),
    ).rejects.toMatchObject({ name: 'InputError' });
    await expect(
      service.getAgentsMd('checkout-service', {
        credentials: alice,
        maxTokens: 5,
      }),
    ).rejects.toMatchObject({
      name: 'InputError',
      message:
        "Invalid maxTokens '5': expected 0 (no limit) or a whole number from 100 to 1000000",
    });
    await expect(
      service.getEntityContext('checkout-service', {
        credentials: mockCredentials.none(),
      }),
    ).rejects.toMatchObject({ name: 'AuthenticationError' });
  });
});
