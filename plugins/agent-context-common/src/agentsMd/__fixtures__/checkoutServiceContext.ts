import { EntityContext, RelatedEntity } from '../../types';

/**
 * The context of the Northwind checkout service, as the backend would
 * assemble it from the example catalog, with conventions added and a few
 * entities beyond the example (partner integrations, an address check that
 * is not in the catalog) so that every part of the document shows.
 */

const PORTAL = 'https://portal.northwind.example';

export const checkoutRenderOptions = {
  portalUrl: PORTAL,
  entityPageUrl: `${PORTAL}/catalog/default/component/checkout-service`,
};

function component(
  name: string,
  owner: string,
  description: string,
  type = 'service',
  lifecycle = 'production',
): RelatedEntity {
  return {
    ref: `component:default/${name}`,
    kind: 'Component',
    type,
    description,
    owner: `group:default/${owner}`,
    lifecycle,
    resolved: true,
  };
}

const storefrontWeb = component(
  'storefront-web',
  'web-team',
  'The northwind.example web shop, server-rendered with React.',
  'website',
);
const mobileBff = component(
  'mobile-bff',
  'web-team',
  'Shapes checkout, catalog and account data for the iOS and Android apps.',
);
const checkoutSdk = component(
  'checkout-sdk',
  'checkout-team',
  'A typed TypeScript client for the checkout API, used by the web shop and partner integrations.',
  'library',
);

export const checkoutServiceContext: EntityContext = {
  entity: {
    ref: 'component:default/checkout-service',
    kind: 'Component',
    namespace: 'default',
    name: 'checkout-service',
    title: 'Checkout service',
    type: 'service',
    description:
      "Turns a shopper's basket into a paid order, reserving stock and taking payment.\nOrders are written to checkout-db and announced on order-events.",
    lifecycle: 'production',
    tags: ['java', 'spring-boot', 'tier-1'],
    links: [
      {
        url: 'https://runbooks.northwind.example/checkout-service',
        title: 'Runbook',
        type: 'runbook',
      },
      {
        url: 'https://grafana.northwind.example/d/checkout-service',
        title: 'Service dashboard',
        type: 'dashboard',
      },
    ],
    system: 'system:default/checkout',
    domain: 'domain:default/commerce',
    sourceLocation:
      'https://github.com/northwind-commerce/commerce-monorepo/tree/main/services/checkout-service/',
    docsUrl: '/docs/default/component/checkout-service',
  },
  ownership: {
    owner: {
      ref: 'group:default/checkout-team',
      kind: 'Group',
      displayName: 'Checkout Team',
      email: 'checkout-team@northwind.example',
      type: 'team',
      links: [
        {
          url: 'https://chat.northwind.example/channels/team-checkout',
          title: '#team-checkout',
        },
        {
          url: 'https://oncall.northwind.example/schedules/checkout',
          title: 'On-call schedule',
        },
      ],
      resolved: true,
    },
    parents: [
      {
        ref: 'group:default/commerce',
        kind: 'Group',
        displayName: 'Commerce Engineering',
        email: 'commerce-engineering@northwind.example',
        type: 'department',
        resolved: true,
      },
      {
        ref: 'group:default/engineering',
        kind: 'Group',
        displayName: 'Engineering',
        type: 'department',
        resolved: true,
      },
      {
        ref: 'group:default/northwind',
        kind: 'Group',
        displayName: 'Northwind Commerce',
        type: 'organization',
        resolved: true,
      },
    ],
    members: [
      {
        ref: 'user:default/elena-petrova',
        kind: 'User',
        displayName: 'Elena Petrova',
        email: 'elena.petrova@northwind.example',
        resolved: true,
      },
      {
        ref: 'user:default/tomas-novak',
        kind: 'User',
        displayName: 'Tomáš Novák',
        email: 'tomas.novak@northwind.example',
        resolved: true,
      },
      {
        ref: 'user:default/aisha-bello',
        kind: 'User',
        displayName: 'Aisha Bello',
        email: 'aisha.bello@northwind.example',
        resolved: true,
      },
    ],
    memberCount: 4,
  },
  dependencies: {
    dependsOn: [
      component(
        'payments-service',
        'payments-team',
        'Authorises and captures card and wallet payments through the payment provider.',
      ),
      component(
        'inventory-service',
        'fulfilment-team',
        'Tracks stock in every warehouse and reserves items while an order is being paid.',
      ),
      {
        ref: 'resource:default/checkout-db',
        kind: 'Resource',
        type: 'database',
        description: 'PostgreSQL database holding checkouts and placed orders.',
        owner: 'group:default/checkout-team',
        resolved: true,
      },
      {
        ref: 'resource:default/order-events',
        kind: 'Resource',
        type: 'kafka-topic',
        description:
          'Kafka topic with one event each time an order is placed, changed or cancelled.',
        owner: 'group:default/checkout-team',
        resolved: true,
      },
      {
        ref: 'component:default/address-validation',
        kind: 'component',
        resolved: false,
      },
    ],
    dependedOnBy: [storefrontWeb, mobileBff],
  },
  apis: {
    provides: [
      {
        api: {
          ref: 'api:default/checkout-api',
          kind: 'API',
          type: 'openapi',
          description:
            'Starts a checkout for a basket and places the order once payment succeeds.',
          owner: 'group:default/checkout-team',
          lifecycle: 'production',
          resolved: true,
        },
        providers: [
          component(
            'checkout-service',
            'checkout-team',
            "Turns a shopper's basket into a paid order, reserving stock and taking payment.",
          ),
        ],
        consumers: [storefrontWeb, mobileBff, checkoutSdk],
      },
    ],
    consumes: [
      {
        api: {
          ref: 'api:default/payments-api',
          kind: 'API',
          type: 'openapi',
          description:
            'Authorises, captures and voids payments; the only way to take money from a customer.',
          owner: 'group:default/payments-team',
          lifecycle: 'production',
          resolved: true,
        },
        providers: [
          component(
            'payments-service',
            'payments-team',
            'Authorises and captures card and wallet payments through the payment provider.',
          ),
        ],
        consumers: [
          component('checkout-service', 'checkout-team', 'Checkout.'),
          component('refunds-service', 'payments-team', 'Refunds.'),
          component('returns-service', 'fulfilment-team', 'Returns.'),
        ],
      },
      {
        api: {
          ref: 'api:default/identity-api',
          kind: 'API',
          type: 'openapi',
          description:
            'Issues and checks tokens for customers, staff and services; every Northwind service calls it.',
          owner: 'group:default/identity-team',
          lifecycle: 'production',
          resolved: true,
        },
        providers: [
          component(
            'identity-service',
            'identity-team',
            'Signs customers and staff in, issues session and service tokens.',
          ),
        ],
        consumers: [
          'cart-service',
          'checkout-service',
          'content-service',
          'customer-profile-service',
          'inventory-service',
          'legacy-storefront',
          'login-web',
          'mobile-bff',
          'notification-service',
          'payments-service',
          'promotions-service',
          'refunds-service',
          'reporting-web',
          'returns-service',
          'shipping-service',
          'storefront-web',
        ].map(name => component(name, 'some-team', 'A consumer.')),
      },
    ],
  },
  system: {
    system: {
      ref: 'system:default/checkout',
      kind: 'System',
      title: 'Checkout',
      description:
        'Baskets, promotions and turning a basket into a paid order.',
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
      component('cart-service', 'checkout-team', 'Baskets.'),
      component('promotions-service', 'checkout-team', 'Discounts.'),
      checkoutSdk,
      {
        ref: 'api:default/checkout-api',
        kind: 'API',
        type: 'openapi',
        resolved: true,
      },
      {
        ref: 'api:default/cart-api',
        kind: 'API',
        type: 'openapi',
        resolved: true,
      },
      {
        ref: 'resource:default/checkout-db',
        kind: 'Resource',
        type: 'database',
        resolved: true,
      },
    ],
  },
  blastRadius: {
    maxDepth: 2,
    truncated: false,
    entries: [
      {
        ...storefrontWeb,
        depth: 1,
        via: 'component:default/checkout-service',
        relation: 'dependsOn',
      },
      {
        ...mobileBff,
        depth: 1,
        via: 'component:default/checkout-service',
        relation: 'dependsOn',
      },
      {
        ...checkoutSdk,
        depth: 1,
        via: 'component:default/checkout-service',
        relation: 'consumesApi',
      },
      {
        ...component(
          'partner-gateway',
          'web-team',
          'Lets partner shops start checkouts.',
        ),
        depth: 2,
        via: 'component:default/checkout-sdk',
        relation: 'dependsOn',
      },
      {
        ...component(
          'gift-card-web',
          'web-team',
          'Gift-card pages.',
          'website',
        ),
        depth: 2,
        via: 'component:default/checkout-sdk',
        relation: 'dependsOn',
      },
      {
        ...component('ios-app', 'web-team', 'The iOS app.', 'mobile'),
        depth: 2,
        via: 'component:default/mobile-bff',
        relation: 'consumesApi',
      },
      {
        ...component('android-app', 'web-team', 'The Android app.', 'mobile'),
        depth: 2,
        via: 'component:default/mobile-bff',
        relation: 'consumesApi',
      },
      {
        ...component('store-kiosk', 'web-team', 'In-store kiosks.', 'website'),
        depth: 2,
        via: 'component:default/storefront-web',
        relation: 'dependsOn',
      },
      {
        ref: 'component:default/marketplace-sync',
        kind: 'component',
        resolved: false,
        depth: 2,
        via: 'component:default/checkout-sdk',
        relation: 'dependsOn',
      },
      {
        ...component(
          'affiliate-tracker',
          'data-team',
          'Affiliate attribution.',
        ),
        depth: 2,
        via: 'component:default/storefront-web',
        relation: 'dependsOn',
      },
    ],
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
  conventions: [
    {
      id: 'CMD-001',
      category: 'command',
      title: 'Build and test',
      body: '```sh\n./gradlew :services:checkout-service:build\n```',
      scope: 'component:default/checkout-service',
    },
    {
      id: 'CMD-002',
      category: 'command',
      title: 'Run locally',
      body: 'Needs Docker for PostgreSQL and Kafka.\n\n```sh\ndocker compose -f services/checkout-service/compose.yaml up -d\n./gradlew :services:checkout-service:bootRun --args="--spring.profiles.active=local"\n```',
      scope: 'component:default/checkout-service',
    },
    {
      id: 'CMD-003',
      category: 'command',
      title: 'Lint and format',
      body: '`./gradlew :services:checkout-service:spotlessApply`',
      scope: 'group:default/checkout-team',
    },
    {
      id: 'BND-001',
      category: 'boundary',
      title: 'Database migrations need a human',
      body: 'Do not add or edit files under `src/main/resources/db/migration`; open an issue for the Checkout Team instead.',
      scope: 'group:default/checkout-team',
    },
    {
      id: 'BND-002',
      category: 'boundary',
      title: 'Generated code',
      body: '`build/generated/` comes from `checkout-api.yaml`: change the spec, never the output.',
      scope: 'component:default/checkout-service',
    },
    {
      id: 'SEC-004',
      category: 'rule',
      severity: 'must',
      title: 'Never log card data',
      body: 'Card numbers, CVCs and expiry dates must not reach logs, traces or error messages.',
      scope: 'global',
      source: 'config',
      enforced: true,
      location: 'agentContext.conventions.global',
    },
    {
      id: 'DATA-001',
      category: 'rule',
      severity: 'must',
      title: 'Keep customer addresses in the EU',
      body: 'Store and process shipping and billing addresses only in `eu-west-1`.',
      scope: 'domain:default/commerce',
      source: 'catalog',
      topic: 'privacy',
      rationale:
        'Our data processing agreements promise customers that personal data never leaves the EU.',
      location: 'airesource:default/eu-data-residency',
      locationOwner: 'group:default/commerce',
    },
    {
      id: 'TST-001',
      category: 'rule',
      severity: 'should',
      title: 'Cover new code with integration tests',
      body: 'Test against the real PostgreSQL and Kafka from `compose.yaml`, not mocks.',
      scope: 'group:default/checkout-team',
      source: 'repository',
      location:
        'https://github.com/northwind-commerce/commerce-monorepo/blob/main/.agent-context/conventions.yaml',
      overrides: [{ scope: 'global', source: 'config' }],
    },
    {
      id: 'PAY-002',
      category: 'rule',
      severity: 'must',
      title: 'Send an idempotency key with every payment call',
      body: 'Use the checkout id as the `Idempotency-Key` header when calling `payments-api`, so that a retried request never charges twice.',
      scope: 'system:default/checkout',
    },
    {
      id: 'API-003',
      category: 'rule',
      severity: 'should',
      title: 'Version breaking API changes',
      body: 'A breaking change to `checkout-api` needs:\n\n1. a new major version in the path (`/v3/...`);\n2. the old version kept for 90 days;\n3. a note to the consumers listed under Blast radius.',
      scope: 'domain:default/commerce',
    },
    {
      id: 'OBS-002',
      category: 'rule',
      severity: 'should',
      title: 'One span per external call',
      body: 'Wrap every call to another service in a tracing span named after the API operation.',
      scope: 'global',
    },
    {
      id: 'STY-002',
      category: 'rule',
      severity: 'may',
      title: 'Prefer records for DTOs',
      body: 'Java records are fine for request and response bodies.',
      scope: 'group:default/checkout-team',
    },
  ],
  skills: [
    {
      ref: 'airesource:default/release-notes',
      name: 'release-notes',
      title: 'Release notes',
      description:
        'Drafts release notes from merged pull requests in the Northwind format.\nAsks before publishing.',
      sourceLocation:
        'https://github.com/northwind-commerce/agent-skills/tree/main/release-notes/',
      scope: 'group:default/commerce',
    },
    {
      ref: 'airesource:default/payments-sandbox',
      name: 'payments-sandbox',
      title: 'Payments sandbox',
      description:
        'Creates test cards and drives payments-api sandbox scenarios: declines, 3-D Secure, refunds',
      sourceLocation:
        'url:https://github.com/northwind-commerce/agent-skills/tree/main/payments-sandbox/',
      scope: 'system:default/checkout',
    },
  ],
  metadata: {
    generatedAt: '2026-05-04T10:00:00.000Z',
    catalogRevision: '3f9a1c2b7d4e6a80',
    conventionsRevision: '9b2e4d6f8a0c1e3d',
    contentHash:
      'sha256-5d41402abc4b2a76b9719d911017c592ae2f6c1f0e5b7a3d2c4e6f8091a2b3c4',
  },
};
