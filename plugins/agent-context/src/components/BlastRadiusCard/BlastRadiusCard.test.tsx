import { BlastRadiusEntry } from '@agent-context/plugin-agent-context-common';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { renderInTestApp } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { checkoutServiceContext } from '../../__fixtures__/entityContext';
import { BlastRadiusCard } from './BlastRadiusCard';

const mountedRoutes = { '/catalog/:namespace/:kind/:name': entityRouteRef };
const { blastRadius } = checkoutServiceContext;
const entityRef = checkoutServiceContext.entity.ref;

function cellsOf(row: HTMLElement): (string | null)[] {
  return within(row)
    .getAllByRole('cell')
    .map(cell => cell.textContent);
}

describe('BlastRadiusCard', () => {
  it('says how many entities a change can affect and lists them by depth', async () => {
    await renderInTestApp(
      <BlastRadiusCard
        blastRadius={blastRadius}
        entityRef={entityRef}
        kind="Component"
      />,
      { mountedRoutes },
    );

    expect(
      screen.getByText('A change here can affect 3 entities'),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Blast radius' });
    const [, ...rows] = within(table).getAllByRole('row');
    expect(rows.map(cellsOf)).toEqual([
      [
        'storefront-web',
        '1',
        'depends on this entity',
        'web-team',
        'experimental',
      ],
      [
        'mobile-app',
        '1',
        'consumes an API of this entity',
        'mobile-team',
        'production',
      ],
      [
        'marketing-site',
        '2',
        'depends on storefront-web',
        'web-team',
        'production',
      ],
    ]);
  });

  it('links each entity, the entity it was reached through and the owner', async () => {
    await renderInTestApp(
      <BlastRadiusCard
        blastRadius={blastRadius}
        entityRef={entityRef}
        kind="Component"
      />,
      { mountedRoutes },
    );

    const row = screen
      .getByRole('link', { name: 'marketing-site' })
      .closest('tr')!;
    const [entity, , how, owner] = within(row).getAllByRole('cell');
    expect(within(entity).getByRole('link')).toHaveAttribute(
      'href',
      '/catalog/default/component/marketing-site',
    );
    expect(
      within(how).getByRole('link', { name: 'storefront-web' }),
    ).toHaveAttribute('href', '/catalog/default/component/storefront-web');
    expect(
      within(owner).getByRole('link', { name: 'web-team' }),
    ).toHaveAttribute('href', '/catalog/default/group/web-team');
    expect(screen.queryByText(/^Stopped at depth/)).not.toBeInTheDocument();
  });

  it('notes where the walk stopped when the list is truncated', async () => {
    await renderInTestApp(
      <BlastRadiusCard
        blastRadius={{ ...blastRadius, maxDepth: 2, truncated: true }}
        entityRef={entityRef}
        kind="Component"
      />,
      { mountedRoutes },
    );

    expect(
      screen.getByText('A change here can affect at least 3 entities'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Stopped at depth 2 / 3 entries: more entities may be affected.',
      ),
    ).toBeInTheDocument();
  });

  it('shows ten rows of a long list and the rest on demand', async () => {
    const entries: BlastRadiusEntry[] = Array.from(
      { length: 12 },
      (_, index) => ({
        ref: `component:default/dependent-${index + 1}`,
        kind: 'Component',
        resolved: true,
        depth: 1,
        via: entityRef,
        relation: 'dependsOn',
      }),
    );
    await renderInTestApp(
      <BlastRadiusCard
        blastRadius={{ entries, maxDepth: 3, truncated: false }}
        entityRef={entityRef}
        kind="Component"
      />,
      { mountedRoutes },
    );

    const table = screen.getByRole('table', { name: 'Blast radius' });
    expect(within(table).getAllByRole('row')).toHaveLength(11);
    await userEvent.click(screen.getByRole('button', { name: 'Show all 12' }));
    expect(within(table).getAllByRole('row')).toHaveLength(13);
  });

  it('marks an affected entity that is not in the catalog', async () => {
    await renderInTestApp(
      <BlastRadiusCard
        blastRadius={{
          entries: [
            {
              ref: 'component:default/warehouse-robotics',
              kind: 'component',
              resolved: false,
              depth: 1,
              via: entityRef,
              relation: 'consumesApi',
            },
          ],
          maxDepth: 3,
          truncated: false,
        }}
        entityRef={entityRef}
        kind="Component"
      />,
      { mountedRoutes },
    );

    expect(
      screen.getByText('A change here can affect 1 entity'),
    ).toBeInTheDocument();
    expect(screen.getByText('not in catalog')).toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it('says so when nothing depends on the entity', async () => {
    await renderInTestApp(
      <BlastRadiusCard
        blastRadius={{ entries: [], maxDepth: 3, truncated: false }}
        entityRef={entityRef}
        kind="Component"
      />,
      { mountedRoutes },
    );

    expect(
      screen.getByText('Nothing in the catalog is affected by a change here'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Counted: entities that depend on it or consume an API it provides, then theirs',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('says why a group has no blast radius', async () => {
    await renderInTestApp(
      <BlastRadiusCard
        blastRadius={{ entries: [], maxDepth: 3, truncated: false }}
        entityRef="group:default/checkout-team"
        kind="Group"
      />,
      { mountedRoutes },
    );

    expect(
      screen.getByText(/^None for a group: a change to a group or user/),
    ).toBeInTheDocument();
  });

  it('names the API each consumer consumes, and counts only what is outside a system', async () => {
    const systemRef = 'system:default/checkout';
    await renderInTestApp(
      <BlastRadiusCard
        blastRadius={{
          entries: [
            {
              ref: 'component:default/storefront-web',
              kind: 'Component',
              resolved: true,
              depth: 1,
              via: 'component:default/cart-service',
              relation: 'consumesApi',
              api: 'api:default/cart-api',
            },
            {
              ref: 'component:default/mobile-bff',
              kind: 'Component',
              resolved: true,
              depth: 1,
              via: 'api:default/cart-api',
              relation: 'consumesApi',
              api: 'api:default/cart-api',
            },
          ],
          maxDepth: 3,
          truncated: false,
        }}
        entityRef={systemRef}
        kind="System"
      />,
      { mountedRoutes },
    );

    expect(
      screen.getByText(
        'A change here can affect 2 entities outside this system',
      ),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Blast radius' });
    const [, first, second] = within(table).getAllByRole('row');
    expect(cellsOf(first)[2]).toBe('consumes cart-api of cart-service');
    expect(
      within(first).getByRole('link', { name: 'cart-api' }),
    ).toHaveAttribute('href', '/catalog/default/api/cart-api');
    expect(cellsOf(second)[2]).toBe('consumes cart-api');
  });
});
