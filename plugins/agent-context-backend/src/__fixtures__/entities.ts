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

/** A team under `parent` (or a root group), as the catalog serves it. */
export function groupEntity(name: string, parent?: string): Entity {
  return entity(
    'Group',
    name,
    { type: 'team', children: [] },
    parent ? [['childOf', `group:default/${parent}`]] : [],
  );
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

/** Each relation type the catalog writes, and the one it writes back. */
const INVERSES: Record<string, string> = {
  ownedBy: 'ownerOf',
  dependsOn: 'dependencyOf',
  providesApi: 'apiProvidedBy',
  consumesApi: 'apiConsumedBy',
  partOf: 'hasPart',
  memberOf: 'hasMember',
  childOf: 'parentOf',
};

/**
 * Adds to each entity the relations that others' relations imply, as the
 * catalog's stitching does (`ownedBy` on a component gives its owner
 * `ownerOf`), so that a fixture is as consistent as a real catalog.
 */
function withInverseRelations(entities: Entity[]): Entity[] {
  const refOf = (e: Entity) =>
    `${e.kind.toLocaleLowerCase('en-US')}:default/${e.metadata.name}`;
  const implied = new Map<string, Array<{ type: string; targetRef: string }>>();
  for (const source of entities) {
    for (const { type, targetRef } of source.relations ?? []) {
      const inverse = INVERSES[type];
      if (inverse) {
        implied.set(targetRef, [
          ...(implied.get(targetRef) ?? []),
          { type: inverse, targetRef: refOf(source) },
        ]);
      }
    }
  }
  return entities.map(e => ({
    ...e,
    relations: [...(e.relations ?? []), ...(implied.get(refOf(e)) ?? [])],
  }));
}

/**
 * A small organisation with an entity of every kind and every relation the
 * context carries, consistent both ways. Commerce (domain) holds the
 * checkout system and the logistics subdomain, which holds shipping:
 *
 * - checkout-service (component, checkout) provides checkout-api, depends
 *   on checkout-db, and has the subcomponent checkout-rules;
 * - checkout-api is consumed by storefront and mobile-bff, on which
 *   mobile-app depends;
 * - reporting (no system) depends on checkout-db; courier-gateway
 *   (shipping) depends on checkout-service;
 * - the checkout team (under commerce, under root) owns the checkout
 *   entities and has alice and bob; alice owns her own scratch tool.
 */
export const organisation: Entity[] = withInverseRelations([
  entity('Group', 'root', { type: 'organization', children: [] }, []),
  entity('Group', 'commerce', { type: 'department', children: [] }, [
    ['childOf', 'group:default/root'],
  ]),
  entity(
    'Group',
    'checkout-team',
    {
      type: 'team',
      profile: { displayName: 'Checkout Team' },
      children: [],
    },
    [['childOf', 'group:default/commerce']],
  ),
  entity('User', 'alice', { profile: { displayName: 'Alice' } }, [
    ['memberOf', 'group:default/checkout-team'],
  ]),
  entity('User', 'bob', { profile: { displayName: 'Bob' } }, [
    ['memberOf', 'group:default/checkout-team'],
    ['memberOf', 'group:default/commerce'],
  ]),
  entity('Domain', 'commerce', { owner: 'commerce' }, [
    ['ownedBy', 'group:default/commerce'],
  ]),
  entity('Domain', 'logistics', { owner: 'commerce' }, [
    ['ownedBy', 'group:default/commerce'],
    ['partOf', 'domain:default/commerce'],
  ]),
  entity('System', 'checkout', { owner: 'checkout-team' }, [
    ['ownedBy', 'group:default/checkout-team'],
    ['partOf', 'domain:default/commerce'],
  ]),
  entity('System', 'shipping', { owner: 'commerce' }, [
    ['ownedBy', 'group:default/commerce'],
    ['partOf', 'domain:default/logistics'],
  ]),
  entity('Component', 'checkout-service', { type: 'service' }, [
    ['ownedBy', 'group:default/checkout-team'],
    ['partOf', 'system:default/checkout'],
    ['providesApi', 'api:default/checkout-api'],
    ['dependsOn', 'resource:default/checkout-db'],
  ]),
  entity('Component', 'checkout-rules', { type: 'library' }, [
    ['ownedBy', 'group:default/checkout-team'],
    ['partOf', 'component:default/checkout-service'],
  ]),
  entity('API', 'checkout-api', { type: 'openapi' }, [
    ['ownedBy', 'group:default/checkout-team'],
    ['partOf', 'system:default/checkout'],
  ]),
  entity('Resource', 'checkout-db', { type: 'database' }, [
    ['ownedBy', 'group:default/checkout-team'],
    ['partOf', 'system:default/checkout'],
  ]),
  entity('Component', 'storefront', { type: 'website' }, [
    ['consumesApi', 'api:default/checkout-api'],
  ]),
  entity('Component', 'mobile-bff', { type: 'service' }, [
    ['consumesApi', 'api:default/checkout-api'],
  ]),
  entity('Component', 'mobile-app', { type: 'website' }, [
    ['dependsOn', 'component:default/mobile-bff'],
  ]),
  entity('Component', 'reporting', { type: 'service' }, [
    ['dependsOn', 'resource:default/checkout-db'],
  ]),
  entity('Component', 'courier-gateway', { type: 'service' }, [
    ['partOf', 'system:default/shipping'],
    ['dependsOn', 'component:default/checkout-service'],
  ]),
  entity('Component', 'scratch-tool', { type: 'tool' }, [
    ['ownedBy', 'user:default/alice'],
  ]),
]);
