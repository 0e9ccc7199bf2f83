import agentContextPlugin from '@agent-context/plugin-agent-context-backend';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AddressInfo } from 'node:net';

/** A running portal backend with the agent-context plugin. */
export interface TestPortal {
  /** The backend's base URL, as a user passes it with --portal. */
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts a real backend in-process, its catalog holding `entities`, its
 * frontend at `baseUrl` (which the AGENTS.md links to).
 */
export async function startPortal(
  entities: Entity[],
  options: { baseUrl?: string } = {},
): Promise<TestPortal> {
  const backend = await startTestBackend({
    features: [
      agentContextPlugin,
      catalogServiceMock.factory({ entities }),
      mockServices.rootConfig.factory({
        data: {
          app: { baseUrl: options.baseUrl ?? 'http://localhost:3000' },
        },
      }),
    ],
  });
  const { port } = backend.server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    stop: () => backend.stop(),
  };
}
