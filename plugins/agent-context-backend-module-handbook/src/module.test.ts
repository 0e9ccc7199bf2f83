import {
  createMockDirectory,
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { JsonObject } from '@backstage/types';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
// The module is tested booted with the plugin it extends.
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import agentContextBackend from '@agent-context/plugin-agent-context-backend';
import request from 'supertest';
import { agentContextModuleHandbook } from './module';

const API = '/api/agent-context/v1';
const guest = mockCredentials.user.header('user:default/guest');

const entities: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'checkout-service', namespace: 'default' },
    spec: {
      type: 'service',
      lifecycle: 'production',
      owner: 'group:default/checkout-team',
      system: 'checkout',
    },
    relations: [
      { type: 'ownedBy', targetRef: 'group:default/checkout-team' },
      { type: 'partOf', targetRef: 'system:default/checkout' },
    ],
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'System',
    metadata: { name: 'checkout', namespace: 'default' },
    spec: { owner: 'group:default/checkout-team' },
    relations: [
      { type: 'ownedBy', targetRef: 'group:default/checkout-team' },
      { type: 'hasPart', targetRef: 'component:default/checkout-service' },
    ],
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'checkout-team', namespace: 'default' },
    spec: { type: 'team', children: [] },
    relations: [{ type: 'hasMember', targetRef: 'user:default/guest' }],
  },
];

describe('agentContextModuleHandbook', () => {
  const mockDir = createMockDirectory();

  async function start(handbook: JsonObject | undefined) {
    const { server } = await startTestBackend({
      features: [
        agentContextBackend,
        agentContextModuleHandbook,
        catalogServiceMock.factory({ entities }),
        mockServices.rootConfig.factory({
          data: {
            app: { baseUrl: 'http://portal.test' },
            agentContext: {
              conventions: {
                global: [
                  {
                    id: 'SEC-001',
                    category: 'boundary',
                    title: 'Never commit secrets',
                  },
                ],
              },
              ...(handbook ? { handbook } : {}),
            },
          },
        }),
      ],
    });
    return server;
  }

  beforeEach(() => {
    mockDir.setContent({
      'global.yaml': [
        'scope: global',
        'conventions:',
        '  - id: HB-001',
        '    category: rule',
        '    severity: must',
        '    title: Every service has a runbook',
        '  - id: SEC-001',
        '    category: boundary',
        '    title: Secrets stay in the vault',
      ].join('\n'),
      'checkout.yaml': [
        'scope: system:default/checkout',
        'conventions:',
        '  - id: HB-002',
        '    category: command',
        '    title: Load test',
        '    body: "`k6 run load/checkout.js`"',
      ].join('\n'),
    });
  });

  it("adds the handbook's conventions to the context and AGENTS.md, read-only", async () => {
    const server = await start({ directory: mockDir.path });

    const context = await request(server)
      .get(`${API}/entities/component/default/checkout-service/context`)
      .set('Authorization', guest);
    expect(context.status).toBe(200);
    expect(
      context.body.conventions.map(
        (c: { id: string; source: string; scope: string }) =>
          `${c.id} ${c.source} ${c.scope}`,
      ),
    ).toEqual([
      'SEC-001 config global',
      'HB-001 handbook global',
      'HB-002 handbook system:default/checkout',
    ]);

    const agentsMd = await request(server)
      .get(`${API}/entities/component/default/checkout-service/agents.md`)
      .set('Authorization', guest);
    expect(agentsMd.text).toContain(
      '- **Load test**: `k6 run load/checkout.js`',
    );
    expect(agentsMd.text).toContain('`HB-001` **Every service has a runbook**');

    const scope = await request(server)
      .get(`${API}/conventions/entities/system/default/checkout`)
      .set('Authorization', guest);
    expect(scope.body.conventions).toEqual([
      expect.objectContaining({
        id: 'HB-002',
        source: 'handbook',
        location: `${mockDir.path}/checkout.yaml`,
        revision: 0,
      }),
    ]);
  });

  it('loses to app-config at the same scope and id by default, and wins with a lower precedence', async () => {
    const resolved = async (server: Awaited<ReturnType<typeof start>>) =>
      (
        await request(server)
          .get(`${API}/entities/component/default/checkout-service/conventions`)
          .set('Authorization', guest)
      ).body;

    const byDefault = await resolved(await start({ directory: mockDir.path }));
    expect(
      byDefault.conventions.find((c: { id: string }) => c.id === 'SEC-001')
        .source,
    ).toBe('config');
    expect(byDefault.conflicts).toEqual([
      {
        id: 'SEC-001',
        scope: 'global',
        source: 'handbook',
        message:
          'SEC-001 is defined more than once at this scope; the config one is used',
      },
    ]);

    const first = await resolved(
      await start({ directory: mockDir.path, precedence: 50 }),
    );
    expect(
      first.conventions.find((c: { id: string }) => c.id === 'SEC-001').source,
    ).toBe('handbook');
  });

  it('stops the backend when the handbook is not configured or not valid', async () => {
    await expect(start(undefined)).rejects.toThrow(
      "Missing required config value at 'agentContext.handbook.directory'",
    );
    mockDir.addContent({ 'broken.yaml': 'scope: checkout\nconventions: []' });
    await expect(start({ directory: mockDir.path })).rejects.toThrow(
      `${mockDir.path}/broken.yaml: scope 'checkout' names no kind`,
    );
  });
});
