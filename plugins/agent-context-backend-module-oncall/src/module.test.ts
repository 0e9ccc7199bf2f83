import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
// The module is tested booted with the plugin it extends.
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import agentContextBackend from '@agent-context/plugin-agent-context-backend';
import request from 'supertest';
import { agentContextModuleOnCall } from './module';

const API = '/api/agent-context/v1';
const guest = mockCredentials.user.header('user:default/guest');

const entities: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'checkout-service',
      namespace: 'default',
      annotations: { 'pagerduty.com/service-id': 'PCHK001' },
    },
    spec: {
      type: 'service',
      lifecycle: 'production',
      owner: 'group:default/checkout-team',
    },
    relations: [{ type: 'ownedBy', targetRef: 'group:default/checkout-team' }],
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'storefront-web', namespace: 'default' },
    spec: {
      type: 'website',
      lifecycle: 'production',
      owner: 'group:default/checkout-team',
    },
    relations: [{ type: 'ownedBy', targetRef: 'group:default/checkout-team' }],
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: {
      name: 'checkout-team',
      namespace: 'default',
      links: [
        {
          url: 'https://pager.example/rota/checkout',
          title: 'Checkout on-call',
          type: 'oncall',
        },
      ],
    },
    spec: { type: 'team', children: [] },
  },
];

describe('agentContextModuleOnCall', () => {
  async function start() {
    const { server } = await startTestBackend({
      features: [
        agentContextBackend,
        agentContextModuleOnCall,
        catalogServiceMock.factory({ entities }),
        mockServices.rootConfig.factory({
          data: {
            app: { baseUrl: 'http://portal.test' },
            agentContext: {
              onCall: { pagerDutyBaseUrl: 'https://northwind.pagerduty.com' },
            },
          },
        }),
      ],
    });
    return server;
  }

  it('adds the On-call section to the context and to AGENTS.md', async () => {
    const server = await start();
    const context = await request(server)
      .get(`${API}/entities/component/default/checkout-service/context`)
      .set('Authorization', guest);
    expect(context.status).toBe(200);
    expect(context.body.sections).toEqual([
      {
        id: 'on-call',
        title: 'On-call',
        priority: 1500,
        data: {
          pagerDuty: {
            serviceId: 'PCHK001',
            url: 'https://northwind.pagerduty.com/service-directory/PCHK001',
          },
          ownerRef: 'group:default/checkout-team',
          links: [
            {
              url: 'https://pager.example/rota/checkout',
              title: 'Checkout on-call',
              type: 'oncall',
            },
          ],
        },
        markdown: [
          '- PagerDuty service: `PCHK001`, [page it](https://northwind.pagerduty.com/service-directory/PCHK001)',
          '- [Checkout on-call](https://pager.example/rota/checkout) (oncall), of `group:default/checkout-team`',
        ].join('\n'),
      },
    ]);

    const agentsMd = await request(server)
      .get(`${API}/entities/component/default/checkout-service/agents.md`)
      .set('Authorization', guest);
    expect(agentsMd.status).toBe(200);
    expect(agentsMd.text).toContain(
      [
        '## On-call',
        '',
        '- PagerDuty service: `PCHK001`, [page it](https://northwind.pagerduty.com/service-directory/PCHK001)',
        '- [Checkout on-call](https://pager.example/rota/checkout) (oncall), of `group:default/checkout-team`',
        '',
        '## Docs and links',
      ].join('\n'),
    );
  });

  it('gives the section to every entity whose owner has an on-call link', async () => {
    const server = await start();
    const context = await request(server)
      .get(`${API}/entities/component/default/storefront-web/context`)
      .set('Authorization', guest);
    expect(context.status).toBe(200);
    expect(context.body.sections[0].data).toEqual({
      ownerRef: 'group:default/checkout-team',
      links: [
        {
          url: 'https://pager.example/rota/checkout',
          title: 'Checkout on-call',
          type: 'oncall',
        },
      ],
    });
  });
});
