import { Entity } from '@backstage/catalog-model';

/**
 * An entity with the relations the catalog would compute, for catalog
 * mocks (which store entities as given and compute nothing).
 */
export function entity(
  kind: string,
  name: string,
  spec: NonNullable<Entity['spec']>,
  relations: Array<[string, string]>,
  metadata: Partial<Entity['metadata']> = {},
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: { name, namespace: 'default', ...metadata },
    spec,
    relations: relations.map(([type, targetRef]) => ({ type, targetRef })),
  };
}

export const checkoutService = entity(
  'Component',
  'checkout-service',
  { type: 'service', lifecycle: 'production', owner: 'checkout-team' },
  [
    ['ownedBy', 'group:default/checkout-team'],
    ['partOf', 'system:default/checkout'],
    ['dependsOn', 'component:default/payments-service'],
    ['dependsOn', 'component:default/mainframe-gateway'],
    ['dependencyOf', 'component:default/storefront-web'],
    ['providesApi', 'api:default/checkout-api'],
    ['consumesApi', 'api:default/payments-api'],
  ],
  {
    description: 'Takes orders from basket to payment.\nSecond line is detail.',
    tags: ['typescript'],
    links: [{ url: 'https://runbooks.example/checkout', title: 'Runbook' }],
    annotations: {
      'backstage.io/source-location':
        'url:https://github.com/example/checkout/tree/main/',
    },
  },
);

export const paymentsService = entity(
  'Component',
  'payments-service',
  { type: 'service', lifecycle: 'production', owner: 'payments-team' },
  [
    ['ownedBy', 'group:default/payments-team'],
    ['providesApi', 'api:default/payments-api'],
    ['dependencyOf', 'component:default/checkout-service'],
  ],
  { description: 'Charges cards.' },
);

export const checkoutApi = entity(
  'API',
  'checkout-api',
  { type: 'openapi', lifecycle: 'production', owner: 'checkout-team' },
  [
    ['ownedBy', 'group:default/checkout-team'],
    ['apiProvidedBy', 'component:default/checkout-service'],
    ['apiConsumedBy', 'component:default/mobile-bff'],
  ],
);

export const paymentsApi = entity(
  'API',
  'payments-api',
  { type: 'openapi', lifecycle: 'production', owner: 'payments-team' },
  [
    ['ownedBy', 'group:default/payments-team'],
    ['apiProvidedBy', 'component:default/payments-service'],
    ['apiConsumedBy', 'component:default/checkout-service'],
  ],
);

export const mobileBff = entity(
  'Component',
  'mobile-bff',
  { type: 'service', lifecycle: 'production', owner: 'checkout-team' },
  [
    ['ownedBy', 'group:default/checkout-team'],
    ['consumesApi', 'api:default/checkout-api'],
    ['dependencyOf', 'component:default/mobile-app'],
  ],
);

export const mobileApp = entity(
  'Component',
  'mobile-app',
  { type: 'website', lifecycle: 'production', owner: 'checkout-team' },
  [['ownedBy', 'group:default/checkout-team']],
);

export const alice = entity(
  'User',
  'alice',
  {
    profile: { displayName: 'Alice Example', email: 'alice@example.com' },
    memberOf: ['checkout-team'],
  },
  [['memberOf', 'group:default/checkout-team']],
);

export const storefrontWeb = entity(
  'Component',
  'storefront-web',
  { type: 'website', lifecycle: 'experimental', owner: 'checkout-team' },
  [['ownedBy', 'group:default/checkout-team']],
);

export const checkoutSystem = entity(
  'System',
  'checkout',
  { owner: 'checkout-team', domain: 'commerce' },
  [
    ['ownedBy', 'group:default/checkout-team'],
    ['partOf', 'domain:default/commerce'],
    ['hasPart', 'component:default/checkout-service'],
    ['hasPart', 'api:default/checkout-api'],
  ],
);

export const commerceDomain = entity(
  'Domain',
  'commerce',
  { owner: 'commerce' },
  [['ownedBy', 'group:default/commerce']],
);

export const checkoutTeam = entity(
  'Group',
  'checkout-team',
  {
    type: 'team',
    profile: { displayName: 'Checkout Team', email: 'checkout@example.com' },
    children: [],
  },
  [
    ['childOf', 'group:default/commerce'],
    ['hasMember', 'user:default/alice'],
  ],
  { links: [{ url: 'https://chat.example/checkout', title: '#checkout' }] },
);

export const commerce = entity(
  'Group',
  'commerce',
  { type: 'department', children: [] },
  [['childOf', 'group:default/root']],
  { title: 'Commerce' },
);

export const root = entity(
  'Group',
  'root',
  { type: 'organization', children: [] },
  [],
);

export const exampleEntities: Entity[] = [
  checkoutService,
  paymentsService,
  storefrontWeb,
  checkoutApi,
  paymentsApi,
  mobileBff,
  mobileApp,
  alice,
  checkoutSystem,
  commerceDomain,
  checkoutTeam,
  commerce,
  root,
];
