import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { RelatedEntityName, shortEntityName } from './RelatedEntityName';

const mountedRoutes = { '/catalog/:namespace/:kind/:name': entityRouteRef };

describe('shortEntityName', () => {
  it('drops the kind and the default namespace', () => {
    expect(shortEntityName('component:default/checkout-service')).toBe(
      'checkout-service',
    );
  });

  it('keeps any other namespace', () => {
    expect(shortEntityName('api:payments/charge-api')).toBe(
      'payments/charge-api',
    );
  });
});

describe('RelatedEntityName', () => {
  it('links an entity the catalog holds to its page', async () => {
    await renderInTestApp(
      <RelatedEntityName
        entity={{ ref: 'component:default/mobile-app', resolved: true }}
      />,
      { mountedRoutes },
    );

    expect(screen.getByRole('link', { name: 'mobile-app' })).toHaveAttribute(
      'href',
      '/catalog/default/component/mobile-app',
    );
  });

  it('shows the full ref, unlinked and marked, for an entity the catalog lacks', async () => {
    await renderInTestApp(
      <RelatedEntityName
        entity={{ ref: 'component:default/ghost', resolved: false }}
      />,
      { mountedRoutes },
    );

    expect(screen.getByText('component:default/ghost')).toBeInTheDocument();
    expect(screen.getByText('not in catalog')).toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });
});
