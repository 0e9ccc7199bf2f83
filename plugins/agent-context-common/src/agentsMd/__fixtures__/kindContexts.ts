import { EntityContext, OwnerSummary, RelatedEntity } from '../../types';
import { bareEntityContext } from '../../testUtils/bareEntityContext';

/**
 * Contexts of an API, a system, a domain, a group and a user of the
 * Northwind example, with the relations their kinds carry, for the
 * renderers' tests.
 */

export const kindRenderOptions = {
  portalUrl: 'https://portal.northwind.example',
  entityPageUrl: 'https://portal.northwind.example/catalog/default/x/y',
};

export function related(
  ref: string,
  extra: Partial<RelatedEntity> = {},
): RelatedEntity {
  const kind = ref.slice(0, ref.indexOf(':'));
  return { ref, kind: kind === 'api' ? 'API' : kind, resolved: true, ...extra };
}

export function person(ref: string, displayName: string): OwnerSummary {
  return {
    ref,
    kind: ref.startsWith('user:') ? 'User' : 'Group',
    displayName,
    resolved: true,
  };
}

function contextOf(
  ref: string,
  kind: string,
  rest: Partial<EntityContext>,
): EntityContext {
  const bare = bareEntityContext(ref);
  return {
    ...bare,
    entity: { ...bare.entity, kind },
    metadata: {
      generatedAt: '2026-05-04T10:00:00.000Z',
      catalogRevision: '0',
      conventionsRevision: '0',
      contentHash: 'sha256-0',
    },
    ...rest,
  };
}

const paymentsTeam = person('group:default/payments-team', 'Payments Team');

export const paymentsApiContext = contextOf('api:default/payments-api', 'API', {
  ownership: { owner: paymentsTeam, parents: [], members: [], memberCount: 0 },
  api: {
    providedBy: [
      related('component:default/payments-service', {
        type: 'service',
        owner: paymentsTeam.ref,
      }),
    ],
    consumedBy: [
      'checkout-service',
      'mobile-bff',
      'refunds-service',
      'returns-service',
      'storefront-web',
      'subscriptions-service',
      'vouchers-service',
    ].map(name => related(`component:default/${name}`, { type: 'service' })),
  },
  blastRadius: {
    maxDepth: 3,
    truncated: false,
    entries: [
      {
        ...related('component:default/checkout-service'),
        depth: 1,
        via: 'api:default/payments-api',
        relation: 'consumesApi',
        api: 'api:default/payments-api',
      },
    ],
  },
});

export const checkoutSystemContext = contextOf(
  'system:default/checkout',
  'System',
  {
    system: {
      system: related('system:default/checkout'),
      domain: related('domain:default/commerce', { title: 'Commerce' }),
      parts: [
        related('api:default/cart-api'),
        related('api:default/checkout-api'),
        related('component:default/cart-service'),
        related('component:default/checkout-service'),
        related('resource:default/checkout-db'),
      ],
      partCount: 7,
    },
  },
);

export const commerceDomainContext = contextOf(
  'domain:default/commerce',
  'Domain',
  {
    domain: {
      parts: [
        related('domain:default/logistics'),
        related('system:default/checkout'),
        related('system:default/storefront'),
      ],
      partCount: 3,
    },
  },
);

export const checkoutTeamContext = contextOf(
  'group:default/checkout-team',
  'Group',
  {
    group: {
      parents: [
        person('group:default/commerce', 'Commerce Engineering'),
        person('group:default/northwind', 'Northwind Commerce'),
      ],
      children: [person('group:default/checkout-sre', 'Checkout SRE')],
      childCount: 1,
      members: [
        {
          ...person('user:default/aisha-bello', 'Aisha Bello'),
          email: 'aisha@example.com',
        },
        person('user:default/guest', 'Guest User'),
      ],
      memberCount: 3,
    },
    owns: {
      entities: [
        related('api:default/checkout-api'),
        related('component:default/checkout-sdk'),
        related('component:default/checkout-service'),
      ],
      count: 3,
    },
  },
);

export const guestContext = contextOf('user:default/guest', 'User', {
  user: {
    memberOf: [person('group:default/checkout-team', 'Checkout Team')],
    memberOfCount: 1,
  },
  owns: { entities: [], count: 0 },
});
