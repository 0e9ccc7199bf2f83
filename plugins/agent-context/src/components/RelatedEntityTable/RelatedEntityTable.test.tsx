import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { renderInTestApp } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import { RelatedEntityTable } from './RelatedEntityTable';

const mountedRoutes = { '/catalog/:namespace/:kind/:name': entityRouteRef };

const storefront = {
  ref: 'component:default/storefront-web',
  kind: 'Component',
  type: 'website',
  title: 'Storefront web',
  owner: 'group:default/web-team',
  lifecycle: 'production',
  description: 'The web shop.',
  resolved: true,
};

describe('RelatedEntityTable', () => {
  it('shows each entity with its kind, type, owner, lifecycle and description, linked', async () => {
    await renderInTestApp(
      <RelatedEntityTable title="Consumed by" entities={[storefront]} />,
      { mountedRoutes },
    );

    const table = screen.getByRole('table', { name: 'Consumed by' });
    const [, row] = within(table).getAllByRole('row');
    expect(
      within(row)
        .getAllByRole('cell')
        .map(cell => cell.textContent),
    ).toEqual([
      'storefront-webStorefront web',
      'Component',
      'website',
      'web-team',
      'production',
      'The web shop.',
    ]);
    expect(
      within(row).getByRole('link', { name: 'storefront-web' }),
    ).toHaveAttribute('href', '/catalog/default/component/storefront-web');
  });

  it('counts what the catalog holds and says how many a bound left out', async () => {
    await renderInTestApp(
      <RelatedEntityTable
        title="Subcomponents"
        entities={[storefront]}
        total={3}
      />,
      { mountedRoutes },
    );

    expect(
      screen.getByRole('heading', { name: 'Subcomponents (3)' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('and 2 more, not listed in the context'),
    ).toBeInTheDocument();
  });

  it('says None when there is nothing', async () => {
    await renderInTestApp(
      <RelatedEntityTable title="Provided by" entities={[]} />,
      { mountedRoutes },
    );
    expect(screen.getByText('None')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
