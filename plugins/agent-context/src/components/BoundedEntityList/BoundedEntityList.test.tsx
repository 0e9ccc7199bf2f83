import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { renderInTestApp } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import { BoundedEntityList } from './BoundedEntityList';

const mountedRoutes = { '/catalog/:namespace/:kind/:name': entityRouteRef };

describe('BoundedEntityList', () => {
  it('lists each entity with its kind, and says how many the context left out', async () => {
    await renderInTestApp(
      <BoundedEntityList
        label="Owned entities"
        entities={[
          {
            ref: 'api:default/cart-api',
            kind: 'API',
            type: 'openapi',
            resolved: true,
          },
        ]}
        count={4}
      />,
      { mountedRoutes },
    );

    const list = screen.getByRole('list', { name: 'Owned entities' });
    expect(within(list).getByRole('listitem')).toHaveTextContent(
      'cart-api · API · openapi',
    );
    expect(
      screen.getByText('and 3 more, not listed in the context'),
    ).toBeInTheDocument();
  });

  it('adds no note when every entity is listed', async () => {
    await renderInTestApp(
      <BoundedEntityList label="Parts" entities={[]} count={0} />,
      { mountedRoutes },
    );
    expect(screen.getByText('None')).toBeInTheDocument();
    expect(screen.queryByText(/not listed/)).not.toBeInTheDocument();
  });
});
