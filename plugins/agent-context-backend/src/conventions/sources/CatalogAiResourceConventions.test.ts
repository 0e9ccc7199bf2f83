import { mockCredentials } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { groupEntity } from '../../__fixtures__/entities';
import { ReadVisibility } from '../../visibility';
import { CatalogAiResourceConventions } from './CatalogAiResourceConventions';
import { GraphAiResourceReader } from './GraphAiResourceReader';

const refOf = (e: Entity) =>
  `${e.kind}:${e.metadata.namespace ?? 'default'}/${
    e.metadata.name
  }`.toLocaleLowerCase('en-US');

/**
 * The rules and skills of these entities as the graph holds them, for a
 * caller who may read every entity but the `hidden` ones.
 */
function sourceOver(entities: Entity[], hidden: string[] = []) {
  const byRef = new Map(entities.map(e => [refOf(e), e]));
  const visibility: ReadVisibility = {
    key: 'conditional:test',
    visibleAmong: async refs =>
      new Set(refs.filter(ref => !hidden.includes(ref))),
  };
  const visibilities = { forCaller: jest.fn(async () => visibility) };
  const reader = new GraphAiResourceReader(
    {
      get: ref => byRef.get(ref.toLocaleLowerCase('en-US')),
      refsOfKind: kind =>
        [...byRef.keys()].filter(ref => ref.startsWith(`${kind}:`)),
    },
    visibilities,
  );
  return {
    source: CatalogAiResourceConventions.create({ reader }),
    visibilities,
  };
}

/** An AiResource as the catalog serves it, relations drawn from its spec. */
function aiResource(
  name: string,
  spec: Record<string, string>,
  extra: Partial<Entity['metadata']> = {},
): Entity {
  const owner = spec.owner.includes(':')
    ? spec.owner
    : `group:default/${spec.owner}`;
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'AiResource',
    metadata: { name, namespace: 'default', ...extra },
    spec: { lifecycle: 'production', ...spec },
    relations: [
      { type: 'ownedBy', targetRef: owner },
      ...(spec.system
        ? [{ type: 'partOf', targetRef: `system:default/${spec.system}` }]
        : []),
    ],
  };
}

const idempotency = aiResource(
  'idempotent-payment-calls',
  {
    type: 'rule',
    owner: 'payments-team',
    system: 'checkout',
    category: 'reliability',
    rationale: 'Retries after a timeout must not charge a shopper twice.',
  },
  {
    title: 'Idempotent payment calls',
    description: 'Send an idempotency key with every call to the payments API.',
    annotations: {
      'backstage.io/source-location':
        'url:https://github.com/northwind/rules/blob/main/idempotency.md',
      'agent-context.io/severity': 'must',
    },
  },
);
const reviewRule = aiResource(
  'review_checklist.v2',
  {
    type: 'rule',
    owner: 'commerce',
    category: 'process',
    rationale: 'Reviews go faster with a shared checklist.',
  },
  {
    annotations: {
      'agent-context.io/severity': 'critical',
      // Not a link anyone outside the portal's machine could follow.
      'backstage.io/source-location': 'file:./rules/review-checklist.md',
    },
  },
);
const migrationSkill = aiResource(
  'write-flyway-migration',
  { type: 'skill', owner: 'checkout-team' },
  {
    title: 'Write a Flyway migration',
    description: 'Adds a backwards-compatible schema migration.',
    annotations: {
      'backstage.io/source-location': 'file:./skills/write-flyway-migration/',
    },
  },
);
const otherTeamsRule = aiResource('search-ranking', {
  type: 'rule',
  owner: 'catalog-team',
  system: 'product-catalog',
  category: 'search',
  rationale: 'Ranking changes need an experiment.',
});
const component: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'checkout-service', namespace: 'default' },
  spec: { owner: 'checkout-team', system: 'checkout' },
  relations: [
    { type: 'ownedBy', targetRef: 'group:default/checkout-team' },
    { type: 'partOf', targetRef: 'system:default/checkout' },
  ],
};

const checkoutSystem: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'System',
  metadata: { name: 'checkout', namespace: 'default' },
  spec: { owner: 'checkout-team' },
  relations: [{ type: 'ownedBy', targetRef: 'group:default/checkout-team' }],
};
const groups = [
  groupEntity('northwind'),
  groupEntity('commerce', 'northwind'),
  groupEntity('checkout-team', 'commerce'),
  groupEntity('payments-team', 'commerce'),
];
// Filed for the checkout system by its own team, and by the department
// above that team: both speak for the system.
const teamSystemRule = aiResource('checkout-retries', {
  type: 'rule',
  owner: 'checkout-team',
  system: 'checkout',
});
const departmentSystemRule = aiResource('commerce-pci-scope', {
  type: 'rule',
  owner: 'northwind',
  system: 'checkout',
});
// Filed for the checkout system by a team that does not own it.
const strangerSkill = aiResource('checkout-shortcuts', {
  type: 'skill',
  owner: 'payments-team',
  system: 'checkout',
});

const credentials = mockCredentials.user('user:default/guest');
const scopes = {
  systemRef: 'system:default/checkout',
  ownerRefs: ['group:default/commerce', 'group:default/checkout-team'],
};

describe('CatalogAiResourceConventions', () => {
  const entities = [
    migrationSkill,
    otherTeamsRule,
    reviewRule,
    idempotency,
    teamSystemRule,
    departmentSystemRule,
    strangerSkill,
    checkoutSystem,
    component,
    ...groups,
  ];
  const { source } = sourceOver(entities);

  it("turns the owners' rules, and the system's rules filed by the system's owners, into conventions, naming each resource and its owner", async () => {
    const { rules } = await source.forScopes(scopes, credentials);
    expect(
      rules.map(r => [r.id, r.scope, r.location, r.locationOwner]),
    ).toEqual([
      [
        'review-checklist-v2',
        'group:default/commerce',
        'airesource:default/review_checklist.v2',
        'group:default/commerce',
      ],
      [
        'checkout-retries',
        'system:default/checkout',
        'airesource:default/checkout-retries',
        'group:default/checkout-team',
      ],
      [
        'commerce-pci-scope',
        'system:default/checkout',
        'airesource:default/commerce-pci-scope',
        'group:default/northwind',
      ],
    ]);
    expect(rules[0]).toEqual({
      id: 'review-checklist-v2',
      scope: 'group:default/commerce',
      source: 'catalog',
      action: 'define',
      category: 'rule',
      title: 'review_checklist.v2',
      body: '',
      severity: 'should',
      enforced: false,
      rationale: 'Reviews go faster with a shared checklist.',
      topic: 'process',
      location: 'airesource:default/review_checklist.v2',
      locationOwner: 'group:default/commerce',
      revision: 0,
    });
  });

  it('lists a rule or skill filed for the system by a group that does not own it as unverified, with the reason, and applies neither', async () => {
    const { rules, skills, unverified } = await source.forScopes(
      scopes,
      credentials,
    );
    expect(rules.map(r => r.id)).not.toContain('idempotent-payment-calls');
    expect(skills.map(s => s.name)).not.toContain('checkout-shortcuts');
    expect(unverified).toEqual([
      {
        ref: 'airesource:default/checkout-shortcuts',
        type: 'skill',
        title: 'checkout-shortcuts',
        owner: 'group:default/payments-team',
        scope: 'system:default/checkout',
        reason:
          'its owner group:default/payments-team does not own system:default/checkout; only group:default/checkout-team or a group above it may file rules and skills for it',
      },
      {
        ref: 'airesource:default/idempotent-payment-calls',
        type: 'rule',
        title: 'Idempotent payment calls',
        owner: 'group:default/payments-team',
        scope: 'system:default/checkout',
        reason:
          'its owner group:default/payments-team does not own system:default/checkout; only group:default/checkout-team or a group above it may file rules and skills for it',
      },
    ]);
  });

  it('verifies nothing for a system the caller cannot read or that has no owner', async () => {
    const { rules, unverified } = await sourceOver([
      teamSystemRule,
      ...groups,
    ]).source.forScopes(
      { systemRef: 'system:default/checkout', ownerRefs: [] },
      credentials,
    );
    expect(rules).toEqual([]);
    expect(unverified.map(u => u.reason)).toEqual([
      'its owner group:default/checkout-team does not own system:default/checkout; system:default/checkout has no owner in the catalog, so no rule filed for it can be verified',
    ]);
  });

  it('lists the skills that belong to the scopes', async () => {
    const { skills } = await source.forScopes(scopes, credentials);
    expect(skills).toEqual([
      {
        ref: 'airesource:default/write-flyway-migration',
        name: 'write-flyway-migration',
        title: 'Write a Flyway migration',
        description: 'Adds a backwards-compatible schema migration.',
        sourceLocation: 'file:./skills/write-flyway-migration/',
        scope: 'group:default/checkout-team',
      },
    ]);
  });

  it("never applies a rule filed for a system at its owner's own scope", async () => {
    // search-ranking is filed for product-catalog; an entity of another
    // system owned by catalog-team must not inherit it through the team.
    const { rules, skills } = await source.forScopes(
      {
        systemRef: 'system:default/search',
        ownerRefs: ['group:default/catalog-team'],
      },
      credentials,
    );
    expect(rules).toEqual([]);
    expect(skills).toEqual([]);
  });

  it("keeps a refused system rule away from its author's other entities", async () => {
    // payments-team filed checkout-shortcuts for checkout, which it does
    // not own; a payments-team entity outside checkout does not get it.
    const { skills, unverified } = await source.forScopes(
      { ownerRefs: ['group:default/payments-team'] },
      credentials,
    );
    expect(skills).toEqual([]);
    expect(unverified).toEqual([]);
  });

  it('links the full text of a rule at a web address, as a written link', async () => {
    const ruleAt = (name: string, location: string) =>
      aiResource(
        name,
        { type: 'rule', owner: 'catalog-team' },
        {
          description: 'Described.',
          annotations: { 'backstage.io/source-location': location },
        },
      );
    const { rules } = await sourceOver([
      ruleAt('linked-rule', 'url:https://rules.example/a b.md'),
      ruleAt('scripted-rule', 'url:javascript:alert(1)'),
    ]).source.forScopes(
      { ownerRefs: ['group:default/catalog-team'] },
      credentials,
    );
    // A bare address in a body is shown as text, so the link is written
    // out; a script is not linked at all.
    expect(rules.map(rule => [rule.id, rule.body])).toEqual([
      [
        'linked-rule',
        'Described.\n\n[Full rule](https://rules.example/a%20b.md)',
      ],
      ['scripted-rule', 'Described.'],
    ]);
  });

  it('counts only the resources the caller may read, deciding with their credentials', async () => {
    const hiding = sourceOver(entities, [
      'airesource:default/review_checklist.v2',
    ]);
    const { rules } = await hiding.source.forScopes(scopes, credentials);
    expect(rules.map(r => r.location)).not.toContain(
      'airesource:default/review_checklist.v2',
    );
    expect(rules.length).toBeGreaterThan(0);
    expect(hiding.visibilities.forCaller).toHaveBeenCalledWith(credentials);
  });

  it('asks nothing about the caller for an entity without system or owners', async () => {
    const quiet = sourceOver(entities);
    await expect(
      quiet.source.forScopes({ ownerRefs: [] }, credentials),
    ).resolves.toEqual({ rules: [], skills: [], unverified: [] });
    expect(quiet.visibilities.forCaller).not.toHaveBeenCalled();
  });
});
