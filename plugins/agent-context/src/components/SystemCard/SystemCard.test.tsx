import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { renderInTestApp } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import { checkoutServiceContext } from '../../__fixtures__/entityContext';
import { SystemCard } from './SystemCard';

const mountedRoutes = { '/catalog/:namespace/:kind/:name': entityRouteRef };
const entityRef = checkoutServiceContext.entity.ref;

describe('SystemCard', () => {
  it('links the system and its domain', async () => {
    await renderInTestApp(
      <SystemCard
        system={checkoutServiceContext.system}
        entityRef={entityRef}
      />,
      { mountedRoutes },
    );

    expect(screen.getByRole('link', { name: 'checkout' })).toHaveAttribute(
      'href',
      '/catalog/default/system/checkout',
    );
    expect(
      screen.getByText('Everything between basket and payment.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'commerce' })).toHaveAttribute(
      'href',
      '/catalog/default/domain/commerce',
    );
  });

  it("lists the system's other parts with their kind and type", async () => {
    await renderInTestApp(
      <SystemCard
        system={checkoutServiceContext.system}
        entityRef={entityRef}
      />,
      { mountedRoutes },
    );

    expect(screen.getByText('Other parts (2)')).toBeInTheDocument();
    const parts = screen.getByRole('list', {
      name: 'Other parts of the system',
    });
    const items = within(parts).getAllByRole('listitem');
    expect(items.map(item => item.textContent)).toEqual([
      'checkout-api · API · openapi',
      'orders-db · Resource · database',
    ]);
    expect(
      within(parts).getByRole('link', { name: 'orders-db' }),
    ).toHaveAttribute('href', '/catalog/default/resource/orders-db');
  });

  it('says so when the system has no domain and no other parts', async () => {
    await renderInTestApp(
      <SystemCard
        system={{
          system: checkoutServiceContext.system!.system,
          parts: [],
          partCount: 0,
        }}
        entityRef={entityRef}
      />,
      { mountedRoutes },
    );

    expect(screen.getByText('Other parts (0)')).toBeInTheDocument();
    expect(screen.getAllByText('None')).toHaveLength(2);
  });

  it('says so when the entity is not part of a system', async () => {
    await renderInTestApp(<SystemCard entityRef={entityRef} />, {
      mountedRoutes,
    });

    expect(screen.getByText('Not part of a system')).toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it('gives a system itself its domain and all its parts, with how many are not listed', async () => {
    const system = checkoutServiceContext.system!;
    await renderInTestApp(
      <SystemCard
        system={{ ...system, partCount: 14 }}
        entityRef={system.system.ref}
      />,
      { mountedRoutes },
    );

    expect(screen.getByText('Parts (14)')).toBeInTheDocument();
    expect(
      screen.getByRole('list', { name: 'Parts of the system' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('and 12 more, not listed in the context'),
    ).toBeInTheDocument();
    // The system is the page itself, not a link to follow.
    expect(
      screen.queryByRole('link', { name: 'checkout' }),
    ).not.toBeInTheDocument();
  });

  it('gives a domain the domain above it and its systems and subdomains', async () => {
    await renderInTestApp(
      <SystemCard
        domain={{
          subdomainOf: {
            ref: 'domain:default/commerce',
            kind: 'Domain',
            resolved: true,
          },
          parts: [
            {
              ref: 'system:default/fulfilment',
              kind: 'System',
              resolved: true,
            },
          ],
          partCount: 1,
        }}
        entityRef="domain:default/logistics"
      />,
      { mountedRoutes },
    );

    expect(screen.getByText('Domain')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'commerce' })).toHaveAttribute(
      'href',
      '/catalog/default/domain/commerce',
    );
    const parts = screen.getByRole('list', { name: 'Systems and subdomains' });
    expect(
      within(parts).getByRole('link', { name: 'fulfilment' }),
    ).toBeInTheDocument();
  });
});
