import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import { agentContextApiRef } from '../../api';
import {
  sampleListOf,
  sampleServiceItems,
  sampleTeamItems,
} from '../../__fixtures__/adoption';
import { mockAgentContextApi } from '../../__testUtils__';
import { NoActivityList } from './NoActivityList';

const range = { from: '2026-09-04', to: '2026-12-02' };

describe('NoActivityList', () => {
  const api = mockAgentContextApi();

  beforeEach(() => jest.resetAllMocks());

  async function renderList(scope: 'teams' | 'services') {
    await renderInTestApp(
      <TestApiProvider apis={[[agentContextApiRef, api]]}>
        <NoActivityList scope={scope} range={range} />
      </TestApiProvider>,
      {
        mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      },
    );
  }

  it('lists the teams with nothing recorded, read quietest first', async () => {
    api.listAdoptionTeams.mockResolvedValue(sampleListOf(sampleTeamItems));
    await renderList('teams');

    const list = await screen.findByRole('list', {
      name: 'Teams with no activity',
    });
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    expect(within(list).getByRole('link', { name: 'Data' })).toHaveAttribute(
      'href',
      '/catalog/default/group/data-team',
    );
    expect(
      screen.getByText(
        '1 team with nothing recorded from 2026-09-04 to 2026-12-02.',
      ),
    ).toBeInTheDocument();
    expect(api.listAdoptionTeams).toHaveBeenCalledWith({
      ...range,
      sort: 'activeUsers',
      order: 'asc',
      limit: 100,
    });
  });

  it('says that more may follow when the page read ends on an inactive one', async () => {
    const inactive = sampleServiceItems[3];
    api.listAdoptionEntities.mockResolvedValue({
      ...sampleListOf([
        inactive,
        { ...inactive, ref: 'component:default/old-batch', title: 'Old Batch' },
      ]),
      totalItems: 2_000,
      nextCursor: 'more',
    });
    await renderList('services');

    expect(
      await screen.findByText(
        '2 or more services with nothing recorded from 2026-09-04 to 2026-12-02.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Only the 100 services with the fewest active AI users/),
    ).toBeInTheDocument();
  });

  it('says when every service has activity', async () => {
    api.listAdoptionEntities.mockResolvedValue(
      sampleListOf(sampleServiceItems.slice(0, 3)),
    );
    await renderList('services');

    expect(
      await screen.findByText('Every service has activity in this range.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('shows a failure', async () => {
    api.listAdoptionEntities.mockRejectedValue(new Error('Catalog loading'));
    await renderList('services');

    expect(
      await screen.findByText('Error: Catalog loading'),
    ).toBeInTheDocument();
  });
});
