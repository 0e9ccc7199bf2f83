import { buildScopePath } from './buildScopePath';

describe('buildScopePath', () => {
  it.each<{
    name: string;
    options: Parameters<typeof buildScopePath>[0];
    path: string[];
  }>([
    {
      name: 'a component with a system, a domain and an owner chain',
      options: {
        entityRef: 'component:default/checkout-service',
        kind: 'Component',
        domainRef: 'domain:default/commerce',
        systemRef: 'system:default/checkout',
        ownerChain: [
          'group:default/checkout-team',
          'group:default/commerce',
          'group:default/engineering',
        ],
      },
      path: [
        'global global',
        'domain domain:default/commerce',
        'system system:default/checkout',
        'group group:default/engineering',
        'group group:default/commerce',
        'group group:default/checkout-team',
        'entity component:default/checkout-service',
      ],
    },
    {
      name: 'an owner chain that comes back round in a cycle',
      options: {
        entityRef: 'component:default/x',
        kind: 'Component',
        ownerChain: [
          'group:default/a',
          'group:default/b',
          'group:default/c',
          'group:default/a',
          'group:default/b',
        ],
      },
      path: [
        'global global',
        'group group:default/c',
        'group group:default/b',
        'group group:default/a',
        'entity component:default/x',
      ],
    },
    {
      name: 'an entity without a system or owner',
      options: {
        entityRef: 'resource:default/orphan',
        kind: 'Resource',
        ownerChain: [],
      },
      path: ['global global', 'entity resource:default/orphan'],
    },
    {
      name: 'an entity with an owner but no system',
      options: {
        entityRef: 'component:default/tool',
        kind: 'Component',
        ownerChain: ['user:default/jane'],
      },
      path: [
        'global global',
        'group user:default/jane',
        'entity component:default/tool',
      ],
    },
    {
      name: 'a system, given as its own system',
      options: {
        entityRef: 'system:default/checkout',
        kind: 'System',
        domainRef: 'domain:default/commerce',
        systemRef: 'system:default/checkout',
        ownerChain: ['group:default/checkout-team'],
      },
      path: [
        'global global',
        'domain domain:default/commerce',
        'group group:default/checkout-team',
        'entity system:default/checkout',
      ],
    },
    {
      name: 'a system given a system, which systems are never part of',
      options: {
        entityRef: 'system:default/checkout',
        kind: 'System',
        domainRef: 'domain:default/commerce',
        systemRef: 'system:default/platform',
        ownerChain: [],
      },
      path: [
        'global global',
        'domain domain:default/commerce',
        'entity system:default/checkout',
      ],
    },
    {
      name: 'an API in a system',
      options: {
        entityRef: 'api:default/checkout-api',
        kind: 'API',
        systemRef: 'system:default/checkout',
        ownerChain: ['group:default/checkout-team'],
      },
      path: [
        'global global',
        'system system:default/checkout',
        'group group:default/checkout-team',
        'entity api:default/checkout-api',
      ],
    },
    {
      name: 'a domain, given as its own domain',
      options: {
        entityRef: 'domain:default/commerce',
        kind: 'Domain',
        domainRef: 'domain:default/commerce',
        ownerChain: ['group:default/commerce'],
      },
      path: [
        'global global',
        'group group:default/commerce',
        'entity domain:default/commerce',
      ],
    },
    {
      name: 'a group, whose chain starts with itself',
      options: {
        entityRef: 'group:default/checkout-team',
        kind: 'Group',
        ownerChain: [
          'group:default/checkout-team',
          'group:default/commerce',
          'group:default/checkout-team',
        ],
      },
      path: [
        'global global',
        'group group:default/commerce',
        'entity group:default/checkout-team',
      ],
    },
  ])('orders the scopes of $name', ({ options, path }) => {
    expect(
      buildScopePath(options).map(({ level, scope }) => `${level} ${scope}`),
    ).toEqual(path);
  });

  it('does not change the chain it is given', () => {
    const ownerChain = ['group:default/a', 'group:default/b'];
    buildScopePath({
      entityRef: 'component:default/x',
      kind: 'Component',
      ownerChain,
    });
    expect(ownerChain).toEqual(['group:default/a', 'group:default/b']);
  });
});
