import { createBackendPlugin } from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { EntityContext } from '@agent-context/plugin-agent-context-common';
import { bareEntityContext } from '@agent-context/plugin-agent-context-common/testUtils';
import {
  AgentContextService,
  agentContextServiceRef,
} from './agentContextServiceRef';
import { agentContextServiceProviderRef } from './agentContextServiceProviderRef';

const credentials = mockCredentials.user('user:default/alice');

/** A service that answers every ref with a context of that ref. */
const echo: AgentContextService = {
  getEntityContext: async ref => bareEntityContext(String(ref)),
  getAgentsMd: async ref => ({
    entityRef: String(ref),
    markdown: `# ${String(ref)}\n`,
    tokens: 3,
    lines: 1,
    budget: {},
    omitted: [],
    overBudget: false,
    contentHash: 'sha256-0',
  }),
};

/** A plugin that provides `echo` as the given plugin id, after a while. */
function providerPlugin(pluginId: string) {
  return createBackendPlugin({
    pluginId,
    register(env) {
      env.registerInit({
        deps: { provider: agentContextServiceProviderRef },
        async init({ provider }) {
          await new Promise(resolve => setTimeout(resolve, 20));
          provider.provide(echo);
        },
      });
    },
  });
}

/** Another plugin, handed the service while it starts. */
function readerPlugin(onInit: (service: AgentContextService) => void) {
  return createBackendPlugin({
    pluginId: 'reader',
    register(env) {
      env.registerInit({
        deps: { agentContext: agentContextServiceRef },
        async init({ agentContext }) {
          onInit(agentContext);
        },
      });
    },
  });
}

describe('agentContextServiceRef', () => {
  it("answers another plugin with the agent-context plugin's implementation, also while both start", async () => {
    let service: AgentContextService | undefined;
    let readAtStartup: Promise<EntityContext> | undefined;
    await startTestBackend({
      features: [
        readerPlugin(agentContext => {
          service = agentContext;
          // Before the agent-context plugin has provided anything.
          readAtStartup = agentContext.getEntityContext(
            'component:default/checkout',
            { credentials },
          );
        }),
        providerPlugin('agent-context'),
      ],
    });
    expect((await readAtStartup!).entity.ref).toBe(
      'component:default/checkout',
    );
    expect(
      (await service!.getAgentsMd('api:default/payments', { credentials }))
        .markdown,
    ).toBe('# api:default/payments\n');
  });

  it('lets no other plugin provide it', async () => {
    await expect(
      startTestBackend({ features: [providerPlugin('impostor')] }),
    ).rejects.toThrow(
      "Only the agent-context plugin provides the agent-context service, not 'impostor'",
    );
  });

  it('says so once the backend has started without the agent-context plugin', async () => {
    let service: AgentContextService | undefined;
    await startTestBackend({
      features: [
        readerPlugin(agentContext => {
          service = agentContext;
        }),
      ],
    });
    await expect(
      service!.getEntityContext('component:default/checkout', { credentials }),
    ).rejects.toThrow(
      'The agent-context service is not available: the agent-context plugin (@agent-context/plugin-agent-context-backend) is not installed in this backend',
    );
  });
});
