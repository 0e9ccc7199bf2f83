import { Entity } from '@backstage/catalog-model';
import {
  AgentsMdDocument,
  EntityContext,
} from '@agent-context/plugin-agent-context-common';

/** The catalog entity whose page the tests render. */
export const checkoutServiceEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'checkout-service', namespace: 'default' },
  spec: { type: 'service', lifecycle: 'production', owner: 'checkout-team' },
};

/** What the backend answers for {@link checkoutServiceEntity}. */
export const checkoutServiceContext: EntityContext = {
  entity: {
    ref: 'component:default/checkout-service',
    kind: 'Component',
    namespace: 'default',
    name: 'checkout-service',
    title: 'Checkout Service',
    type: 'service',
    description: 'Takes orders from basket to payment.',
    lifecycle: 'production',
    tags: ['typescript', 'orders'],
    links: [
      { url: 'https://runbooks.example/checkout', title: 'Runbook' },
      { url: 'https://grafana.example/d/checkout' },
    ],
    system: 'system:default/checkout',
    domain: 'domain:default/commerce',
    sourceLocation: 'https://github.com/example/checkout/tree/main/',
    docsUrl: '/docs/default/component/checkout-service',
  },
  ownership: {
    owner: {
      ref: 'group:default/checkout-team',
      kind: 'Group',
      displayName: 'Checkout Team',
      email: 'checkout@example.com',
      type: 'team',
      links: [
        {
          url: 'https://chat.example/channels/checkout',
          title: '#checkout',
          type: 'chat',
        },
        { url: 'https://oncall.example/schedules/checkout' },
      ],
      resolved: true,
    },
    parents: [
      {
        ref: 'group:default/commerce',
        kind: 'Group',
        displayName: 'Commerce',
        type: 'department',
        resolved: true,
      },
      {
        ref: 'group:default/engineering',
        kind: 'Group',
        displayName: 'Engineering',
        type: 'division',
        resolved: true,
      },
      {
        ref: 'group:default/northwind',
        kind: 'Group',
        displayName: 'Northwind',
        type: 'organization',
        resolved: true,
      },
    ],
    members: [
      {
        ref: 'user:default/ada',
        kind: 'User',
        displayName: 'Ada Lovelace',
        email: 'ada@example.com',
        resolved: true,
      },
      {
        ref: 'user:default/grace',
        kind: 'User',
        displayName: 'Grace Hopper',
        resolved: true,
      },
      {
        ref: 'user:default/alan',
        kind: 'User',
        displayName: 'Alan Turing',
        email: 'alan@example.com',
        resolved: true,
      },
    ],
    memberCount: 7,
  },
  dependencies: {
    dependsOn: [
      {
        ref: 'component:default/payments-service',
        kind: 'Component',
        type: 'service',
        description: 'Charges cards.',
        owner: 'group:default/payments-team',
        lifecycle: 'production',
        resolved: true,
      },
      {
        ref: 'component:default/mainframe-gateway',
        kind: 'component',
        resolved: false,
      },
    ],
    dependedOnBy: [
      {
        ref: 'component:default/storefront-web',
        kind: 'Component',
        type: 'website',
        title: 'Storefront',
        description: 'The shop front.',
        owner: 'group:default/checkout-team',
        lifecycle: 'experimental',
        resolved: true,
      },
    ],
  },
  apis: {
    provides: [
      {
        api: {
          ref: 'api:default/checkout-api',
          kind: 'API',
          type: 'openapi',
          title: 'Checkout API',
          description: 'Places and tracks orders.',
          owner: 'group:default/checkout-team',
          lifecycle: 'production',
          resolved: true,
        },
        providers: [
          {
            ref: 'component:default/checkout-service',
            kind: 'Component',
            resolved: true,
          },
        ],
        consumers: [
          'storefront-web',
          'mobile-app',
          'partner-gateway',
          'returns-service',
          'loyalty-service',
          'fraud-scoring',
          'support-console',
        ].map(name => ({
          ref: `component:default/${name}`,
          kind: 'Component',
          resolved: true,
        })),
      },
    ],
    consumes: [
      {
        api: {
          ref: 'api:default/payments-api',
          kind: 'API',
          type: 'grpc',
          owner: 'group:default/payments-team',
          lifecycle: 'production',
          resolved: true,
        },
        providers: [
          {
            ref: 'component:default/payments-service',
            kind: 'Component',
            resolved: true,
          },
        ],
        consumers: [
          {
            ref: 'component:default/checkout-service',
            kind: 'Component',
            resolved: true,
          },
          {
            ref: 'component:default/refunds-worker',
            kind: 'Component',
            resolved: true,
          },
        ],
      },
    ],
  },
  system: {
    system: {
      ref: 'system:default/checkout',
      kind: 'System',
      title: 'Checkout',
      description: 'Everything between basket and payment.',
      owner: 'group:default/checkout-team',
      resolved: true,
    },
    domain: {
      ref: 'domain:default/commerce',
      kind: 'Domain',
      title: 'Commerce',
      resolved: true,
    },
    parts: [
      {
        ref: 'api:default/checkout-api',
        kind: 'API',
        type: 'openapi',
        resolved: true,
      },
      {
        ref: 'resource:default/orders-db',
        kind: 'Resource',
        type: 'database',
        resolved: true,
      },
    ],
    partCount: 2,
  },
  blastRadius: {
    entries: [
      {
        ref: 'component:default/storefront-web',
        kind: 'Component',
        type: 'website',
        owner: 'group:default/web-team',
        lifecycle: 'experimental',
        resolved: true,
        depth: 1,
        via: 'component:default/checkout-service',
        relation: 'dependsOn',
      },
      {
        ref: 'component:default/mobile-app',
        kind: 'Component',
        type: 'mobile',
        owner: 'group:default/mobile-team',
        lifecycle: 'production',
        resolved: true,
        depth: 1,
        via: 'component:default/checkout-service',
        relation: 'consumesApi',
      },
      {
        ref: 'component:default/marketing-site',
        kind: 'Component',
        type: 'website',
        owner: 'group:default/web-team',
        lifecycle: 'production',
        resolved: true,
        depth: 2,
        via: 'component:default/storefront-web',
        relation: 'dependsOn',
      },
    ],
    maxDepth: 3,
    truncated: false,
  },
  placement: {
    ownerChain: [
      'group:default/checkout-team',
      'group:default/commerce',
      'group:default/engineering',
      'group:default/northwind',
    ],
    system: 'system:default/checkout',
    domain: 'domain:default/commerce',
  },
  conventions: [],
  skills: [],
  metadata: {
    generatedAt: '2026-03-02T09:30:00.000Z',
    catalogRevision: 'c1a2b3c4d5e6',
    conventionsRevision: 'e3b0c44298fc',
    contentHash: 'sha256:9f86d081884c7d65',
  },
};

/** The AGENTS.md the backend serves for {@link checkoutServiceEntity}. */
export const checkoutServiceAgentsMd: AgentsMdDocument = {
  entityRef: 'component:default/checkout-service',
  markdown: [
    '<!-- Generated by Agent Context for Backstage from component:default/checkout-service. Do not edit by hand. -->',
    '<!-- agent-context content-hash: sha256:9f86d081884c7d65 -->',
    '',
    '# checkout-service',
    '',
    'Takes orders from basket to payment.',
    '',
    '## Ownership',
    '',
    '- Owner: Checkout Team (group:default/checkout-team)',
    '',
  ].join('\n'),
  tokens: 1234,
  lines: 10,
  budget: { maxLines: 200 },
  omitted: [],
  overBudget: false,
  contentHash: 'sha256:9f86d081884c7d65',
};
