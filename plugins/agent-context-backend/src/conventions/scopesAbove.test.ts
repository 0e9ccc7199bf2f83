import { mockCredentials } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { CatalogEntityContextService } from '../context';
import {
  checkoutService,
  checkoutSystem,
  checkoutTeam,
  commerce,
  commerceDomain,
  exampleEntities,
} from '../__fixtures__/entities';
import { scopesAbove } from './scopesAbove';

function depsFor(entities: Entity[], maxParentDepth?: number) {
  const catalog = catalogServiceMock({ entities });
  return {
    placements: CatalogEntityContextService.create({
      catalog,
      limits: maxParentDepth === undefined ? undefined : { maxParentDepth },
    }),
  };
}

const credentials = mockCredentials.user('user:default/alice');
const scopesOf = async (
  entity: Entity,
  entities = exampleEntities,
  maxParentDepth?: number,
) =>
  (
    await scopesAbove(entity, depsFor(entities, maxParentDepth), credentials)
  ).map(level => `${level.level} ${level.scope}`);

describe('scopesAbove', () => {
  it.each([
    [
      'a component: its whole path but itself',
      checkoutService,
      [
        'global global',
        'domain domain:default/commerce',
        'system system:default/checkout',
        'group group:default/root',
        'group group:default/commerce',
        'group group:default/checkout-team',
      ],
    ],
    [
      'a system: global and its domain, not its owners',
      checkoutSystem,
      ['global global', 'domain domain:default/commerce'],
    ],
    ['a domain: global alone', commerceDomain, ['global global']],
    [
      'a group: global and its parent groups, root first',
      checkoutTeam,
      [
        'global global',
        'group group:default/root',
        'group group:default/commerce',
      ],
    ],
  ])('%s', async (_name, entity, expected) => {
    await expect(scopesOf(entity)).resolves.toEqual(expected);
  });

  it('stops at a cycle in group parents', async () => {
    const looping: Entity = {
      ...commerce,
      relations: [
        { type: 'childOf', targetRef: 'group:default/checkout-team' },
      ],
    };
    const entities = [...exampleEntities.filter(e => e !== commerce), looping];
    await expect(scopesOf(checkoutTeam, entities)).resolves.toEqual([
      'global global',
      'group group:default/commerce',
    ]);
  });

  it('keeps the chain up to a parent missing from the catalog', async () => {
    const entities = exampleEntities.filter(e => e !== commerce);
    await expect(scopesOf(checkoutTeam, entities)).resolves.toEqual([
      'global global',
      'group group:default/commerce',
    ]);
  });

  it('checks against every group to the root, whatever the displayed chain is cut to', async () => {
    await expect(
      scopesOf(checkoutService, exampleEntities, 0),
    ).resolves.toEqual([
      'global global',
      'domain domain:default/commerce',
      'system system:default/checkout',
      'group group:default/root',
      'group group:default/commerce',
      'group group:default/checkout-team',
    ]);
    await expect(scopesOf(checkoutTeam, exampleEntities, 0)).resolves.toEqual([
      'global global',
      'group group:default/root',
      'group group:default/commerce',
    ]);
  });
});
