import { Entity } from '@backstage/catalog-model';
import {
  AgentsMdDocument,
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
    conventions: [],
    skills: [],
    metadata: metadata('8e2d0b1f7a3c', 'sha256:7d793037a0760186'),
  },
];

/**
 * A hand-written AGENTS.md in the shape the backend renders, so that the
 * preview, copy, download and budget controls have something to show. The
 * sections after `trimmable` are the ones a small token budget drops first.
 */
export const sampleAgentsMd = {
  header: [
    '<!-- Generated by Agent Context for Backstage from component:default/checkout-service. -->',
    '<!-- Do not edit: change the catalog entity or its conventions in the portal, then pull again. -->',
    '<!-- agent-context catalog-revision: 4f1c9a0e2b7d conventions-revision: e3b0c44298fc content-hash: sha256:5d41402abc4b2a76 -->',
    '',
    '# checkout-service',
    '',
    'Checkout Service: takes orders from basket to payment (Component, service, production).',
    '',
    '## Commands',
    '',
    '- Install: `yarn install --immutable`',
    '- Test: `yarn test`',
    '- Lint: `yarn lint`',
    '- Run locally: `yarn start` (needs `docker compose up orders-db`)',
    '',
    '## Boundaries',
    '',
    '- Do not edit `src/generated/`: it is generated from `api/checkout.yaml` by `yarn generate`.',
    '- Migrations in `migrations/` need a human review; never rewrite a shipped one.',
    '',
    '## Conventions',
    '',
    '### MUST',
    '',
    '- **SEC-004** Card numbers never reach logs or traces. _(global)_',
    '- **API-001** Breaking changes to `checkout-api` need a new major version. _(group:default/checkout-team)_',
    '',
    '### SHOULD',
    '',
    '- **OBS-002** Every endpoint emits a latency histogram. _(domain:default/commerce)_',
    '',
    '## Ownership',
    '',
    '- Owner: Checkout Team (`group:default/checkout-team`), checkout@northwind.example.com, chat #team-checkout',
    '- Escalation: Commerce → Engineering → Northwind',
    '',
    '## Dependencies',
    '',
    '- Depends on: `component:default/payments-service`, `resource:default/orders-db`, `component:default/mainframe-gateway` (not in catalog)',
    '- Depended on by: `component:default/storefront-web`',
    '- Provides: `api:default/checkout-api` (8 consumers), `api:default/order-events` (2 consumers)',
    '- Consumes: `api:default/payments-api` (from `component:default/payments-service`)',
    '',
  ],
  trimmable: [
    {
      name: 'blast radius',
      lines: [
        '## Blast radius',
        '',
        'A change here can affect 6 entities (depth 3, truncated):',
        '',
        '| entity | depth | how |',
        '| --- | --- | --- |',
        '| `component:default/storefront-web` | 1 | depends on this |',
        '| `component:default/mobile-app` | 1 | consumes `api:default/checkout-api` |',
        '| `component:default/partner-gateway` | 1 | consumes `api:default/checkout-api` |',
        '| `component:default/fulfilment-service` | 1 | consumes `api:default/order-events` |',
        '| `component:default/marketing-site` | 2 | depends on `component:default/storefront-web` |',
        '| `component:default/warehouse-robotics` | 2 | consumes an API of `component:default/fulfilment-service` |',
        '',
      ],
    },
    {
      name: 'members',
      lines: [
        '## Whom to ask',
        '',
        '- Amara Okafor, Bruno Keller, Chen Wei, Dana Levi, Emil Novak and 4 more',
        '',
      ],
    },
    {
      name: 'docs',
      lines: [
        '## Docs',
        '',
        '- [Runbook](https://runbooks.example.com/checkout)',
        '- [Dashboard](https://grafana.example.com/d/checkout)',
        '- TechDocs: /docs/default/component/checkout-service',
        '',
      ],
    },
  ],
};

/** A rough token count (four characters a token), enough for the sample. */
function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

/**
 * The sample AGENTS.md of `component:default/checkout-service`, cut down to
 * `maxTokens` by dropping trimmable sections from the end.
 */
export function sampleAgentsMdDocument(maxTokens?: number): AgentsMdDocument {
  const kept = [...sampleAgentsMd.trimmable];
  const omitted: string[] = [];
  const render = () =>
    [...sampleAgentsMd.header, ...kept.flatMap(part => part.lines)].join('\n');
  while (
    maxTokens !== undefined &&
    kept.length > 0 &&
    estimateTokens(render()) > maxTokens
  ) {
    omitted.unshift(kept.pop()!.name);
  }
  const markdown = render();
  const tokens = estimateTokens(markdown);
  return {
    entityRef: 'component:default/checkout-service',
    markdown,
    tokens,
    omitted,
    overBudget: maxTokens !== undefined && tokens > maxTokens,
    contentHash: 'sha256:5d41402abc4b2a76',
  };
}
