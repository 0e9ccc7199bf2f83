import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { renderInTestApp } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { checkoutServiceContext } from '../../__fixtures__/entityContext';
import { ApisCard } from './ApisCard';

const mountedRoutes = { '/catalog/:namespace/:kind/:name': entityRouteRef };
const { apis } = checkoutServiceContext;
const entityRef = checkoutServiceContext.entity.ref;

describe('ApisCard', () => {
  it('lists the provided APIs with their consumers, five at first', async () => {
    await renderInTestApp(<ApisCard apis={apis} entityRef={entityRef} />, {
      mountedRoutes,
    });

    const provides = screen.getByRole('table', { name: 'Provides' });
    expect(
      within(provides).getByRole('link', { name: 'checkout-api' }),
    ).toHaveAttribute('href', '/catalog/default/api/checkout-api');
    expect(within(provides).getByText('Checkout API')).toBeInTheDocument();
    expect(
      within(provides).getByText('openapi · production'),
    ).toBeInTheDocument();

    const consumers = within(provides).getByRole('list', {
      name: 'Consumers of checkout-api',
    });
    expect(
      within(consumers)
        .getAllByRole('link')
        .map(link => link.textContent),
    ).toEqual([
      'storefront-web',
      'mobile-app',
      'partner-gateway',
      'returns-service',
      'loyalty-service',
    ]);

    await userEvent.click(
      within(consumers).getByRole('button', { name: '+2 more' }),
    );
    expect(
      within(consumers).getByRole('link', { name: 'support-console' }),
    ).toHaveAttribute('href', '/catalog/default/component/support-console');
  });

  it('names the entity itself among the providers of what it provides', async () => {
    await renderInTestApp(<ApisCard apis={apis} entityRef={entityRef} />, {
      mountedRoutes,
    });

    const providers = screen.getByRole('list', {
      name: 'Providers of checkout-api',
    });
    expect(providers).toHaveTextContent('this entity');
    expect(within(providers).queryByRole('link')).not.toBeInTheDocument();
  });

  it('lists the consumed APIs with their providers and other consumers', async () => {
    await renderInTestApp(<ApisCard apis={apis} entityRef={entityRef} />, {
      mountedRoutes,
    });

    const consumes = screen.getByRole('table', { name: 'Consumes' });
    expect(
      within(consumes).getByRole('link', { name: 'payments-api' }),
    ).toHaveAttribute('href', '/catalog/default/api/payments-api');
    const providers = within(consumes).getByRole('list', {
      name: 'Providers of payments-api',
    });
    expect(
      within(providers).getByRole('link', { name: 'payments-service' }),
    ).toBeInTheDocument();
    const consumers = within(consumes).getByRole('list', {
      name: 'Consumers of payments-api',
    });
    expect(consumers).toHaveTextContent('this entity');
    expect(
      within(consumers).getByRole('link', { name: 'refunds-worker' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Provides (1)')).toBeInTheDocument();
    expect(screen.getByText('Consumes (1)')).toBeInTheDocument();
  });

  it('marks an API that is not in the catalog', async () => {
    await renderInTestApp(
      <ApisCard
        apis={{
          provides: [],
          consumes: [
            {
              api: {
                ref: 'api:default/legacy-soap',
                kind: 'API',
                resolved: false,
              },
              providers: [],
              consumers: [],
            },
          ],
        }}
        entityRef={entityRef}
      />,
      { mountedRoutes },
    );

    const consumes = screen.getByRole('table', { name: 'Consumes' });
    expect(
      within(consumes).getByText('api:default/legacy-soap'),
    ).toBeInTheDocument();
    expect(within(consumes).getByText('not in catalog')).toBeInTheDocument();
    expect(screen.getByText('Provides (0)')).toBeInTheDocument();
  });

  it('says so when the entity has no APIs', async () => {
    await renderInTestApp(
      <ApisCard apis={{ provides: [], consumes: [] }} entityRef={entityRef} />,
      { mountedRoutes },
    );

    expect(
      screen.getByText('No APIs provided or consumed'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows an API its own providers and consumers', async () => {
    const component = (name: string) => ({
      ref: `component:default/${name}`,
      kind: 'Component',
      type: 'service',
      resolved: true,
    });
    await renderInTestApp(
      <ApisCard
        apis={{ provides: [], consumes: [] }}
        api={{
          providedBy: [component('checkout-service')],
          consumedBy: [component('mobile-app'), component('storefront-web')],
        }}
        entityRef="api:default/checkout-api"
      />,
      { mountedRoutes },
    );

    expect(screen.getByText('Providers and consumers')).toBeInTheDocument();
    expect(
      within(screen.getByRole('table', { name: 'Provided by' })).getByRole(
        'link',
        { name: 'checkout-service' },
      ),
    ).toBeInTheDocument();
    const consumers = screen.getByRole('table', { name: 'Consumed by' });
    expect(within(consumers).getAllByRole('row')).toHaveLength(3);
    expect(
      screen.queryByText('No APIs provided or consumed'),
    ).not.toBeInTheDocument();
  });
});
