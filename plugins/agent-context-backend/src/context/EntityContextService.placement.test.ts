import { mockCredentials } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  checkoutService,
  exampleEntities,
  groupEntity,
} from '../__fixtures__/entities';
import { CatalogEntityContextService } from './EntityContextService';

const credentials = mockCredentials.user('user:default/alice');

function contextOf(
  ref: { kind: string; name: string },
  options: { entities?: Entity[]; maxParentDepth?: number } = {},
) {
  return CatalogEntityContextService.create({
    catalog: catalogServiceMock({
      entities: options.entities ?? exampleEntities,
    }),
    limits:
      options.maxParentDepth === undefined
        ? undefined
        : { maxParentDepth: options.maxParentDepth },
  }).getEntityContext({ ...ref, namespace: 'default' }, { credentials });
}

describe('CatalogEntityContextService placement', () => {
  it('places a component under its owner, every group above it, its system and domain', async () => {
    const context = await contextOf({
      kind: 'component',
      name: 'checkout-service',
    });
    expect(context.placement).toEqual({
      ownerChain: [
        'group:default/checkout-team',
        'group:default/commerce',
        'group:default/root',
      ],
      system: 'system:default/checkout',
      domain: 'domain:default/commerce',
    });
  });

  it('keeps the whole owner chain however short the displayed chain is', async () => {
    const context = await contextOf(
      { kind: 'component', name: 'checkout-service' },
      { maxParentDepth: 0 },
    );
    expect(context.ownership.parents).toEqual([]);
    expect(context.placement.ownerChain).toEqual([
      'group:default/checkout-team',
      'group:default/commerce',
      'group:default/root',
    ]);
  });

  it('places a group under the groups above it', async () => {
    const context = await contextOf({ kind: 'group', name: 'checkout-team' });
    expect(context.placement).toEqual({
      ownerChain: ['group:default/commerce', 'group:default/root'],
    });
  });

  it('places a system in its domain and under its owners, in no system', async () => {
    const context = await contextOf({ kind: 'system', name: 'checkout' });
    expect(context.placement.system).toBeUndefined();
    expect(context.placement.domain).toBe('domain:default/commerce');
  });

  it('ends the chain at a cycle in the group hierarchy', async () => {
    const context = await contextOf(
      { kind: 'component', name: 'checkout-service' },
      {
        entities: [
          checkoutService,
          groupEntity('checkout-team', 'a'),
          groupEntity('a', 'checkout-team'),
        ],
      },
    );
    expect(context.placement.ownerChain).toEqual([
      'group:default/checkout-team',
      'group:default/a',
    ]);
  });
});
