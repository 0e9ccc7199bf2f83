import { mockCredentials } from '@backstage/backend-test-utils';
import { Entity, parseEntityRef } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { organisation } from '../__fixtures__/entities';
import { CatalogReader } from './CatalogReader';
import { BlastRadiusLimits, collectBlastRadius } from './collectBlastRadius';

const credentials = mockCredentials.user('user:default/alice');
const generous: BlastRadiusLimits = { maxDepth: 3, maxEntries: 100 };

async function blastRadiusOf(
  ref: string,
  entities: Entity[] = organisation,
  limits = generous,
) {
  const catalog = catalogServiceMock({ entities });
  const reader = new CatalogReader(catalog, credentials);
  const target = await reader.getTarget(parseEntityRef(ref));
  if (!target) {
    throw new Error(`no fixture ${ref}`);
  }
  return collectBlastRadius(target, reader, limits);
}

/** Entries as `depth ref <relation> via [api]`, the order of the walk. */
function walk(radius: Awaited<ReturnType<typeof blastRadiusOf>>) {
  return radius.entries.map(
    e =>
      `${e.depth} ${e.ref} <${e.relation}> ${e.via}${
        e.api ? ` [${e.api}]` : ''
      }`,
  );
}

describe('collectBlastRadius', () => {
  it('reaches an API’s consumers, then what depends on them', async () => {
    const radius = await blastRadiusOf('api:default/checkout-api');
    expect(walk(radius)).toEqual([
      '1 component:default/storefront <consumesApi> api:default/checkout-api [api:default/checkout-api]',
      '1 component:default/mobile-bff <consumesApi> api:default/checkout-api [api:default/checkout-api]',
      '2 component:default/mobile-app <dependsOn> component:default/mobile-bff',
    ]);
    expect(radius).toMatchObject({ maxDepth: 3, truncated: false });
  });

  it('reaches a component’s dependents and the consumers of the APIs it provides', async () => {
    const radius = await blastRadiusOf('component:default/checkout-service');
    expect(walk(radius)).toEqual([
      '1 component:default/courier-gateway <dependsOn> component:default/checkout-service',
      '1 component:default/storefront <consumesApi> component:default/checkout-service [api:default/checkout-api]',
      '1 component:default/mobile-bff <consumesApi> component:default/checkout-service [api:default/checkout-api]',
      '2 component:default/mobile-app <dependsOn> component:default/mobile-bff',
    ]);
  });

  it('reaches what depends on a resource, and on from there by each one’s kind', async () => {
    const radius = await blastRadiusOf('resource:default/checkout-db');
    expect(walk(radius)).toEqual([
      '1 component:default/checkout-service <dependsOn> resource:default/checkout-db',
      '1 component:default/reporting <dependsOn> resource:default/checkout-db',
      '2 component:default/courier-gateway <dependsOn> component:default/checkout-service',
      '2 component:default/storefront <consumesApi> component:default/checkout-service [api:default/checkout-api]',
      '2 component:default/mobile-bff <consumesApi> component:default/checkout-service [api:default/checkout-api]',
      '3 component:default/mobile-app <dependsOn> component:default/mobile-bff',
    ]);
  });

  it('takes the union over a system’s parts, listing only what is outside it', async () => {
    const radius = await blastRadiusOf('system:default/checkout');
    expect(walk(radius)).toEqual([
      '1 component:default/courier-gateway <dependsOn> component:default/checkout-service',
      '1 component:default/storefront <consumesApi> component:default/checkout-service [api:default/checkout-api]',
      '1 component:default/mobile-bff <consumesApi> component:default/checkout-service [api:default/checkout-api]',
      '1 component:default/reporting <dependsOn> resource:default/checkout-db',
      '2 component:default/mobile-app <dependsOn> component:default/mobile-bff',
    ]);
    // checkout-service depends on checkout-db, and both are parts: the
    // change itself, not something it affects.
    expect(radius.entries.map(e => e.ref)).not.toContain(
      'component:default/checkout-service',
    );
  });

  it('takes the union over a domain’s systems and subdomains, recursively', async () => {
    const commerce = await blastRadiusOf('domain:default/commerce');
    // courier-gateway is in shipping, in logistics, in commerce: inside.
    expect(commerce.entries.map(e => e.ref).sort()).toEqual([
      'component:default/mobile-app',
      'component:default/mobile-bff',
      'component:default/reporting',
      'component:default/storefront',
    ]);
    const logistics = await blastRadiusOf('domain:default/logistics');
    expect(logistics.entries).toEqual([]);
  });

  it('has nothing for a group or a user, whatever they own', async () => {
    for (const ref of ['group:default/checkout-team', 'user:default/alice']) {
      expect(await blastRadiusOf(ref)).toEqual({
        entries: [],
        maxDepth: 3,
        truncated: false,
      });
    }
  });

  it('ends at a cycle, each entity once and the target never', async () => {
    // checkout-api also depends on mobile-bff, which consumes it: the walk
    // leads back to where it started.
    const cyclic = organisation.map(e =>
      e.metadata.name === 'mobile-bff'
        ? {
            ...e,
            relations: [
              ...(e.relations ?? []),
              { type: 'dependencyOf', targetRef: 'api:default/checkout-api' },
            ],
          }
        : e,
    );
    const radius = await blastRadiusOf('api:default/checkout-api', cyclic);
    const refs = radius.entries.map(e => e.ref);
    expect(new Set(refs).size).toBe(refs.length);
    expect(refs).not.toContain('api:default/checkout-api');
    expect(radius.truncated).toBe(false);
  });

  it('cuts at its depth and entry bounds, saying so', async () => {
    const shallow = await blastRadiusOf(
      'api:default/checkout-api',
      organisation,
      {
        maxDepth: 1,
        maxEntries: 100,
      },
    );
    expect(shallow.entries.map(e => e.depth)).toEqual([1, 1]);
    expect(shallow.truncated).toBe(true);

    const few = await blastRadiusOf('system:default/checkout', organisation, {
      maxDepth: 3,
      maxEntries: 2,
    });
    expect(few.entries).toHaveLength(2);
    expect(few.truncated).toBe(true);

    // Nothing lies beyond the last level: not truncated.
    const exact = await blastRadiusOf(
      'resource:default/checkout-db',
      organisation,
      {
        maxDepth: 3,
        maxEntries: 6,
      },
    );
    expect(exact.truncated).toBe(false);
  });

  it('keeps a dependent the caller may not read, as unresolved, and walks no further from it', async () => {
    const hidden = organisation.filter(e => e.metadata.name !== 'mobile-bff');
    const radius = await blastRadiusOf('api:default/checkout-api', hidden);
    expect(radius.entries).toContainEqual({
      ref: 'component:default/mobile-bff',
      kind: 'component',
      resolved: false,
      depth: 1,
      via: 'api:default/checkout-api',
      relation: 'consumesApi',
      api: 'api:default/checkout-api',
    });
    expect(radius.entries.map(e => e.ref)).not.toContain(
      'component:default/mobile-app',
    );
  });
});
