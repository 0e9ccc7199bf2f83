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
      <BlastRadiusCard blastRadius={blastRadius} entityRef={entityRef} />,
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
      <BlastRadiusCard blastRadius={blastRadius} entityRef={entityRef} />,
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
      />,
      { mountedRoutes },
    );

    expect(
      screen.getByText(
        'No other entity depends on this one or consumes its APIs',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
