import { Entity } from '@backstage/catalog-model';
import { catalogConditions } from '@backstage/plugin-catalog-backend/alpha';
import { PermissionCondition } from '@backstage/plugin-permission-common';
import {
  CatalogReadConditions,
  compileConditions,
  evaluateConditions,
} from './evaluateConditions';

/** A slim entity, as the in-process graph keeps it. */
const checkout: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    namespace: 'default',
    name: 'checkout',
    title: 'Checkout',
    description: 'Takes the money',
    tags: ['Java', 'payments'],
    labels: { Tier: 'Gold' },
    annotations: {
      'github.com/project-slug': 'Acme/Checkout',
      'example.com/long': 'x'.repeat(201),
    },
    links: [{ url: 'https://runbooks.example.com/checkout', title: 'Runbook' }],
    uid: 'uid-1',
    etag: 'etag-1',
  },
  spec: {
    type: 'service',
    lifecycle: 'production',
    owner: 'team-payments',
    system: 'shop',
  },
  relations: [
    { type: 'ownedBy', targetRef: 'group:default/team-payments' },
    { type: 'partOf', targetRef: 'system:default/shop' },
  ],
};

const { isEntityKind, isEntityOwner, hasLabel, hasAnnotation } =
  catalogConditions;
const { hasMetadata, hasSpec } = catalogConditions;

const isSystem = isEntityKind({ kinds: ['System'] });
const isComponent = isEntityKind({ kinds: ['Component'] });
const ownedByPayments = isEntityOwner({
  claims: ['group:default/team-payments'],
});

/** A condition of a rule the catalog's built-in rules do not include. */
const customRule: PermissionCondition = {
  resourceType: 'catalog-entity',
  rule: 'IS_IN_MY_TEAM',
  params: {},
};

/**
 * Empty lists, which the criteria types forbid but a policy built without
 * them can still send.
 */
const emptyAllOf = { allOf: [] } as unknown as CatalogReadConditions;
const emptyAnyOf = { anyOf: [] } as unknown as CatalogReadConditions;

describe('evaluateConditions', () => {
  it.each<[string, CatalogReadConditions, boolean | 'unknown']>([
    // IS_ENTITY_KIND
    ['a listed kind', isComponent, true],
    ['a kind in another case', isEntityKind({ kinds: ['COMPONENT'] }), true],
    [
      'one of several kinds',
      isEntityKind({ kinds: ['API', 'Component'] }),
      true,
    ],
    ['an unlisted kind', isSystem, false],
    ['an empty list of kinds', isEntityKind({ kinds: [] }), false],

    // IS_ENTITY_OWNER
    ['an owner claim', ownedByPayments, true],
    [
      'an owner claim in another case, compared as the database compares it',
      isEntityOwner({ claims: ['Group:Default/Team-Payments'] }),
      true,
    ],
    [
      'one claim of several',
      isEntityOwner({
        claims: ['user:default/alice', 'group:default/team-payments'],
      }),
      true,
    ],
    [
      'a claim that does not own it',
      isEntityOwner({ claims: ['user:default/alice'] }),
      false,
    ],
    [
      'a claim that is the target of another relation only',
      isEntityOwner({ claims: ['system:default/shop'] }),
      false,
    ],
    ['no claims', isEntityOwner({ claims: [] }), false],

    // HAS_LABEL
    ['a label present, in another case', hasLabel({ label: 'tier' }), true],
    [
      'a label with its value in another case',
      hasLabel({ label: 'TIER', value: 'gold' }),
      true,
    ],
    [
      'a label with another value',
      hasLabel({ label: 'tier', value: 'silver' }),
      false,
    ],
    ['a label absent', hasLabel({ label: 'region' }), false],

    // HAS_ANNOTATION
    [
      'an annotation with its value, in other cases',
      hasAnnotation({
        annotation: 'GitHub.com/Project-Slug',
        value: 'acme/checkout',
      }),
      true,
    ],
    [
      'an annotation present',
      hasAnnotation({ annotation: 'github.com/project-slug' }),
      true,
    ],
    [
      'an annotation with another value',
      hasAnnotation({
        annotation: 'github.com/project-slug',
        value: 'acme/cart',
      }),
      false,
    ],
    [
      'an annotation absent',
      hasAnnotation({ annotation: 'backstage.io/techdocs-ref' }),
      false,
    ],
    [
      'an annotation present whose value is too long for the database to hold',
      hasAnnotation({ annotation: 'example.com/long' }),
      true,
    ],
    [
      'the over-long value itself, which the database cannot match',
      hasAnnotation({ annotation: 'example.com/long', value: 'x'.repeat(201) }),
      false,
    ],

    // HAS_METADATA
    ['a tag as a value', hasMetadata({ key: 'tags', value: 'JAVA' }), true],
    ['a tag as a key', hasMetadata({ key: 'Tags.payments' }), true],
    ['a tag absent', hasMetadata({ key: 'tags', value: 'go' }), false],
    [
      'the title by value',
      hasMetadata({ key: 'title', value: 'CHECKOUT' }),
      true,
    ],
    [
      'a link field',
      hasMetadata({ key: 'links.title', value: 'runbook' }),
      true,
    ],
    [
      'a label through metadata',
      hasMetadata({ key: 'labels.tier', value: 'gold' }),
      true,
    ],
    [
      'the namespace',
      hasMetadata({ key: 'namespace', value: 'default' }),
      true,
    ],
    [
      'the name with another value',
      hasMetadata({ key: 'name', value: 'cart' }),
      false,
    ],
    [
      'the etag, which the database does not index',
      hasMetadata({ key: 'etag' }),
      false,
    ],
    [
      'a held field nested where nothing is',
      hasMetadata({ key: 'title.sub' }),
      false,
    ],

    // HAS_SPEC
    [
      'the type by value, in another case',
      hasSpec({ key: 'type', value: 'Service' }),
      true,
    ],
    ['the owner present', hasSpec({ key: 'owner' }), true],
    [
      'the lifecycle with another value',
      hasSpec({ key: 'lifecycle', value: 'experimental' }),
      false,
    ],
    ['a held field this kind lacks', hasSpec({ key: 'profile.email' }), false],

    // Combinations
    ['allOf, all true', { allOf: [isComponent, ownedByPayments] }, true],
    ['allOf, one false', { allOf: [isComponent, isSystem] }, false],
    ['anyOf, one true', { anyOf: [isSystem, ownedByPayments] }, true],
    [
      'anyOf, none true',
      { anyOf: [isSystem, hasLabel({ label: 'region' })] },
      false,
    ],
    ['not of false', { not: isSystem }, true],
    ['not of true', { not: isComponent }, false],
    ['not of anyOf', { not: { anyOf: [isSystem, isComponent] } }, false],
    [
      'allOf of anyOf and not of allOf',
      {
        allOf: [
          {
            anyOf: [
              isSystem,
              hasSpec({ key: 'lifecycle', value: 'production' }),
            ],
          },
          {
            not: {
              allOf: [
                isComponent,
                hasLabel({ label: 'tier', value: 'silver' }),
              ],
            },
          },
        ],
      },
      true,
    ],
    [
      'the same with one leaf flipped',
      {
        allOf: [
          {
            anyOf: [
              isSystem,
              hasSpec({ key: 'lifecycle', value: 'production' }),
            ],
          },
          {
            not: {
              allOf: [isComponent, hasLabel({ label: 'tier', value: 'gold' })],
            },
          },
        ],
      },
      false,
    ],
    ['an empty allOf, as the database treats it', emptyAllOf, true],
    ['an empty anyOf, as the database treats it', emptyAnyOf, false],

    // What the graph cannot answer
    ['a rule of another module', customRule, 'unknown'],
    [
      'a spec field the graph does not keep',
      hasSpec({ key: 'definition' }),
      'unknown',
    ],
    [
      'a metadata field the graph does not keep',
      hasMetadata({ key: 'generation' }),
      'unknown',
    ],
    [
      'a field whose name only starts like a kept one',
      hasSpec({ key: 'types' }),
      'unknown',
    ],
    [
      'another resource type',
      { ...isComponent, resourceType: 'scaffolder-template' },
      'unknown',
    ],
    [
      'malformed parameters, which the catalog refuses',
      { ...isComponent, params: { kinds: 'Component' } },
      'unknown',
    ],
    [
      'a value that is not a string',
      {
        ...hasLabel({ label: 'tier' }),
        params: { label: 'tier', value: null },
      },
      'unknown',
    ],
    [
      'an unknown leaf beside a true one in anyOf',
      { anyOf: [isComponent, customRule] },
      'unknown',
    ],
    [
      'an unknown leaf beside a false one in allOf',
      { allOf: [isSystem, customRule] },
      'unknown',
    ],
    [
      'an unknown leaf under not',
      { not: { anyOf: [isSystem, customRule] } },
      'unknown',
    ],
  ])('%s: %p', (_description, conditions, expected) => {
    expect(evaluateConditions(conditions, checkout)).toBe(expected);
  });

  it('defaults a missing namespace as the catalog does', () => {
    const { namespace: _omitted, ...metadata } = checkout.metadata;
    const entity = { ...checkout, metadata };
    expect(
      evaluateConditions(
        hasMetadata({ key: 'namespace', value: 'default' }),
        entity,
      ),
    ).toBe(true);
  });

  it('finds no owner on an entity without relations', () => {
    const { relations: _omitted, ...entity } = checkout;
    expect(evaluateConditions(ownedByPayments, entity)).toBe(false);
  });

  it('compiles once into a predicate reused for many entities', () => {
    const predicate = compileConditions({ anyOf: [isSystem, ownedByPayments] });
    const shop: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'System',
      metadata: { namespace: 'default', name: 'shop' },
    };
    const cart: Entity = { ...checkout, relations: [] };
    expect([checkout, shop, cart].map(entity => predicate!(entity))).toEqual([
      true,
      true,
      false,
    ]);
  });

  it('compiles nothing it cannot evaluate', () => {
    expect(
      compileConditions({ allOf: [isComponent, customRule] }),
    ).toBeUndefined();
  });
});
