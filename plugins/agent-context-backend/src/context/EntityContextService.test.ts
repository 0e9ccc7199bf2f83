import { mockCredentials } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  checkoutService,
  checkoutTeam,
  exampleEntities,
  organisation,
  paymentsService,
  groupEntity,
} from '../__fixtures__/entities';
import { CatalogEntityContextService } from './EntityContextService';

const now = () => new Date('2026-01-02T03:04:05.000Z');
const credentials = mockCredentials.user('user:default/alice');
const checkoutRef = {
  kind: 'component',
  namespace: 'default',
  name: 'checkout-service',
};

function serviceOver(
  entities: Entity[],
  limits?: Parameters<typeof CatalogEntityContextService.create>[0]['limits'],
) {
  return CatalogEntityContextService.create({
    catalog: catalogServiceMock({ entities }),
    now,
    limits,
  });
}

describe('CatalogEntityContextService', () => {
  it('assembles the entity, its ownership chain and dependencies both ways', async () => {
    const context = await serviceOver(exampleEntities).getEntityContext(
      checkoutRef,
      { credentials },
    );

    expect(context.entity).toMatchObject({
      ref: 'component:default/checkout-service',
      system: 'system:default/checkout',
      domain: 'domain:default/commerce',
    });
    expect(context.ownership.owner).toMatchObject({
      ref: 'group:default/checkout-team',
      displayName: 'Checkout Team',
    });
    expect(context.ownership.parents.map(p => p.ref)).toEqual([
      'group:default/commerce',
      'group:default/root',
    ]);
    // Sorted by ref, so the output is the same whatever order the catalog
    // lists relations in.
    expect(context.dependencies.dependsOn).toEqual([
      {
        ref: 'component:default/mainframe-gateway',
        kind: 'component',
        resolved: false,
      },
      expect.objectContaining({
        ref: 'component:default/payments-service',
        owner: 'group:default/payments-team',
        resolved: true,
      }),
    ]);
    expect(context.dependencies.dependedOnBy).toEqual([
      expect.objectContaining({
        ref: 'component:default/storefront-web',
        type: 'website',
        resolved: true,
      }),
    ]);
    expect(context.metadata.generatedAt).toBe('2026-01-02T03:04:05.000Z');
  });

  it('throws NotFoundError for an entity that is not in the catalog', async () => {
    await expect(
      serviceOver(exampleEntities).getEntityContext(
        { kind: 'component', namespace: 'default', name: 'nope' },
        { credentials },
      ),
    ).rejects.toThrow(
      new NotFoundError("No entity 'component:default/nope' found"),
    );
  });

  it('reads every entity with the caller’s credentials, related ones in batches', async () => {
    const real = catalogServiceMock({ entities: exampleEntities });
    const catalog = catalogServiceMock.mock({
      getEntityByRef: jest.fn((ref, opts) => real.getEntityByRef(ref, opts)),
      getEntitiesByRefs: jest.fn((req, opts) =>
        real.getEntitiesByRefs(req, opts),
      ),
    });
    const service = CatalogEntityContextService.create({ catalog, now });

    await service.getEntityContext(checkoutRef, { credentials });

    expect(catalog.getEntityByRef).toHaveBeenCalledWith(checkoutRef, {
      credentials,
    });
    // The first batch holds everything the entity names directly.
    expect(catalog.getEntitiesByRefs.mock.calls[0][0].entityRefs).toEqual([
      'group:default/checkout-team',
      'system:default/checkout',
      'component:default/payments-service',
      'component:default/mainframe-gateway',
      'component:default/storefront-web',
      'api:default/checkout-api',
      'api:default/payments-api',
    ]);
    // A handful of batches, never one request per related entity, and no
    // entity asked for twice.
    expect(catalog.getEntitiesByRefs.mock.calls.length).toBeLessThanOrEqual(8);
    const asked = catalog.getEntitiesByRefs.mock.calls.flatMap(
      ([request]) => request.entityRefs,
    );
    expect(new Set(asked).size).toBe(asked.length);
    for (const call of catalog.getEntitiesByRefs.mock.calls) {
      expect(call[1]).toEqual({ credentials });
    }
  });

  it('lists APIs with their providers and consumers, the system and its parts, and members', async () => {
    const context = await serviceOver(exampleEntities).getEntityContext(
      checkoutRef,
      { credentials },
    );
    expect(context.apis.provides).toEqual([
      expect.objectContaining({
        api: expect.objectContaining({ ref: 'api:default/checkout-api' }),
        providers: [
          expect.objectContaining({
            ref: 'component:default/checkout-service',
          }),
        ],
        consumers: [
          expect.objectContaining({ ref: 'component:default/mobile-bff' }),
        ],
      }),
    ]);
    expect(context.apis.consumes[0].providers[0].ref).toBe(
      'component:default/payments-service',
    );
    expect(context.system).toEqual({
      system: expect.objectContaining({ ref: 'system:default/checkout' }),
      domain: expect.objectContaining({ ref: 'domain:default/commerce' }),
      parts: [expect.objectContaining({ ref: 'api:default/checkout-api' })],
      partCount: 1,
    });
    expect(context.ownership.members).toEqual([
      expect.objectContaining({
        ref: 'user:default/alice',
        displayName: 'Alice Example',
        email: 'alice@example.com',
      }),
    ]);
    expect(context.ownership.memberCount).toBe(1);
    expect(context.ownership.owner?.links).toEqual([
      { url: 'https://chat.example/checkout', title: '#checkout' },
    ]);
  });

  it('walks the blast radius through dependents and API consumers', async () => {
    const context = await serviceOver(exampleEntities).getEntityContext(
      checkoutRef,
      { credentials },
    );
    expect(
      context.blastRadius.entries.map(e => [e.ref, e.depth, e.relation, e.via]),
    ).toEqual([
      [
        'component:default/storefront-web',
        1,
        'dependsOn',
        'component:default/checkout-service',
      ],
      [
        'component:default/mobile-bff',
        1,
        'consumesApi',
        'component:default/checkout-service',
      ],
      [
        'component:default/mobile-app',
        2,
        'dependsOn',
        'component:default/mobile-bff',
      ],
    ]);
    expect(context.blastRadius.truncated).toBe(false);
  });

  it('cuts the blast radius at its depth and entry bounds, saying so', async () => {
    const shallow = await serviceOver(exampleEntities, {
      blastRadiusDepth: 1,
    }).getEntityContext(checkoutRef, { credentials });
    expect(shallow.blastRadius.entries.map(e => e.depth)).toEqual([1, 1]);
    expect(shallow.blastRadius).toMatchObject({ maxDepth: 1, truncated: true });

    const few = await serviceOver(exampleEntities, {
      blastRadiusEntries: 1,
    }).getEntityContext(checkoutRef, { credentials });
    expect(few.blastRadius.entries).toHaveLength(1);
    expect(few.blastRadius.truncated).toBe(true);
  });

  it('ends the blast radius walk at a dependency cycle', async () => {
    // payments-service and checkout-service depend on each other.
    const context = await serviceOver(exampleEntities).getEntityContext(
      { kind: 'component', namespace: 'default', name: 'payments-service' },
      { credentials },
    );
    const refs = context.blastRadius.entries.map(e => e.ref);
    expect(new Set(refs).size).toBe(refs.length);
    expect(refs).not.toContain('component:default/payments-service');
    expect(refs).toContain('component:default/checkout-service');
  });

  it('derives revisions and a content hash that ignore generation time', async () => {
    const first = await serviceOver(exampleEntities).getEntityContext(
      checkoutRef,
      { credentials },
    );
    const later = await CatalogEntityContextService.create({
      catalog: catalogServiceMock({ entities: exampleEntities }),
      now: () => new Date('2030-01-01T00:00:00.000Z'),
    }).getEntityContext(checkoutRef, { credentials });
    expect(later.metadata.contentHash).toBe(first.metadata.contentHash);
    expect(first.metadata.contentHash).toMatch(/^sha256-[0-9a-f]{64}$/);

    const edited = exampleEntities.map(e =>
      e === paymentsService
        ? {
            ...e,
            metadata: {
              ...e.metadata,
              etag: 'changed',
              description: 'Charges cards and wallets.',
            },
          }
        : e,
    );
    const afterEdit = await serviceOver(edited).getEntityContext(checkoutRef, {
      credentials,
    });
    expect(afterEdit.metadata.catalogRevision).not.toBe(
      first.metadata.catalogRevision,
    );
    expect(afterEdit.metadata.contentHash).not.toBe(first.metadata.contentHash);
  });

  it('shows an owner and a parent that are not in the catalog as unresolved', async () => {
    const context = await serviceOver([checkoutService]).getEntityContext(
      checkoutRef,
      { credentials },
    );
    expect(context.ownership).toEqual({
      owner: {
        ref: 'group:default/checkout-team',
        kind: 'group',
        displayName: 'checkout-team',
        resolved: false,
      },
      parents: [],
      members: [],
      memberCount: 0,
    });

    const orphanTeam = await serviceOver([
      checkoutService,
      checkoutTeam,
    ]).getEntityContext(checkoutRef, { credentials });
    expect(orphanTeam.ownership.parents).toEqual([
      {
        ref: 'group:default/commerce',
        kind: 'group',
        displayName: 'commerce',
        resolved: false,
      },
    ]);
  });

  it('stops at a cycle in the group hierarchy', async () => {
    const context = await serviceOver([
      checkoutService,
      groupEntity('checkout-team', 'a'),
      groupEntity('a', 'b'),
      groupEntity('b', 'checkout-team'),
    ]).getEntityContext(checkoutRef, { credentials });

    expect(context.ownership.parents.map(p => p.ref)).toEqual([
      'group:default/a',
      'group:default/b',
    ]);
  });

  it('cuts the parent chain at the configured depth', async () => {
    const context = await serviceOver(exampleEntities, {
      maxParentDepth: 1,
    }).getEntityContext(checkoutRef, { credentials });
    expect(context.ownership.parents.map(p => p.ref)).toEqual([
      'group:default/commerce',
    ]);
  });

  it('takes the domain from a system’s own relations', async () => {
    const context = await serviceOver(exampleEntities).getEntityContext(
      { kind: 'system', namespace: 'default', name: 'checkout' },
      { credentials },
    );
    expect(context.entity.system).toBeUndefined();
    expect(context.entity.domain).toBe('domain:default/commerce');
  });

  describe('per kind', () => {
    const contextOf = (
      kind: string,
      name: string,
      limits?: Parameters<typeof serviceOver>[1],
    ) =>
      serviceOver(organisation, limits).getEntityContext(
        { kind, namespace: 'default', name },
        { credentials },
      );
    const refs = (entities?: Array<{ ref: string }>) =>
      entities?.map(e => e.ref);

    it('gives an API its providers and consumers', async () => {
      const context = await contextOf('api', 'checkout-api');
      expect(refs(context.api?.providedBy)).toEqual([
        'component:default/checkout-service',
      ]);
      expect(refs(context.api?.consumedBy)).toEqual([
        'component:default/mobile-bff',
        'component:default/storefront',
      ]);
      expect(context.ownership.owner?.ref).toBe('group:default/checkout-team');
      expect(context.entity.system).toBe('system:default/checkout');
      // Sections of other kinds stay out.
      expect(context.component).toBeUndefined();
      expect(context.group).toBeUndefined();
    });

    it('gives a component its parent component and its subcomponents', async () => {
      const parent = await contextOf('component', 'checkout-service');
      expect(parent.component).toEqual({
        subcomponentOf: undefined,
        subcomponents: [
          expect.objectContaining({ ref: 'component:default/checkout-rules' }),
        ],
        subcomponentCount: 1,
      });
      const child = await contextOf('component', 'checkout-rules');
      expect(child.component?.subcomponentOf?.ref).toBe(
        'component:default/checkout-service',
      );
      // A parent component is not a system, and the reverse.
      expect(child.entity.system).toBeUndefined();
      expect(child.system).toBeUndefined();
      expect(parent.api).toBeUndefined();
    });

    it('gives a resource its dependents', async () => {
      const context = await contextOf('resource', 'checkout-db');
      expect(refs(context.dependencies.dependedOnBy)).toEqual([
        'component:default/checkout-service',
        'component:default/reporting',
      ]);
      expect(context.system?.system.ref).toBe('system:default/checkout');
    });

    it('gives a system its domain and all its parts, counted', async () => {
      const context = await contextOf('system', 'checkout');
      expect(context.system?.system.ref).toBe('system:default/checkout');
      expect(context.system?.domain?.ref).toBe('domain:default/commerce');
      expect(refs(context.system?.parts)).toEqual([
        'api:default/checkout-api',
        'component:default/checkout-service',
        'resource:default/checkout-db',
      ]);
      expect(context.system?.partCount).toBe(3);

      const bounded = await contextOf('system', 'checkout', {
        maxSystemParts: 1,
      });
      expect(refs(bounded.system?.parts)).toEqual(['api:default/checkout-api']);
      expect(bounded.system?.partCount).toBe(3);
    });

    it('gives a domain its parent domain, systems and subdomains', async () => {
      const commerce = await contextOf('domain', 'commerce');
      expect(commerce.domain).toEqual({
        subdomainOf: undefined,
        parts: [
          expect.objectContaining({ ref: 'domain:default/logistics' }),
          expect.objectContaining({ ref: 'system:default/checkout' }),
        ],
        partCount: 2,
      });
      const logistics = await contextOf('domain', 'logistics');
      expect(logistics.domain?.subdomainOf?.ref).toBe(
        'domain:default/commerce',
      );
      expect(refs(logistics.domain?.parts)).toEqual([
        'system:default/shipping',
      ]);
      expect(logistics.entity.domain).toBe('domain:default/commerce');
    });

    it('gives a group its parent chain, child groups, members and what it owns', async () => {
      const team = await contextOf('group', 'checkout-team');
      expect(refs(team.group?.parents)).toEqual([
        'group:default/commerce',
        'group:default/root',
      ]);
      expect(team.group?.members).toEqual([
        expect.objectContaining({
          ref: 'user:default/alice',
          displayName: 'Alice',
        }),
        expect.objectContaining({
          ref: 'user:default/bob',
          displayName: 'Bob',
        }),
      ]);
      expect(refs(team.owns?.entities)).toEqual([
        'api:default/checkout-api',
        'component:default/checkout-rules',
        'component:default/checkout-service',
        'resource:default/checkout-db',
        'system:default/checkout',
      ]);
      expect(team.owns?.count).toBe(5);
      // A group has no owner: nothing is made up for it.
      expect(team.ownership).toEqual({
        parents: [],
        members: [],
        memberCount: 0,
      });

      const department = await contextOf('group', 'commerce');
      expect(refs(department.group?.children)).toEqual([
        'group:default/checkout-team',
      ]);
      expect(department.group?.childCount).toBe(1);
      expect(refs(department.group?.members)).toEqual(['user:default/bob']);
    });

    it('gives a user their groups and what they own', async () => {
      const alice = await contextOf('user', 'alice');
      expect(refs(alice.user?.memberOf)).toEqual([
        'group:default/checkout-team',
      ]);
      expect(alice.owns).toEqual({
        entities: [
          expect.objectContaining({ ref: 'component:default/scratch-tool' }),
        ],
        count: 1,
      });
      const bob = await contextOf('user', 'bob');
      expect(refs(bob.user?.memberOf)).toEqual([
        'group:default/checkout-team',
        'group:default/commerce',
      ]);
      expect(bob.owns).toEqual({ entities: [], count: 0 });
      expect(bob.blastRadius.entries).toEqual([]);
    });

    it('bounds what a group owns, its members and children, saying how many there are', async () => {
      const team = await contextOf('group', 'checkout-team', {
        maxRelated: 2,
        maxMembers: 1,
      });
      expect(refs(team.owns?.entities)).toEqual([
        'api:default/checkout-api',
        'component:default/checkout-rules',
      ]);
      expect(team.owns?.count).toBe(5);
      expect(refs(team.group?.members)).toEqual(['user:default/alice']);
      expect(team.group?.memberCount).toBe(2);
    });
  });
});
