import {
  AdoptionOverview,
  AdoptionRangeQuery,
} from '@agent-context/plugin-agent-context-common';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router-dom';
import { agentContextApiRef } from '../../api';
import {
  figuresOf,
  sampleListOf,
  sampleOverview,
  sampleReadinessItems,
  sampleServiceItems,
  sampleTeamItems,
  withheld,
} from '../../__fixtures__/adoption';
import { mockAgentContextApi } from '../../__testUtils__';
import { AdoptionPage } from './AdoptionPage';

/** The page's query string, for checking what the range picker wrote. */
function SearchProbe() {
  return <output data-testid="search">{useLocation().search}</output>;
}

const ninetyDays = '/agent-context/adoption?from=2026-09-04&to=2026-12-02';
const thirtyDays = '/agent-context/adoption?from=2026-11-03&to=2026-12-02';

/** The overview of the 30 days to 2026-12-02, asked for the active users tile. */
const lastMonth: AdoptionOverview = {
  ...sampleOverview,
  range: { from: '2026-11-03', to: '2026-12-02', bucket: 'week' },
  totals: figuresOf({ ...sampleOverview.totals, activeUsers: 48 }),
};

describe('AdoptionPage', () => {
  const api = mockAgentContextApi();

  beforeEach(() => {
    jest.resetAllMocks();
    api.getAdoptionOverview.mockImplementation(
      async (query?: AdoptionRangeQuery) =>
        query?.from === '2026-11-03' ? lastMonth : sampleOverview,
    );
    api.listAdoptionTeams.mockResolvedValue(sampleListOf(sampleTeamItems));
    api.listAdoptionEntities.mockResolvedValue(
      sampleListOf(sampleServiceItems),
    );
    api.listReadiness.mockResolvedValue({
      items: sampleReadinessItems,
      totalItems: 3,
    });
  });

  afterEach(() => {
    jest.useRealTimers();
  });

  async function renderPage(path = ninetyDays) {
    await renderInTestApp(
      <TestApiProvider apis={[[agentContextApiRef, api]]}>
        <AdoptionPage />
        <SearchProbe />
      </TestApiProvider>,
      {
        routeEntries: [path],
        mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      },
    );
  }

  const tile = (name: string) => screen.getByRole('group', { name });

  it('shows the headline figures of the range in tiles', async () => {
    await renderPage();
    const tiles = screen.getByTestId('adoption-tiles');
    await within(tiles).findByRole('group', { name: 'Requests' });

    expect(
      screen.getByRole('heading', { name: 'AI adoption' }),
    ).toBeInTheDocument();
    expect(tile('Requests')).toHaveTextContent('412.3K');
    expect(tile('Tokens')).toHaveTextContent('392M');
    expect(tile('Cost')).toHaveTextContent('$18,421');
    expect(tile('Teams with activity')).toHaveTextContent('8 of 10');
    expect(tile('Services with activity')).toHaveTextContent('30 of 39');
    expect(tile('Agent context fetches')).toHaveTextContent('15.2K');
    expect(tile('Merge requests per week')).toHaveTextContent(
      '67.7+32% vs 51.2 (baseline 2026-06-06 to 2026-09-03)',
    );
    expect(tile('AI-assisted share')).toHaveTextContent(
      '46%of merged merge requests; +38 pts vs 8% (baseline 2026-06-06 to 2026-09-03)',
    );
  });

  it('counts active AI users over the 30 days to the end of a longer range, as a share of the catalog users', async () => {
    await renderPage();

    await waitFor(() =>
      expect(tile('Active AI users')).toHaveTextContent(
        '482026-11-03 to 2026-12-02 · 50% of 96 catalog users',
      ),
    );
    expect(api.getAdoptionOverview).toHaveBeenCalledWith({
      from: '2026-09-04',
      to: '2026-12-02',
      bucket: 'week',
    });
    expect(api.getAdoptionOverview).toHaveBeenCalledWith({
      from: '2026-11-03',
      to: '2026-12-02',
      bucket: 'week',
    });
  });

  it('draws the weekly trends, the merge request ones against the baseline', async () => {
    await renderPage();

    expect(
      await screen.findByRole('figure', { name: 'Requests per week' }),
    ).toHaveTextContent('week of 2026-11-30: Requests 3,000');
    expect(
      screen.getByRole('figure', { name: 'Merged merge requests per week' }),
    ).toHaveTextContent('week of 2026-11-30: Merged 32');
    expect(
      screen.getByRole('figure', {
        name: 'AI-assisted share of merged merge requests',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Baseline: 2026-06-06 to 2026-09-03'),
    ).toBeInTheDocument();
    expect(screen.getByTestId('adoption-tiles')).not.toHaveTextContent(
      'Figures about fewer than',
    );
  });

  it('asks for no second overview when the range is those 30 days', async () => {
    await renderPage(thirtyDays);

    await waitFor(() =>
      expect(tile('Active AI users')).toHaveTextContent('48'),
    );
    expect(api.getAdoptionOverview).toHaveBeenCalledTimes(1);
  });

  it('says withheld, never zero, for figures withheld for privacy', async () => {
    api.getAdoptionOverview.mockResolvedValue({
      ...lastMonth,
      totals: figuresOf({
        ...lastMonth.totals,
        activeUsers: withheld,
        requests: withheld,
        tokensOut: withheld,
        cost: withheld,
        contextFetches: withheld,
      }),
    });
    await renderPage(thirtyDays);
    await screen.findByRole('group', { name: 'Requests' });

    for (const name of [
      'Active AI users',
      'Requests',
      'Tokens',
      'Cost',
      'Agent context fetches',
    ]) {
      const value = within(tile(name)).getByTestId('adoption-tile-value');
      expect({ name, text: value.textContent }).toEqual({
        name,
        text: 'withheld',
      });
      expect(
        within(value).getByLabelText(`Withheld: ${withheld.reason}`),
      ).toBeInTheDocument();
    }
    expect(tile('Active AI users')).toHaveTextContent('of 96 catalog users');
    expect(tile('Active AI users')).not.toHaveTextContent('%');
    expect(screen.getByTestId('adoption-tiles')).toHaveTextContent(
      'Figures about fewer than 5 people are withheld for their privacy',
    );
  });

  it('marks demo figures with a banner', async () => {
    api.getAdoptionOverview.mockResolvedValue({
      ...lastMonth,
      demo: { message: 'Generated by the demo; set adoption.demo to false.' },
    });
    await renderPage(thirtyDays);

    const banner = await screen.findByTestId('adoption-demo-banner');
    expect(banner).toHaveTextContent(
      'These figures are demo dataGenerated by the demo; set adoption.demo to false.',
    );
  });

  it('shows no demo banner for real figures', async () => {
    await renderPage(thirtyDays);
    await screen.findByRole('group', { name: 'Requests' });

    expect(
      screen.queryByTestId('adoption-demo-banner'),
    ).not.toBeInTheDocument();
  });

  it('says that a reader without the permission may not read the figures', async () => {
    api.getAdoptionOverview.mockRejectedValue(
      Object.assign(new Error('Request failed with 403 Forbidden'), {
        name: 'ResponseError',
        statusCode: 403,
      }),
    );
    await renderPage();

    expect(
      await screen.findByText('You may not read adoption figures'),
    ).toBeInTheDocument();
    expect(screen.getByTestId('adoption-forbidden')).toHaveTextContent(
      'agent-context.adoption.read',
    );
    expect(screen.queryByTestId('adoption-tiles')).not.toBeInTheDocument();
    expect(
      screen.queryByRole('table', { name: 'Teams' }),
    ).not.toBeInTheDocument();
  });

  it('shows any other failure as an error on the cards it breaks', async () => {
    api.getAdoptionOverview.mockRejectedValue(new Error('Backend unavailable'));
    await renderPage(thirtyDays);

    const tiles = screen.getByTestId('adoption-tiles');
    expect(
      await within(tiles).findByText('Error: Backend unavailable'),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('table', { name: 'Teams' }),
    ).toBeInTheDocument();
  });

  it('says how to connect a source when nothing was recorded', async () => {
    api.getAdoptionOverview.mockResolvedValue({
      ...lastMonth,
      totals: figuresOf(),
      buckets: [],
      teams: { withActivity: 0, inCatalog: 10 },
      services: { withActivity: 0, inCatalog: 39 },
    });
    await renderPage(thirtyDays);

    const tiles = screen.getByTestId('adoption-tiles');
    expect(
      await within(tiles).findByText('No AI usage recorded in this range yet'),
    ).toBeInTheDocument();
    expect(tiles).toHaveTextContent('npx @agent-context/cli telemetry-env');
    expect(screen.getByText('No trend to draw yet')).toBeInTheDocument();
  });

  it('sends the range of the link to every query', async () => {
    await renderPage();
    await screen.findByRole('table', { name: 'Services' });

    const range = { from: '2026-09-04', to: '2026-12-02' };
    expect(api.listAdoptionTeams).toHaveBeenCalledWith(
      expect.objectContaining(range),
    );
    expect(api.listAdoptionEntities).toHaveBeenCalledWith(
      expect.objectContaining(range),
    );
    expect(screen.getByTestId('adoption-range-from')).toHaveValue('2026-09-04');
    expect(screen.getByTestId('adoption-range-to')).toHaveValue('2026-12-02');
  });

  it('puts a custom range in the URL and queries it', async () => {
    await renderPage();
    await screen.findByRole('table', { name: 'Teams' });

    fireEvent.change(screen.getByTestId('adoption-range-from'), {
      target: { value: '2026-10-01' },
    });

    expect(screen.getByTestId('search')).toHaveTextContent(
      '?from=2026-10-01&to=2026-12-02',
    );
    await waitFor(() =>
      expect(api.getAdoptionOverview).toHaveBeenCalledWith({
        from: '2026-10-01',
        to: '2026-12-02',
        bucket: 'week',
      }),
    );
    await waitFor(() =>
      expect(api.listAdoptionTeams).toHaveBeenCalledWith(
        expect.objectContaining({ from: '2026-10-01', to: '2026-12-02' }),
      ),
    );
  });

  it('keeps the range and says why while the custom one is reversed', async () => {
    await renderPage();
    await screen.findByRole('table', { name: 'Teams' });
    api.getAdoptionOverview.mockClear();

    fireEvent.change(screen.getByTestId('adoption-range-from'), {
      target: { value: '2026-12-20' },
    });

    expect(screen.getByRole('alert')).toHaveTextContent(
      'From must not be after To.',
    );
    expect(screen.getByTestId('search')).toHaveTextContent(
      '?from=2026-09-04&to=2026-12-02',
    );
    expect(api.getAdoptionOverview).not.toHaveBeenCalled();
  });

  it('sets the last 90 days to today from its preset', async () => {
    // Only the clock is faked: the page's timers and promises run as usual.
    jest.useFakeTimers({
      now: new Date('2026-12-02T15:00:00Z'),
      doNotFake: [
        'setTimeout',
        'clearTimeout',
        'setInterval',
        'clearInterval',
        'setImmediate',
        'clearImmediate',
        'nextTick',
        'queueMicrotask',
        'requestAnimationFrame',
        'cancelAnimationFrame',
        'requestIdleCallback',
        'cancelIdleCallback',
        'hrtime',
        'performance',
      ],
    });
    await renderPage('/agent-context/adoption');
    await screen.findByRole('table', { name: 'Teams' });
    expect(
      screen.getByRole('button', { name: 'Last 30 days' }),
    ).toHaveAttribute('aria-pressed', 'true');

    await userEvent.click(screen.getByRole('button', { name: 'Last 90 days' }));

    expect(screen.getByTestId('search')).toHaveTextContent(
      '?from=2026-09-04&to=2026-12-02',
    );
    expect(
      screen.getByRole('button', { name: 'Last 90 days' }),
    ).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() =>
      expect(api.getAdoptionOverview).toHaveBeenCalledWith({
        from: '2026-09-04',
        to: '2026-12-02',
        bucket: 'week',
      }),
    );
  });

  it('falls back to the last 30 days, saying so, for a link with a bad range', async () => {
    await renderPage('/agent-context/adoption?from=2026-13-01&to=2026-12-02');

    expect(await screen.findByRole('alert')).toHaveTextContent(
      "The link's range was not used: From must be a date (YYYY-MM-DD). Showing the last 30 days.",
    );
    const [[query]] = api.getAdoptionOverview.mock.calls;
    expect(query?.from).not.toBe('2026-13-01');
  });

  it('lists teams and services without activity and the least agent-ready services', async () => {
    await renderPage();

    const noTeams = await screen.findByRole('list', {
      name: 'Teams with no activity',
    });
    expect(within(noTeams).getByRole('link', { name: 'Data' })).toHaveAttribute(
      'href',
      '/catalog/default/group/data-team',
    );
    const noServices = screen.getByTestId('adoption-no-activity-services');
    expect(
      within(noServices)
        .getAllByRole('link')
        .map(l => l.textContent),
    ).toEqual(['Legacy Ledger']);
    expect(
      await screen.findByTestId('adoption-least-ready'),
    ).toBeInTheDocument();
  });
});
