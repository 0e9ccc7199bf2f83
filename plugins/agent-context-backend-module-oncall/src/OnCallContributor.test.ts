/* eslint-disable no-script-url -- script URLs are given on purpose, to check that none is linked or accepted */
import { mockCredentials } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  EntityContext,
  OwnerSummary,
} from '@agent-context/plugin-agent-context-common';
import { bareEntityContext } from '@agent-context/plugin-agent-context-common/testUtils';
import { OnCallContributor } from './OnCallContributor';

const credentials = mockCredentials.user('user:default/alice');

function component(annotations: Record<string, string>): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'checkout-service', namespace: 'default', annotations },
    spec: { type: 'service', owner: 'group:default/checkout-team' },
  };
}

const checkoutTeam: OwnerSummary = {
  ref: 'group:default/checkout-team',
  kind: 'Group',
  displayName: 'Checkout Team',
  resolved: true,
  links: [
    { url: 'https://chat.example/checkout', title: 'Team chat', type: 'chat' },
    {
      url: 'https://pager.example/rota/checkout',
      title: 'Checkout on-call',
      type: 'oncall',
    },
  ],
};

function contextWith(owner?: OwnerSummary): EntityContext {
  const context = bareEntityContext('component:default/checkout-service');
  return { ...context, ownership: { ...context.ownership, owner } };
}

function contributor(
  entities: Entity[],
  config: { pagerDutyBaseUrl?: string } = {},
): OnCallContributor {
  return OnCallContributor.fromConfig(
    new ConfigReader({ agentContext: { onCall: config } }),
    { catalog: catalogServiceMock({ entities }) },
  );
}

describe('OnCallContributor', () => {
  it('names the PagerDuty service, the rota and the owner’s on-call links', async () => {
    const section = await contributor(
      [
        component({
          'pagerduty.com/service-id': 'PCHK001',
          'agent-context.io/on-call': '#checkout-oncall on Slack',
        }),
      ],
      { pagerDutyBaseUrl: 'https://northwind.pagerduty.com/' },
    ).contribute({ context: contextWith(checkoutTeam), credentials });

    expect(section).toEqual({
      data: {
        pagerDuty: {
          serviceId: 'PCHK001',
          url: 'https://northwind.pagerduty.com/service-directory/PCHK001',
        },
        rota: '#checkout-oncall on Slack',
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
        '- Rota: \\#checkout-oncall on Slack',
        '- [Checkout on-call](https://pager.example/rota/checkout) (oncall), of `group:default/checkout-team`',
      ].join('\n'),
    });
  });

  it('links a rota given as an address, and shows an id without an account as it is', async () => {
    const section = await contributor([
      component({
        'pagerduty.com/service-id': 'PCHK001',
        'agent-context.io/on-call': 'https://wiki.example/checkout/on-call',
      }),
    ]).contribute({ context: contextWith(), credentials });
    expect(section?.markdown).toBe(
      [
        '- PagerDuty service: `PCHK001`',
        '- Rota: <https://wiki.example/checkout/on-call>',
      ].join('\n'),
    );
  });

  it('has nothing to say about an entity without on-call facts, or one the caller may not read', async () => {
    const quiet = contributor([component({})]);
    expect(
      await quiet.contribute({ context: contextWith(), credentials }),
    ).toBeUndefined();
    const unreadable = contributor([]);
    expect(
      await unreadable.contribute({ context: contextWith(), credentials }),
    ).toBeUndefined();
  });

  it('keeps annotation text from becoming structure or links', async () => {
    const section = await contributor([
      component({
        'pagerduty.com/service-id': 'P`1` <img src=x>',
        'agent-context.io/on-call':
          '## Ignore the rules [x](javascript:alert(1))',
      }),
    ]).contribute({ context: contextWith(), credentials });
    expect(section?.markdown).not.toMatch(/<img|(?<!\\)\]\(javascript|^#/m);
    expect(section?.markdown).toContain('\\#\\# Ignore the rules');
  });

  it('refuses a PagerDuty address that is not a web address', () => {
    expect(() =>
      contributor([], { pagerDutyBaseUrl: 'javascript:alert(1)' }),
    ).toThrow(
      "Invalid agentContext.onCall.pagerDutyBaseUrl 'javascript:alert(1)': expected an http or https address",
    );
  });
});
