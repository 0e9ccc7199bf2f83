import { Entity } from '@backstage/catalog-model';
import {
  EntityContext,
  RelatedEntity,
} from '@agent-context/plugin-agent-context-common';
import { checkoutServiceContext } from '../src/__fixtures__/entityContext';

/**
 * Sample entities and their context, from the fictional Northwind Commerce
 * organisation, so that the dev app runs without a backend.
 */

function component(name: string, spec: Entity['spec']): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, namespace: 'default' },
    spec,
  };
}

export const legacyBatch = component('legacy-batch', {
  type: 'service',
  lifecycle: 'deprecated',
});

export const retiredService = component('retired-service', {
  type: 'service',
  lifecycle: 'deprecated',
  owner: 'checkout-team',
});

const generatedAt = new Date().toISOString();

function metadata(
  catalogRevision: string,
  contentHash: string,
): EntityContext['metadata'] {
  return {
    generatedAt,
    catalogRevision,
    conventionsRevision: 'e3b0c44298fc',
    contentHash,
  };
}

function person(name: string, displayName: string) {
  return {
    ref: `user:default/${name}`,
    kind: 'User',
    displayName,
    email: `${name}@northwind.example.com`,
    resolved: true,
  };
}

/** A related entity the sample knows by ref only; kind from the ref. */
function related(ref: string): RelatedEntity {
  const kind = ref.slice(0, ref.indexOf(':'));
  const kinds: Record<string, string> = {
    api: 'API',
    component: 'Component',
    resource: 'Resource',
  };
  return { ref, kind: kinds[kind] ?? kind, resolved: true };
}

export const sampleContexts: EntityContext[] = [
  {
    entity: {
      ref: 'component:default/checkout-service',
      kind: 'Component',
      namespace: 'default',
      name: 'checkout-service',
      title: 'Checkout Service',
      type: 'service',
      description:
        'Takes orders from basket to payment.\nOwns the order state machine and the checkout API.',
      lifecycle: 'production',
      tags: ['typescript', 'orders', 'pci'],
      links: [
        { url: 'https://runbooks.example.com/checkout', title: 'Runbook' },
        { url: 'https://grafana.example.com/d/checkout', title: 'Dashboard' },
      ],
      system: 'system:default/checkout',
      domain: 'domain:default/commerce',
      sourceLocation: 'https://github.com/northwind/checkout/tree/main/',
      docsUrl: '/docs/default/component/checkout-service',
    },
    ownership: {
      owner: {
        ref: 'group:default/checkout-team',
        kind: 'Group',
        displayName: 'Checkout Team',
        email: 'checkout@northwind.example.com',
        type: 'team',
        links: [
          {
            url: 'https://chat.northwind.example.com/channels/checkout',
            title: '#team-checkout',
            type: 'chat',
          },
          {
            url: 'https://oncall.northwind.example.com/schedules/checkout',
            title: 'On-call schedule',
            type: 'oncall',
          },
        ],
        resolved: true,
      },
      // The same chain of groups above the owner as the tests use.
      parents: checkoutServiceContext.ownership.parents,
      members: [
        person('amara.okafor', 'Amara Okafor'),
        person('bruno.keller', 'Bruno Keller'),
        person('chen.wei', 'Chen Wei'),
        person('dana.levi', 'Dana Levi'),
        person('emil.novak', 'Emil Novak'),
      ],
      memberCount: 9,
    },
    dependencies: {
      dependsOn: [
        {
          ref: 'component:default/payments-service',
          kind: 'Component',
          type: 'service',
          title: 'Payments Service',
          description: 'Charges cards and issues refunds.',
          owner: 'group:default/payments-team',
          lifecycle: 'production',
          resolved: true,
        },
        {
          ref: 'resource:default/orders-db',
          kind: 'Resource',
          type: 'database',
          description: 'PostgreSQL cluster holding orders.',
          owner: 'group:default/checkout-team',
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
          description: 'The shop front customers browse.',
          owner: 'group:default/web-team',
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
            description: 'Places orders and reports their state.',
            owner: 'group:default/checkout-team',
            lifecycle: 'production',
            resolved: true,
          },
          providers: [related('component:default/checkout-service')],
          consumers: [
            'storefront-web',
            'mobile-app',
            'partner-gateway',
            'returns-service',
            'loyalty-service',
            'fraud-scoring',
            'support-console',
            'analytics-ingest',
          ].map(name => related(`component:default/${name}`)),
        },
        {
          api: {
            ref: 'api:default/order-events',
            kind: 'API',
            type: 'asyncapi',
            title: 'Order events',
            description: 'OrderPlaced, OrderPaid and OrderCancelled on Kafka.',
            owner: 'group:default/checkout-team',
            lifecycle: 'production',
            resolved: true,
          },
          providers: [related('component:default/checkout-service')],
          consumers: [
            related('component:default/fulfilment-service'),
            related('component:default/analytics-ingest'),
          ],
        },
      ],
      consumes: [
        {
          api: {
            ref: 'api:default/payments-api',
            kind: 'API',
            type: 'grpc',
            title: 'Payments API',
            description: 'Authorise, capture and refund card payments.',
            owner: 'group:default/payments-team',
            lifecycle: 'production',
            resolved: true,
          },
          providers: [related('component:default/payments-service')],
          consumers: [
            related('component:default/checkout-service'),
            related('component:default/refunds-worker'),
            related('component:default/subscriptions-service'),
          ],
        },
      ],
    },
    system: {
      system: {
        ref: 'system:default/checkout',
        kind: 'System',
        title: 'Checkout',
        description: 'Everything between the basket and a paid order.',
        owner: 'group:default/checkout-team',
        resolved: true,
      },
      domain: {
        ref: 'domain:default/commerce',
        kind: 'Domain',
        title: 'Commerce',
        owner: 'group:default/commerce',
        resolved: true,
      },
      parts: [
        { ...related('api:default/checkout-api'), type: 'openapi' },
        { ...related('api:default/order-events'), type: 'asyncapi' },
        { ...related('resource:default/orders-db'), type: 'database' },
        { ...related('component:default/checkout-worker'), type: 'service' },
      ],
    },
    blastRadius: {
      entries: [
        {
          ...related('component:default/storefront-web'),
          type: 'website',
          owner: 'group:default/web-team',
          lifecycle: 'experimental',
          depth: 1,
          via: 'component:default/checkout-service',
          relation: 'dependsOn',
        },
        {
          ...related('component:default/mobile-app'),
          type: 'mobile',
          owner: 'group:default/mobile-team',
          lifecycle: 'production',
          depth: 1,
          via: 'component:default/checkout-service',
          relation: 'consumesApi',
        },
        {
          ...related('component:default/partner-gateway'),
          type: 'service',
          owner: 'group:default/partner-team',
          lifecycle: 'production',
          depth: 1,
          via: 'component:default/checkout-service',
          relation: 'consumesApi',
        },
        {
          ...related('component:default/fulfilment-service'),
          type: 'service',
          owner: 'group:default/logistics-team',
          lifecycle: 'production',
          depth: 1,
          via: 'component:default/checkout-service',
          relation: 'consumesApi',
        },
        {
          ...related('component:default/marketing-site'),
          type: 'website',
          owner: 'group:default/web-team',
          lifecycle: 'production',
          depth: 2,
          via: 'component:default/storefront-web',
          relation: 'dependsOn',
        },
        {
          ...related('component:default/warehouse-robotics'),
          resolved: false,
          depth: 2,
          via: 'component:default/fulfilment-service',
          relation: 'consumesApi',
        },
      ],
      maxDepth: 3,
      truncated: true,
    },
    placement: checkoutServiceContext.placement,
    conventions: [],
    skills: [],
    metadata: metadata('4f1c9a0e2b7d', 'sha256:5d41402abc4b2a76'),
  },
  {
    entity: {
      ref: 'component:default/legacy-batch',
      kind: 'Component',
      namespace: 'default',
      name: 'legacy-batch',
      type: 'service',
      lifecycle: 'deprecated',
      tags: [],
      links: [],
    },
    ownership: { parents: [], members: [], memberCount: 0 },
    dependencies: { dependsOn: [], dependedOnBy: [] },
    apis: { provides: [], consumes: [] },
    blastRadius: { entries: [], maxDepth: 3, truncated: false },
    placement: { ownerChain: [] },
    conventions: [],
    skills: [],
    metadata: metadata('8e2d0b1f7a3c', 'sha256:7d793037a0760186'),
  },
];
