import { RelatedEntity } from '@agent-context/plugin-agent-context-common';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { renderInTestApp } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RelatedEntityList } from './RelatedEntityList';

const mountedRoutes = { '/catalog/:namespace/:kind/:name': entityRouteRef };

function components(count: number): RelatedEntity[] {
  return Array.from({ length: count }, (_, index) => ({
    ref: `component:default/service-${index + 1}`,
    kind: 'Component',
    type: 'service',
    resolved: true,
  }));
}

describe('RelatedEntityList', () => {
  it('shows the first five of a long list and the rest on demand', async () => {
    await renderInTestApp(
      <RelatedEntityList label="Consumers" entities={components(8)} />,
      { mountedRoutes },
    );

    const list = screen.getByRole('list', { name: 'Consumers' });
    expect(within(list).getAllByRole('link')).toHaveLength(5);
    const more = within(list).getByRole('button', { name: '+3 more' });
    expect(more).toHaveAttribute('aria-expanded', 'false');

    await userEvent.click(more);

    expect(within(list).getAllByRole('link')).toHaveLength(8);
    expect(
      within(list).getByRole('link', { name: 'service-8' }),
    ).toHaveAttribute('href', '/catalog/default/component/service-8');

    await userEvent.click(
      within(list).getByRole('button', { name: 'Show fewer' }),
    );
    expect(within(list).getAllByRole('link')).toHaveLength(5);
  });

  it('shows a list one longer than the limit in full rather than "+1 more"', async () => {
    await renderInTestApp(
      <RelatedEntityList label="Consumers" entities={components(6)} />,
      { mountedRoutes },
    );

    expect(screen.getAllByRole('link')).toHaveLength(6);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('names the entity of the page instead of linking it', async () => {
    await renderInTestApp(
      <RelatedEntityList
        label="Providers"
        entities={components(2)}
        selfRef="component:default/service-1"
      />,
      { mountedRoutes },
    );

    expect(screen.getByText('this entity')).toBeInTheDocument();
    expect(screen.getAllByRole('link')).toHaveLength(1);
  });

  it('adds kind and type when asked', async () => {
    await renderInTestApp(
      <RelatedEntityList label="Parts" entities={components(1)} showKind />,
      { mountedRoutes },
    );

    expect(screen.getByRole('listitem')).toHaveTextContent(
      'service-1 · Component · service',
    );
  });

  it('says None for an empty list', async () => {
    await renderInTestApp(
      <RelatedEntityList label="Consumers" entities={[]} />,
      {
        mountedRoutes,
      },
    );

    expect(screen.getByText('None')).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });
});
