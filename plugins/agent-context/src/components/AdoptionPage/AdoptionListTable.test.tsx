import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { agentContextApiRef } from '../../api';
import {
  sampleListOf,
  sampleServiceItems,
  sampleTeamItems,
} from '../../__fixtures__/adoption';
import { mockAgentContextApi } from '../../__testUtils__';
import { AdoptionServicesTable } from './AdoptionServicesTable';
import { AdoptionTeamsTable } from './AdoptionTeamsTable';

const range = { from: '2026-09-04', to: '2026-12-02' };
const firstPage = { ...range, limit: 50, offset: 0 };

describe('AdoptionListTable', () => {
  const api = mockAgentContextApi();

  beforeEach(() => {
    jest.resetAllMocks();
    api.listAdoptionTeams.mockResolvedValue(sampleListOf(sampleTeamItems));
    api.listAdoptionEntities.mockResolvedValue(
      sampleListOf(sampleServiceItems),
    );
  });

  async function renderServices() {
    await renderInTestApp(
      <TestApiProvider apis={[[agentContextApiRef, api]]}>
        <AdoptionServicesTable range={range} />
      </TestApiProvider>,
      {
        mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      },
    );
    return screen.findByRole('table', { name: 'Services' });
  }

  const lastQuery = () => api.listAdoptionEntities.mock.lastCall?.[0];

  it('shows a row per service with its facts and figures, withheld ones as withheld', async () => {
    const table = await renderServices();

    expect(
      screen.getByRole('heading', { name: 'Services' }),
    ).toBeInTheDocument();
    expect(table).toHaveAttribute('data-testid', 'adoption-services-table');
    const checkout = within(table).getByRole('row', {
      name: 'component:default/checkout-service',
    });
    expect(
      within(checkout)
        .getAllByRole('cell')
        .map(cell => cell.textContent),
    ).toEqual([
      'Checkout Service',
      'checkout-team',
      'checkout',
      'production',
      '8',
      '34K',
      '$1,250',
      '22M',
      '5',
      '63%',
      '1,300',
    ]);
    expect(
      within(checkout).getByRole('link', { name: 'Checkout Service' }),
    ).toHaveAttribute('href', '/catalog/default/component/checkout-service');

    const fraud = within(table).getByRole('row', {
      name: 'component:default/fraud-scoring',
    });
    const cells = within(fraud).getAllByRole('cell');
    expect(cells[4]).toHaveTextContent('withheld');
    expect(cells[5]).toHaveTextContent('withheld');
    expect(cells[6]).toHaveTextContent('withheld');
    expect(cells[7]).toHaveTextContent('withheld');
    // Merge requests are about the service, never a person: always shown.
    expect(cells[8]).toHaveTextContent('1.4');
    expect(
      screen.getByText(/Figures about fewer than 5 people are withheld/),
    ).toBeInTheDocument();
    expect(lastQuery()).toEqual({
      ...firstPage,
      sort: 'activeUsers',
      order: 'desc',
    });
  });

  it('sorts by the API: a figure most first, again for least first, a name from A', async () => {
    const table = await renderServices();

    await userEvent.click(within(table).getByRole('button', { name: 'Cost' }));
    await waitFor(() =>
      expect(lastQuery()).toEqual({
        ...firstPage,
        sort: 'cost',
        order: 'desc',
      }),
    );
    expect(
      within(table).getByRole('columnheader', { name: /Cost/ }),
    ).toHaveAttribute('aria-sort', 'descending');

    await userEvent.click(within(table).getByRole('button', { name: /Cost/ }));
    await waitFor(() =>
      expect(lastQuery()).toEqual({ ...firstPage, sort: 'cost', order: 'asc' }),
    );

    await userEvent.click(
      within(table).getByRole('button', { name: 'Service' }),
    );
    await waitFor(() =>
      expect(lastQuery()).toEqual({ ...firstPage, sort: 'ref', order: 'asc' }),
    );
  });

  it('cannot sort by tokens, which the API does not sort by', async () => {
    const table = await renderServices();

    expect(
      within(table).getByRole('columnheader', { name: 'Tokens' }),
    ).toBeInTheDocument();
    expect(
      within(table).queryByRole('button', { name: 'Tokens' }),
    ).not.toBeInTheDocument();
  });

  it('filters by owner, system and lifecycle through the API', async () => {
    await renderServices();

    await userEvent.type(
      screen.getByRole('textbox', { name: 'Owner' }),
      'payments-team',
    );
    await userEvent.type(
      screen.getByRole('textbox', { name: 'System' }),
      'payments',
    );
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Lifecycle' }),
      ' deprecated ',
    );

    await waitFor(() =>
      expect(lastQuery()).toEqual({
        ...firstPage,
        sort: 'activeUsers',
        order: 'desc',
        owner: 'payments-team',
        system: 'payments',
        lifecycle: 'deprecated',
      }),
    );
  });

  it('pages by 50 and starts again from the first page on a new order', async () => {
    api.listAdoptionEntities.mockResolvedValue({
      ...sampleListOf(sampleServiceItems),
      totalItems: 120,
    });
    const table = await renderServices();
    expect(screen.getByText('1–50 of 120')).toBeInTheDocument();

    await userEvent.click(
      screen.getByRole('button', { name: 'Go to next page' }),
    );
    await waitFor(() => expect(lastQuery()?.offset).toBe(50));
    expect(screen.getByText('51–100 of 120')).toBeInTheDocument();

    await userEvent.click(
      within(table).getByRole('button', { name: 'Requests' }),
    );
    await waitFor(() =>
      expect(lastQuery()).toEqual({
        ...firstPage,
        sort: 'requests',
        order: 'desc',
      }),
    );
  });

  it('says when no service matches the filters', async () => {
    await renderServices();
    api.listAdoptionEntities.mockResolvedValue(sampleListOf([]));

    await userEvent.type(
      screen.getByRole('textbox', { name: 'Owner' }),
      'nobody',
    );

    expect(
      await screen.findByText('No services match the filters.'),
    ).toBeInTheDocument();
  });

  it('filters teams by their parent group', async () => {
    await renderInTestApp(
      <TestApiProvider apis={[[agentContextApiRef, api]]}>
        <AdoptionTeamsTable range={range} />
      </TestApiProvider>,
      {
        mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      },
    );
    const table = await screen.findByRole('table', { name: 'Teams' });
    expect(table).toHaveAttribute('data-testid', 'adoption-teams-table');
    expect(
      within(table).getByRole('row', { name: 'group:default/ml-team' }),
    ).toHaveTextContent('MLdata-and-mlwithheld');

    await userEvent.type(
      screen.getByRole('textbox', { name: 'Parent group' }),
      'engineering',
    );

    await waitFor(() =>
      expect(api.listAdoptionTeams).toHaveBeenLastCalledWith({
        ...firstPage,
        sort: 'activeUsers',
        order: 'desc',
        owner: 'engineering',
      }),
    );
    expect(
      screen.queryByRole('textbox', { name: 'System' }),
    ).not.toBeInTheDocument();
  });

  describe('Export CSV', () => {
    const createObjectURL = jest.fn((_blob: Blob) => 'blob:adoption');
    let clicked: HTMLAnchorElement[];

    beforeEach(() => {
      clicked = [];
      // jsdom has no object URLs.
      Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
      jest
        .spyOn(HTMLAnchorElement.prototype, 'click')
        .mockImplementation(function record(this: HTMLAnchorElement) {
          clicked.push(this);
        });
    });

    afterEach(() => {
      jest.restoreAllMocks();
      createObjectURL.mockClear();
    });

    it('saves every page of the filtered list, not only the one shown', async () => {
      await renderServices();
      await userEvent.type(
        screen.getByRole('textbox', { name: 'Owner' }),
        'payments-team',
      );
      await waitFor(() => expect(lastQuery()?.owner).toBe('payments-team'));
      api.listAdoptionEntities
        .mockResolvedValueOnce({
          ...sampleListOf([sampleServiceItems[1]]),
          nextCursor: 'next',
        })
        .mockResolvedValueOnce(sampleListOf([sampleServiceItems[3]]));

      await userEvent.click(
        screen.getByRole('button', { name: 'Export Services CSV' }),
      );

      await waitFor(() => expect(clicked).toHaveLength(1));
      expect(clicked[0]).toHaveAttribute(
        'download',
        'ai-adoption-services-2026-09-04-to-2026-12-02.csv',
      );
      const exportQuery = {
        ...range,
        sort: 'activeUsers',
        order: 'desc',
        owner: 'payments-team',
        limit: 500,
      };
      expect(api.listAdoptionEntities.mock.calls.slice(-2)).toEqual([
        [{ ...exportQuery, cursor: undefined }],
        [{ ...exportQuery, cursor: 'next' }],
      ]);
      const blob = createObjectURL.mock.calls[0][0];
      expect(blob.type).toBe('text/csv;charset=utf-8');
      const lines = (await blob.text()).split('\r\n');
      expect(lines[0]).toMatch(/^ref,title,owner,system,lifecycle,active,/);
      expect(lines.slice(1, 3).map(line => line.split(',')[0])).toEqual([
        'component:default/payments-service',
        'component:default/legacy-ledger',
      ]);
      expect(lines).toHaveLength(4);
    });

    it('says when the export failed', async () => {
      await renderServices();
      api.listAdoptionEntities.mockRejectedValueOnce(new Error('Timed out'));

      await userEvent.click(
        screen.getByRole('button', { name: 'Export Services CSV' }),
      );

      expect(
        await screen.findByText('The export failed: Timed out'),
      ).toBeInTheDocument();
      expect(clicked).toHaveLength(0);
    });
  });
});
