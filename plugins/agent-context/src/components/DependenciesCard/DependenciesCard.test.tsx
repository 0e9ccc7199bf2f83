import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { renderInTestApp } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import { checkoutServiceContext } from '../../__fixtures__/entityContext';
import { DependenciesCard } from './DependenciesCard';

const mountedRoutes = { '/catalog/:namespace/:kind/:name': entityRouteRef };

describe('DependenciesCard', () => {
  it('lists what the entity depends on, with links to each entity and its owner', async () => {
    await renderInTestApp(
      <DependenciesCard dependencies={checkoutServiceContext.dependencies} />,
      { mountedRoutes },
    );

    const table = screen.getByRole('table', { name: 'Depends on' });
    const [, payments] = within(table).getAllByRole('row');
    const cells = within(payments).getAllByRole('cell');
    expect(cells.map(cell => cell.textContent)).toEqual([
      'payments-service',
      'Component',
      'service',
      'payments-team',
      'production',
      'Charges cards.',
    ]);
    expect(
      within(cells[0]).getByRole('link', { name: 'payments-service' }),
    ).toHaveAttribute('href', '/catalog/default/component/payments-service');
    expect(
      within(cells[3]).getByRole('link', { name: 'payments-team' }),
    ).toHaveAttribute('href', '/catalog/default/group/payments-team');
  });

  it('marks a dependency that is not in the catalog and does not link it', async () => {
    await renderInTestApp(
      <DependenciesCard dependencies={checkoutServiceContext.dependencies} />,
      { mountedRoutes },
    );

    const table = screen.getByRole('table', { name: 'Depends on' });
    const row = within(table)
      .getByText('component:default/mainframe-gateway')
      .closest('tr')!;
    expect(within(row).getByText('not in catalog')).toBeInTheDocument();
    expect(within(row).queryByRole('link')).not.toBeInTheDocument();
  });

  it('lists what depends on the entity, linked by name with its title below', async () => {
    await renderInTestApp(
      <DependenciesCard dependencies={checkoutServiceContext.dependencies} />,
      { mountedRoutes },
    );

    const table = screen.getByRole('table', { name: 'Depended on by' });
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(
      within(table).getByRole('link', { name: 'storefront-web' }),
    ).toHaveAttribute('href', '/catalog/default/component/storefront-web');
    expect(within(table).getByText('Storefront')).toBeInTheDocument();
    expect(within(table).getByText('experimental')).toBeInTheDocument();
    expect(screen.getByText('Depends on (2)')).toBeInTheDocument();
    expect(screen.getByText('Depended on by (1)')).toBeInTheDocument();
  });

  it('names an entity outside the default namespace with its namespace', async () => {
    await renderInTestApp(
      <DependenciesCard
        dependencies={{
          dependsOn: [
            {
              ref: 'api:payments/charge-api',
              kind: 'API',
              resolved: true,
            },
          ],
          dependedOnBy: [],
        }}
      />,
      { mountedRoutes },
    );

    expect(
      screen.getByRole('link', { name: 'payments/charge-api' }),
    ).toHaveAttribute('href', '/catalog/payments/api/charge-api');
  });

  it('says so when only one direction is empty', async () => {
    await renderInTestApp(
      <DependenciesCard
        dependencies={{
          ...checkoutServiceContext.dependencies,
          dependedOnBy: [],
        }}
      />,
      { mountedRoutes },
    );

    expect(screen.getByText('Depended on by (0)')).toBeInTheDocument();
    expect(screen.getByText('None')).toBeInTheDocument();
    expect(
      screen.queryByRole('table', { name: 'Depended on by' }),
    ).not.toBeInTheDocument();
  });

  it('shows one message when there are no dependencies in either direction', async () => {
    await renderInTestApp(
      <DependenciesCard dependencies={{ dependsOn: [], dependedOnBy: [] }} />,
      { mountedRoutes },
    );

    expect(screen.getByText('No dependencies declared')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows the component a component is part of, and its subcomponents', async () => {
    await renderInTestApp(
      <DependenciesCard
        dependencies={{ dependsOn: [], dependedOnBy: [] }}
        component={{
          subcomponentOf: {
            ref: 'component:default/payments-service',
            kind: 'Component',
            resolved: true,
          },
          subcomponents: [],
          subcomponentCount: 0,
        }}
      />,
      { mountedRoutes },
    );

    expect(
      within(screen.getByRole('table', { name: 'Subcomponent of' })).getByRole(
        'link',
        { name: 'payments-service' },
      ),
    ).toHaveAttribute('href', '/catalog/default/component/payments-service');
    expect(
      screen.getByRole('heading', { name: 'Subcomponents (0)' }),
    ).toBeInTheDocument();
    expect(
      screen.queryByText('No dependencies declared'),
    ).not.toBeInTheDocument();
  });

  it('leaves subcomponent tables out of a component without any', async () => {
    await renderInTestApp(
      <DependenciesCard
        dependencies={checkoutServiceContext.dependencies}
        component={{ subcomponents: [], subcomponentCount: 0 }}
      />,
      { mountedRoutes },
    );
    expect(
      screen.queryByRole('heading', { name: /^Subcomponent/ }),
    ).not.toBeInTheDocument();
  });
});
