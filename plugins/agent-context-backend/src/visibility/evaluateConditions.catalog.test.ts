import {
  createMockDirectory,
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import { catalogConditions } from '@backstage/plugin-catalog-backend/alpha';
import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import request from 'supertest';
import { stringify as toYaml } from 'yaml';
import { catalogEntityReadPermission } from './catalogEntityRead';
import {
  CatalogReadConditions,
  evaluateConditions,
} from './evaluateConditions';

/**
 * The in-memory evaluation against the catalog itself: the same conditions
 * applied by the catalog to its database and here to the slim entities the
 * graph keeps must select the same entities.
 */

const component = (name: string, extra: object): object => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name },
  ...extra,
});

const declared = [
  component('checkout', {
    metadata: {
      name: 'checkout',
      title: 'Checkout',
      tags: ['java', 'payments'],
      labels: { Tier: 'Gold' },
      annotations: {
        'github.com/project-slug': 'Acme/Checkout',
        'example.com/long': 'x'.repeat(201),
      },
      links: [
        { url: 'https://runbooks.example.com/checkout', title: 'Runbook' },
      ],
    },
    spec: {
      type: 'service',
      lifecycle: 'production',
      owner: 'team-payments',
      system: 'shop',
    },
  }),
  component('cart', {
    metadata: { name: 'cart', tags: ['go'], labels: { tier: 'silver' } },
    spec: {
      type: 'website',
      lifecycle: 'experimental',
      owner: 'group:default/Team-Web',
    },
  }),
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'API',
    metadata: { name: 'checkout-api', description: 'Pays' },
    spec: {
      type: 'openapi',
      lifecycle: 'production',
      owner: 'team-payments',
      definition: 'openapi: 3.0.0',
    },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'System',
    metadata: { name: 'shop', namespace: 'commerce' },
    spec: { owner: 'group:default/team-payments', domain: 'sales' },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'team-payments' },
    spec: { type: 'team', children: [], parent: 'engineering' },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name: 'alice' },
    spec: {
      profile: { email: 'Alice@Example.com' },
      memberOf: ['team-payments'],
    },
  },
];

/** Keeps the fields the in-process graph keeps, and drops the rest. */
function slim(entity: Entity): Entity {
  const pick = (from: object | undefined, keys: string[]) =>
    Object.fromEntries(
      Object.entries(from ?? {}).filter(([key]) => keys.includes(key)),
    );
  return {
    apiVersion: entity.apiVersion,
    kind: entity.kind,
    metadata: pick(entity.metadata, [
      'namespace',
      'name',
      'title',
      'description',
      'tags',
      'labels',
      'annotations',
      'links',
      'uid',
      'etag',
    ]) as Entity['metadata'],
    spec: pick(entity.spec, [
      'type',
      'lifecycle',
      'owner',
      'system',
      'domain',
      'parent',
      'profile',
    ]),
    relations: entity.relations,
  };
}

const {
  isEntityKind,
  isEntityOwner,
  hasLabel,
  hasAnnotation,
  hasMetadata,
  hasSpec,
} = catalogConditions;

const cases: Array<[string, CatalogReadConditions]> = [
  ['kinds', isEntityKind({ kinds: ['component', 'SYSTEM'] })],
  [
    'an owner claim',
    isEntityOwner({ claims: ['group:default/team-payments'] }),
  ],
  [
    'an owner claim in another case',
    isEntityOwner({ claims: ['Group:Default/Team-Web'] }),
  ],
  ['a label by presence', hasLabel({ label: 'tier' })],
  ['a label by value', hasLabel({ label: 'TIER', value: 'GOLD' })],
  [
    'an annotation by value',
    hasAnnotation({
      annotation: 'GitHub.com/project-slug',
      value: 'acme/checkout',
    }),
  ],
  [
    'an over-long annotation by presence',
    hasAnnotation({ annotation: 'example.com/long' }),
  ],
  [
    'an over-long annotation by value',
    hasAnnotation({ annotation: 'example.com/long', value: 'x'.repeat(201) }),
  ],
  ['a tag by value', hasMetadata({ key: 'tags', value: 'Java' })],
  ['a tag by key', hasMetadata({ key: 'tags.go' })],
  ['a link field', hasMetadata({ key: 'links.title', value: 'runbook' })],
  ['a namespace', hasMetadata({ key: 'namespace', value: 'Commerce' })],
  ['a description by presence', hasMetadata({ key: 'description' })],
  ['the etag', hasMetadata({ key: 'etag' })],
  ['a spec type', hasSpec({ key: 'type', value: 'Service' })],
  ['a spec owner by presence', hasSpec({ key: 'owner' })],
  ['a spec parent', hasSpec({ key: 'parent', value: 'engineering' })],
  [
    'a profile field',
    hasSpec({ key: 'profile.email', value: 'alice@example.com' }),
  ],
  [
    'nested criteria',
    {
      anyOf: [
        {
          allOf: [
            isEntityKind({ kinds: ['API'] }),
            { not: hasSpec({ key: 'lifecycle', value: 'experimental' }) },
          ],
        },
        {
          not: {
            anyOf: [
              hasMetadata({ key: 'tags' }),
              isEntityKind({ kinds: ['Component', 'API'] }),
            ],
          },
        },
      ],
    },
  ],
];

const readableWhen = (conditions: CatalogReadConditions): PolicyDecision => ({
  result: AuthorizeResult.CONDITIONAL,
  pluginId: 'catalog',
  resourceType: 'catalog-entity',
  conditions,
});

describe('evaluateConditions, against the catalog', () => {
  const directory = createMockDirectory();
  let decision: PolicyDecision = { result: AuthorizeResult.ALLOW };
  let server: Awaited<ReturnType<typeof startTestBackend>>['server'];
  let entities: Entity[];
  const authorization = mockCredentials.user.header('user:default/alice');

  beforeAll(async () => {
    directory.setContent({
      'entities.yaml': declared.map(entity => toYaml(entity)).join('---\n'),
    });
    const permissions = mockServices.permissions.mock({
      authorize: async requests =>
        requests.map(() => ({ result: AuthorizeResult.ALLOW })),
      authorizeConditional: async requests =>
        requests.map(({ permission }) =>
          permission.name === catalogEntityReadPermission.name
            ? decision
            : { result: AuthorizeResult.ALLOW },
        ),
    });
    ({ server } = await startTestBackend({
      features: [
        catalogPlugin,
        permissions.factory,
        mockServices.rootConfig.factory({
          data: {
            catalog: {
              processingInterval: { seconds: 1 },
              rules: [
                { allow: ['Component', 'API', 'System', 'Group', 'User'] },
              ],
              locations: [
                { type: 'file', target: directory.resolve('entities.yaml') },
              ],
            },
          },
        }),
      ],
    }));
    entities = await whenAllStitched(declared.length);
  }, 60_000);

  async function whenAllStitched(count: number): Promise<Entity[]> {
    for (;;) {
      const { body } = await request(server)
        .get('/api/catalog/entities')
        .set('Authorization', authorization);
      const found: Entity[] = body.filter(
        (entity: Entity) => entity.kind !== 'Location',
      );
      const owned = found.filter(entity =>
        entity.relations?.some(relation => relation.type === 'ownedBy'),
      );
      // Components, the API and the system each have an owner.
      if (found.length === count && owned.length === 4) {
        return found;
      }
      await new Promise(resolve => setTimeout(resolve, 250));
    }
  }

  it.each(cases)(
    'selects what the catalog selects: %s',
    async (_name, conditions) => {
      decision = readableWhen(conditions);
      const refs = entities.map(entity => stringifyEntityRef(entity));
      const { body } = await request(server)
        .post('/api/catalog/entities/by-refs')
        .set('Authorization', authorization)
        .send({
          entityRefs: refs,
          fields: ['kind', 'metadata.namespace', 'metadata.name'],
        });
      const byCatalog = refs.filter((_ref, index) => body.items[index]);

      const inMemory = entities.map(entity =>
        evaluateConditions(conditions, slim(entity)),
      );
      expect(inMemory).not.toContain('unknown');
      const byGraph = refs.filter((_ref, index) => inMemory[index] === true);

      expect(byGraph).toEqual(byCatalog);
    },
  );

  it('is not trivially agreeing: the catalog filters', async () => {
    decision = readableWhen(isEntityKind({ kinds: ['System'] }));
    const { body } = await request(server)
      .post('/api/catalog/entities/by-refs')
      .set('Authorization', authorization)
      .send({ entityRefs: entities.map(entity => stringifyEntityRef(entity)) });
    expect(body.items.filter(Boolean)).toHaveLength(1);
  });
});
