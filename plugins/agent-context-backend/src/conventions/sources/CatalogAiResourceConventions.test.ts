import { mockCredentials } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { CatalogAiResourceConventions } from './CatalogAiResourceConventions';

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

const credentials = mockCredentials.user('user:default/guest');
const scopes = {
  systemRef: 'system:default/checkout',
  ownerRefs: ['group:default/commerce', 'group:default/checkout-team'],
};

describe('CatalogAiResourceConventions', () => {
  const catalog = catalogServiceMock({
    entities: [
      migrationSkill,
      otherTeamsRule,
      reviewRule,
      idempotency,
      component,
    ],
  });
  const source = CatalogAiResourceConventions.create({ catalog });

  it('turns the rules of the system and the owners into conventions; a rule filed under the system belongs to it whoever owns it', async () => {
    const { rules } = await source.forScopes(scopes, credentials);
    expect(rules).toEqual([
      {
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
        revision: 0,
      },
      {
        id: 'idempotent-payment-calls',
        scope: 'system:default/checkout',
        source: 'catalog',
        action: 'define',
        category: 'rule',
        title: 'Idempotent payment calls',
        body: 'Send an idempotency key with every call to the payments API.\n\n[Full rule](https://github.com/northwind/rules/blob/main/idempotency.md)',
        severity: 'must',
        enforced: false,
        rationale: 'Retries after a timeout must not charge a shopper twice.',
        topic: 'reliability',
        location: 'airesource:default/idempotent-payment-calls',
        revision: 0,
      },
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

  it('finds owner rules without a system', async () => {
    const { rules, skills } = await source.forScopes(
      { ownerRefs: ['group:default/catalog-team'] },
      credentials,
    );
    expect(rules.map(r => [r.id, r.scope])).toEqual([
      ['search-ranking', 'group:default/catalog-team'],
    ]);
    expect(skills).toEqual([]);
  });

  it('links only the full text of a rule at a web address', async () => {
    const scripted = aiResource(
      'scripted-rule',
      { type: 'rule', owner: 'catalog-team' },
      {
        description: 'Described.',
        annotations: {
          'backstage.io/source-location': 'url:javascript:alert(1)',
        },
      },
    );
    const { rules } = await CatalogAiResourceConventions.create({
      catalog: catalogServiceMock({ entities: [scripted] }),
    }).forScopes({ ownerRefs: ['group:default/catalog-team'] }, credentials);
    expect(rules.map(rule => rule.body)).toEqual(['Described.']);
  });

  it('reads the catalog with the given credentials', async () => {
    const spy = jest.spyOn(catalog, 'getEntities');
    await source.forScopes(scopes, credentials);
    expect(spy).toHaveBeenCalledWith(expect.anything(), { credentials });
  });

  it('asks nothing of the catalog for an entity without system or owners', async () => {
    const spy = jest.spyOn(catalog, 'getEntities');
    spy.mockClear();
    await expect(
      source.forScopes({ ownerRefs: [] }, credentials),
    ).resolves.toEqual({ rules: [], skills: [] });
    expect(spy).not.toHaveBeenCalled();
  });
});
