import { Entity } from '@backstage/catalog-model';

/**
 * A small catalog for the `example/shop` repository. The catalog mock
 * computes no relations and no etags, so each entity carries its own, as
 * the real catalog would give them.
 */
function component(
  name: string,
  folder: string,
  options: { description: string; etag: string },
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      namespace: 'default',
      description: options.description,
      etag: options.etag,
      annotations: {
        'backstage.io/source-location': `url:https://github.com/example/shop/tree/main/${folder}`,
      },
    },
    spec: { type: 'service', lifecycle: 'production', owner: 'team-a' },
    relations: [{ type: 'ownedBy', targetRef: 'group:default/team-a' }],
  };
}

const teamA: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'team-a', namespace: 'default', etag: 'team-a-1' },
  spec: { type: 'team', profile: { displayName: 'Team A' }, children: [] },
  relations: [
    { type: 'ownerOf', targetRef: 'component:default/cart' },
    { type: 'ownerOf', targetRef: 'component:default/shop' },
  ],
};

/** The catalog: `shop` at the repository root, `cart` in services/cart. */
export function shopEntities(
  options: { cartDescription?: string; cartEtag?: string } = {},
): Entity[] {
  return [
    teamA,
    component('shop', '', {
      description: 'The web shop.',
      etag: 'shop-1',
    }),
    component('cart', 'services/cart/', {
      description: options.cartDescription ?? 'Keeps the basket.',
      etag: options.cartEtag ?? 'cart-1',
    }),
    // Two entities claiming one folder: the portal answers 409.
    component('twin-a', 'services/twins/', {
      description: 'One twin.',
      etag: 'twin-a-1',
    }),
    component('twin-b', 'services/twins/', {
      description: 'The other twin.',
      etag: 'twin-b-1',
    }),
  ];
}
