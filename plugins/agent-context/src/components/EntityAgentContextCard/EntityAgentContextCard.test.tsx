import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { agentContextApiRef } from '../../api';
import {
  checkoutServiceAgentsMd,
  checkoutServiceContext,
  checkoutServiceEntity,
} from '../../__fixtures__/entityContext';
import { definitionOf, mockAgentContextApi } from '../../__testUtils__';
import { EntityAgentContextCard } from './EntityAgentContextCard';

const mountedRoutes = { '/catalog/:namespace/:kind/:name': entityRouteRef };

describe('EntityAgentContextCard', () => {
  const api = mockAgentContextApi();

  function renderCard(props: { tabPath?: string } = {}) {
    return renderInTestApp(
      <TestApiProvider apis={[[agentContextApiRef, api]]}>
        <EntityProvider entity={checkoutServiceEntity}>
          <EntityAgentContextCard {...props} />
        </EntityProvider>
      </TestApiProvider>,
      { mountedRoutes },
    );
  }

  beforeEach(() => {
    api.getEntityContext.mockReset();
    api.getAgentsMd.mockReset();
  });

  it('sums up the owner, the relations, the blast radius and the AGENTS.md size', async () => {
    api.getEntityContext.mockResolvedValue(checkoutServiceContext);
    api.getAgentsMd.mockResolvedValue(checkoutServiceAgentsMd);
    await renderCard();

    expect(
      await screen.findByRole('link', { name: 'Checkout Team' }),
    ).toHaveAttribute('href', '/catalog/default/group/checkout-team');
    expect(definitionOf('Depends on')).toHaveTextContent('2 entities');
    expect(definitionOf('Depended on by')).toHaveTextContent('1 entity');
    expect(definitionOf('APIs')).toHaveTextContent('1 provided, 1 consumed');
    expect(definitionOf('Blast radius')).toHaveTextContent('3 entities');
    expect(await screen.findByText('1,234 tokens')).toBeInTheDocument();
    expect(api.getEntityContext).toHaveBeenCalledWith(
      'component:default/checkout-service',
    );
  });

  it('links to the Agent context tab of the entity', async () => {
    api.getEntityContext.mockResolvedValue(checkoutServiceContext);
    api.getAgentsMd.mockResolvedValue(checkoutServiceAgentsMd);
    await renderCard();

    expect(
      await screen.findByRole('link', { name: /View agent context/ }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/component/checkout-service/agent-context',
    );
  });

  it('links to the tab at another path when told', async () => {
    api.getEntityContext.mockResolvedValue(checkoutServiceContext);
    api.getAgentsMd.mockResolvedValue(checkoutServiceAgentsMd);
    await renderCard({ tabPath: 'ai' });

    expect(
      await screen.findByRole('link', { name: /View agent context/ }),
    ).toHaveAttribute('href', '/catalog/default/component/checkout-service/ai');
  });

  it('says "at least" for a truncated blast radius and when there is no owner', async () => {
    api.getEntityContext.mockResolvedValue({
      ...checkoutServiceContext,
      ownership: { parents: [], members: [], memberCount: 0 },
      blastRadius: { ...checkoutServiceContext.blastRadius, truncated: true },
    });
    api.getAgentsMd.mockResolvedValue(checkoutServiceAgentsMd);
    await renderCard();

    expect(await screen.findByText('None declared')).toBeInTheDocument();
    expect(definitionOf('Blast radius')).toHaveTextContent(
      'at least 3 entities',
    );
  });

  it('keeps the summary when the AGENTS.md cannot be loaded', async () => {
    api.getEntityContext.mockResolvedValue(checkoutServiceContext);
    api.getAgentsMd.mockRejectedValue(new Error('Backend unavailable'));
    await renderCard();

    expect(await screen.findByText('unavailable')).toHaveAttribute(
      'title',
      'Backend unavailable',
    );
    expect(definitionOf('APIs')).toHaveTextContent('1 provided, 1 consumed');
  });

  it('shows an error panel when the context fails', async () => {
    api.getEntityContext.mockRejectedValue(new Error('Backend unavailable'));
    api.getAgentsMd.mockResolvedValue(checkoutServiceAgentsMd);
    await renderCard();

    expect(
      await screen.findByText('Error: Backend unavailable'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('term')).not.toBeInTheDocument();
  });

  it('sums up what the kind has: an API its providers and consumers', async () => {
    const component = (name: string) => ({
      ref: `component:default/${name}`,
      kind: 'Component',
      resolved: true,
    });
    api.getEntityContext.mockResolvedValue({
      ...checkoutServiceContext,
      entity: { ...checkoutServiceContext.entity, kind: 'API' },
      api: {
        providedBy: [component('checkout-service')],
        consumedBy: [component('storefront-web'), component('mobile-app')],
      },
    });
    api.getAgentsMd.mockResolvedValue(checkoutServiceAgentsMd);
    await renderCard();

    expect(await screen.findByText('Provided by')).toBeInTheDocument();
    expect(definitionOf('Provided by')).toHaveTextContent('1 entity');
    expect(definitionOf('Consumed by')).toHaveTextContent('2 entities');
    expect(screen.queryByText('APIs')).not.toBeInTheDocument();
  });

  it('sums up a group without an owner row, and says it has no blast radius', async () => {
    api.getEntityContext.mockResolvedValue({
      ...checkoutServiceContext,
      entity: { ...checkoutServiceContext.entity, kind: 'Group' },
      ownership: { parents: [], members: [], memberCount: 0 },
      group: {
        parents: [],
        children: [],
        childCount: 0,
        members: [],
        memberCount: 4,
      },
      owns: { entities: [], count: 12 },
      blastRadius: { entries: [], maxDepth: 3, truncated: false },
    });
    api.getAgentsMd.mockResolvedValue(checkoutServiceAgentsMd);
    await renderCard();

    expect(await screen.findByText('Members')).toBeInTheDocument();
    expect(definitionOf('Members')).toHaveTextContent('4 entities');
    expect(definitionOf('Owns')).toHaveTextContent('12 entities');
    expect(definitionOf('Blast radius')).toHaveTextContent('None for a group');
    expect(screen.queryByText('Owner')).not.toBeInTheDocument();
    expect(screen.queryByText('Depends on')).not.toBeInTheDocument();
  });
});
