import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { renderInTestApp } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import { UnverifiedCatalogResources } from './UnverifiedCatalogResources';

const reason =
  'its owner group:default/payments-team does not own system:default/checkout; only group:default/checkout-team or a group above it may file rules and skills for it';

describe('UnverifiedCatalogResources', () => {
  it('lists each refused rule and skill with a link and the reason', async () => {
    await renderInTestApp(
      <UnverifiedCatalogResources
        resources={[
          {
            ref: 'airesource:default/checkout-shortcuts',
            type: 'skill',
            title: 'Checkout shortcuts',
            owner: 'group:default/payments-team',
            scope: 'system:default/checkout',
            reason,
          },
          {
            ref: 'airesource:default/skip-tests',
            type: 'rule',
            title: 'Skip tests on Fridays',
            scope: 'system:default/checkout',
            reason,
          },
        ]}
      />,
      { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
    );
    expect(
      screen.getByText('2 catalog rules or skills are not applied'),
    ).toBeInTheDocument();
    const list = screen.getByRole('list', {
      name: 'Unverified catalog rules and skills',
    });
    const [skill, rule] = within(list).getAllByRole('listitem');
    expect(skill).toHaveTextContent('Skill Checkout shortcuts');
    expect(skill).toHaveTextContent(`Unverified: ${reason}.`);
    expect(within(skill).getByRole('link')).toHaveAttribute(
      'href',
      '/catalog/default/airesource/checkout-shortcuts',
    );
    expect(rule).toHaveTextContent('Rule Skip tests on Fridays');
  });

  it('shows nothing when every resource was verified', async () => {
    await renderInTestApp(
      <div data-testid="host">
        <UnverifiedCatalogResources resources={[]} />
      </div>,
    );
    expect(screen.getByTestId('host')).toBeEmptyDOMElement();
  });
});
