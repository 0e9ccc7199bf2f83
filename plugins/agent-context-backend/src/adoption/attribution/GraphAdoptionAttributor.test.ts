import { AdoptionRow } from '@agent-context/plugin-agent-context-common';
import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { entity, groupEntity } from '../../__fixtures__/entities';
import { CatalogGraph } from '../../graph';
import { GraphAdoptionAttributor } from './GraphAdoptionAttributor';
import { Pseudonymizer } from './Pseudonymizer';

const KEY = 'a-development-key-of-at-least-32-characters';

const user = (name: string, email: string | undefined, teams: string[]) =>
  entity(
    'User',
    name,
    { profile: { displayName: name, ...(email && { email }) } },
    teams.map(team => ['memberOf', `group:default/${team}`]),
  );

const sourcedAt = (url: string) => ({
  annotations: { 'backstage.io/source-location': `url:${url}` },
});

/**
 * A small organisation as the catalog serves it: two teams under
 * commerce; Ada in both, Bo in checkout, Carl known by ref only; services
 * found by source location and by project slug; two components that claim
 * one folder; a tool that a person owns.
 */
const catalogEntities: Entity[] = [
  groupEntity('commerce'),
  groupEntity('checkout-team', 'commerce'),
  groupEntity('payments-team', 'commerce'),
  user('ada', 'Ada.Lovelace@Example.com', ['payments-team', 'checkout-team']),
  user('bo', 'bo@example.com', ['checkout-team']),
  user('carl', undefined, ['payments-team']),
  entity(
    'Component',
    'checkout-service',
    { type: 'service', owner: 'checkout-team' },
    [['ownedBy', 'group:default/checkout-team']],
    sourcedAt('https://github.com/Northwind/Checkout/tree/main/services/api/'),
  ),
  entity(
    'Component',
    'payments',
    { type: 'service', owner: 'payments-team' },
    [['ownedBy', 'group:default/payments-team']],
    { annotations: { 'github.com/project-slug': 'Northwind/Payments' } },
  ),
  entity('API', 'payments-api', { type: 'openapi', owner: 'payments-team' }, [
    ['ownedBy', 'group:default/payments-team'],
  ]),
  ...['twin-a', 'twin-b'].map(name =>
    entity(
      'Component',
      name,
      {},
      [],
      sourcedAt('https://github.com/northwind/twins/tree/main/'),
    ),
  ),
  entity(
    'Component',
    'scratch-tool',
    { type: 'tool', owner: 'user:default/ada' },
    [['ownedBy', 'user:default/ada']],
  ),
];

const row = (fields: Partial<AdoptionRow> = {}): AdoptionRow => ({
  type: 'event',
  source: 'ai-gateway',
  sourceId: 'log-1',
  timestamp: '2026-12-01T10:00:00Z',
  metrics: { requests: 1 },
  ...fields,
});

describe('GraphAdoptionAttributor', () => {
  let entities = catalogEntities;
  let graph: CatalogGraph;
  let attributor: GraphAdoptionAttributor;
  const pseudonyms = Pseudonymizer.create({ key: KEY });

  beforeEach(async () => {
    entities = catalogEntities;
    const catalog = catalogServiceMock.mock({
      queryEntities: (request, options) =>
        catalogServiceMock({ entities }).queryEntities(request, options),
      getEntitiesByRefs: (request, options) =>
        catalogServiceMock({ entities }).getEntitiesByRefs(request, options),
    });
    graph = CatalogGraph.create({
      catalog,
      auth: mockServices.auth({ pluginId: 'agent-context' }),
      logger: mockServices.logger.mock(),
    });
    await graph.refresh();
    attributor = GraphAdoptionAttributor.create({
      graph,
      pseudonymizer: pseudonyms,
    });
  });

  describe('entity', () => {
    it.each([
      'component:default/checkout-service',
      'Component:Default/Checkout-Service',
      'default/checkout-service',
      'checkout-service',
      ' checkout-service ',
    ])('reads the entity ref %j', entityRef => {
      expect(attributor.attribute(row({ entityRef }))).toEqual({
        entityRef: 'component:default/checkout-service',
        teamRefs: ['group:default/checkout-team'],
      });
    });

    it('reads refs of other kinds when they say their kind', () => {
      expect(
        attributor.attribute(row({ entityRef: 'api:payments-api' })).entityRef,
      ).toBe('api:default/payments-api');
    });

    it.each([
      ['https, with .git', 'https://github.com/northwind/payments.git'],
      ['scp-style', 'git@github.com:Northwind/Payments.git'],
      ['ssh', 'ssh://git@github.com/northwind/payments'],
      ['a branch', 'https://github.com/Northwind/Payments/tree/main'],
    ])('resolves a repository URL (%s) by its project slug', (_, url) => {
      expect(attributor.attribute(row({ repositoryUrl: url }))).toEqual({
        entityRef: 'component:default/payments',
        teamRefs: ['group:default/payments-team'],
      });
    });

    it('resolves a URL into a folder to the entity whose source holds it, as the by-repository lookup does', () => {
      const url =
        'https://github.com/northwind/checkout/blob/main/services/api/src/index.ts';

      expect(attributor.attribute(row({ repositoryUrl: url })).entityRef).toBe(
        'component:default/checkout-service',
      );
      // The repository root holds no entity's source.
      expect(
        attributor.attribute(
          row({ repositoryUrl: 'https://github.com/northwind/checkout' }),
        ).entityRef,
      ).toBeUndefined();
    });

    it('falls back from an unknown entity to the repository URL', () => {
      expect(
        attributor.attribute(
          row({
            entityRef: 'component:default/retired',
            repositoryUrl: 'git@github.com:northwind/payments.git',
          }),
        ).entityRef,
      ).toBe('component:default/payments');
    });

    it('leaves unattributed what names no entity, several equally, or is not a ref or URL', () => {
      for (const fields of [
        { entityRef: 'component:default/retired' },
        { entityRef: 'kind:with:colons/and/slashes' },
        { repositoryUrl: 'https://github.com/northwind/twins' },
        { repositoryUrl: 'not a url' },
        { repositoryUrl: 'https://github.com/northwind/unknown' },
        {},
      ]) {
        expect(attributor.attribute(row(fields))).toEqual({ teamRefs: [] });
      }
    });

    it('reads the entity, repository and team from the metadata a gateway carries, after the row’s own fields', () => {
      expect(
        attributor.attribute(row({ metadata: { entity: 'payments' } })),
      ).toMatchObject({ entityRef: 'component:default/payments' });
      expect(
        attributor.attribute(
          row({
            metadata: { repository: 'https://github.com/northwind/payments' },
          }),
        ),
      ).toMatchObject({ entityRef: 'component:default/payments' });
      expect(
        attributor.attribute(
          row({
            entityRef: 'checkout-service',
            metadata: { entity: 'payments', team: 'payments-team' },
          }),
        ),
      ).toEqual({
        entityRef: 'component:default/checkout-service',
        teamRefs: ['group:default/payments-team'],
      });
      // Only text names anything.
      expect(attributor.attribute(row({ metadata: { entity: 7 } }))).toEqual({
        teamRefs: [],
      });
    });
  });

  describe('teams', () => {
    it.each([
      'payments-team',
      'group:default/payments-team',
      'Group:Default/Payments-Team',
    ])('takes the row’s team %j over the user’s and the owner', teamRef => {
      expect(
        attributor.attribute(
          row({
            teamRef,
            entityRef: 'checkout-service',
            user: { email: 'bo@example.com' },
          }),
        ).teamRefs,
      ).toEqual(['group:default/payments-team']);
    });

    it('ignores a team that is no group in the catalog', () => {
      for (const teamRef of ['platform-team', 'component:default/payments']) {
        expect(
          attributor.attribute(row({ teamRef, entityRef: 'payments' }))
            .teamRefs,
        ).toEqual(['group:default/payments-team']);
      }
    });

    it('counts a user in two teams in both, found by the e-mail in any letter case', () => {
      expect(
        attributor.attribute(
          row({
            entityRef: 'payments',
            user: { email: 'ADA.LOVELACE@example.com' },
          }),
        ).teamRefs,
      ).toEqual(['group:default/checkout-team', 'group:default/payments-team']);
    });

    it('finds the user by their entity ref, as the suite’s own recording sends it', () => {
      expect(
        attributor.attribute(row({ user: { id: 'user:default/carl' } }))
          .teamRefs,
      ).toEqual(['group:default/payments-team']);
      // Another tool's login that equals a catalog name is not that person.
      expect(
        attributor.attribute(row({ user: { id: 'carl' } })).teamRefs,
      ).toEqual([]);
    });

    it('falls back to the entity’s owning group for a user with no catalog entry', () => {
      const attribution = attributor.attribute(
        row({
          entityRef: 'checkout-service',
          user: { email: 'contractor@elsewhere.example' },
        }),
      );

      expect(attribution.teamRefs).toEqual(['group:default/checkout-team']);
      expect(attribution.userKey).toMatch(/^[0-9a-f]{32}$/);
    });

    it('attributes to no team an entity a person owns', () => {
      expect(attributor.attribute(row({ entityRef: 'scratch-tool' }))).toEqual({
        entityRef: 'component:default/scratch-tool',
        teamRefs: [],
      });
    });

    it('follows the catalog as the graph catches up with it', async () => {
      entities = catalogEntities.map(e =>
        e.metadata.name === 'bo'
          ? {
              ...user('bo', 'bo@example.com', ['payments-team']),
              metadata: { ...e.metadata, name: 'bo', etag: 'moved' },
            }
          : e,
      );
      await graph.refresh();

      expect(
        attributor.attribute(row({ user: { email: 'bo@example.com' } }))
          .teamRefs,
      ).toEqual(['group:default/payments-team']);
    });
  });

  describe('user key', () => {
    it('is the same for a person by e-mail in a tool and by ref in the suite', () => {
      const byEmail = attributor.attribute(
        row({ source: 'cursor', user: { email: 'ada.lovelace@example.com' } }),
      ).userKey;
      const byRef = attributor.attribute(
        row({ source: 'agent-context', user: { id: 'user:default/ada' } }),
      ).userKey;

      expect(byEmail).toMatch(/^[0-9a-f]{32}$/);
      expect(byRef).toBe(byEmail);
    });

    it('is keyed by source and id for a user without an e-mail', () => {
      expect(
        attributor.attribute(
          row({ source: 'agent-context', user: { id: 'service:ci-bot' } }),
        ).userKey,
      ).toBe(pseudonyms.userKey('agent-context', { id: 'service:ci-bot' }));
    });

    it('carries neither the e-mail nor the id', () => {
      const attribution = attributor.attribute(
        row({
          user: { email: 'ada.lovelace@example.com', id: 'user:default/ada' },
        }),
      );

      expect(JSON.stringify(attribution)).not.toMatch(/@|user:|lovelace/);
    });

    it('is absent for a row without a user', () => {
      expect(attributor.attribute(row()).userKey).toBeUndefined();
    });
  });

  describe('fromConfig', () => {
    it('pseudonymises with the configured key', () => {
      const configured = GraphAdoptionAttributor.fromConfig({
        config: mockServices.rootConfig({
          data: {
            agentContext: { adoption: { privacy: { pseudonymKey: KEY } } },
          },
        }),
        graph,
      });

      expect(
        configured.attribute(row({ user: { id: 'service:ci-bot' } })).userKey,
      ).toBe(pseudonyms.userKey('ai-gateway', { id: 'service:ci-bot' }));
    });
  });
});
