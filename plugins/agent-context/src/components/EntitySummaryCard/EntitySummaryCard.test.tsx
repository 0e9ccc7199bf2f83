import { EntityContextSubject } from '@agent-context/plugin-agent-context-common';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { renderInTestApp } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import { checkoutServiceContext } from '../../__fixtures__/entityContext';
import { definitionOf } from '../../__testUtils__';
import { EntitySummaryCard } from './EntitySummaryCard';

const mountedRoutes = { '/catalog/:namespace/:kind/:name': entityRouteRef };

describe('EntitySummaryCard', () => {
  it('shows the entity ref, kind, type, lifecycle and description', async () => {
    await renderInTestApp(
      <EntitySummaryCard entity={checkoutServiceContext.entity} />,
      { mountedRoutes },
    );

    expect(screen.getByText('Checkout Service')).toBeInTheDocument();
    expect(definitionOf('Entity')).toHaveTextContent(
      'component:default/checkout-service',
    );
    expect(definitionOf('Kind')).toHaveTextContent('Component');
    expect(definitionOf('Type')).toHaveTextContent('service');
    expect(definitionOf('Lifecycle')).toHaveTextContent('production');
    expect(definitionOf('Description')).toHaveTextContent(
      'Takes orders from basket to payment.',
    );
    expect(definitionOf('Tags')).toHaveTextContent('typescriptorders');
  });

  it('links the system, domain, source, docs and links', async () => {
    await renderInTestApp(
      <EntitySummaryCard entity={checkoutServiceContext.entity} />,
      { mountedRoutes },
    );

    expect(within(definitionOf('System')).getByRole('link')).toHaveAttribute(
      'href',
      '/catalog/default/system/checkout',
    );
    expect(within(definitionOf('Domain')).getByRole('link')).toHaveAttribute(
      'href',
      '/catalog/default/domain/commerce',
    );
    expect(within(definitionOf('Source')).getByRole('link')).toHaveAttribute(
      'href',
      'https://github.com/example/checkout/tree/main/',
    );
    expect(within(definitionOf('Docs')).getByRole('link')).toHaveAttribute(
      'href',
      '/docs/default/component/checkout-service',
    );
    const links = within(definitionOf('Links')).getAllByRole('link');
    expect(links.map(link => link.getAttribute('href'))).toEqual([
      'https://runbooks.example/checkout',
      'https://grafana.example/d/checkout',
    ]);
    expect(links[0]).toHaveTextContent('Runbook');
    expect(links[1]).toHaveTextContent('https://grafana.example/d/checkout');
  });

  it('leaves out the facts the entity does not have', async () => {
    const bare: EntityContextSubject = {
      ref: 'resource:default/orders-db',
      kind: 'Resource',
      namespace: 'default',
      name: 'orders-db',
      tags: [],
      links: [],
    };
    await renderInTestApp(<EntitySummaryCard entity={bare} />, {
      mountedRoutes,
    });

    expect(screen.getByText('orders-db')).toBeInTheDocument();
    expect(screen.getAllByRole('term').map(term => term.textContent)).toEqual([
      'Entity',
      'Kind',
    ]);
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });
});
