import { screen, within } from '@testing-library/react';
import {
  mockAgentContextApi,
  renderOnEntityPage,
  responseErrorOf,
} from '../../__testUtils__';
import {
  figuresOf,
  sampleReadiness,
  sampleServiceAdoption,
  withheldFiguresOf,
} from '../../__fixtures__/adoption';
import { checkoutServiceEntity } from '../../__fixtures__/entityContext';
import { EntityAgentReadinessOverviewCard } from './EntityAgentReadinessOverviewCard';

const threeFailing = {
  ...sampleReadiness,
  score: 40,
  checks: sampleReadiness.checks.map(check => ({ ...check, passed: false })),
};

describe('EntityAgentReadinessOverviewCard', () => {
  const api = mockAgentContextApi();
  const render = () =>
    renderOnEntityPage(<EntityAgentReadinessOverviewCard />, {
      api,
      entity: checkoutServiceEntity,
    });

  beforeEach(() => {
    jest.resetAllMocks();
    api.getEntityReadiness.mockResolvedValue(threeFailing);
    api.getEntityAdoption.mockResolvedValue(sampleServiceAdoption);
  });

  it('shows the score and only the three heaviest fixes, with their links', async () => {
    await render();

    const card = await screen.findByTestId('agent-readiness-overview-card');
    expect(
      await within(card).findByLabelText(
        'Agent readiness 40 of 100, not ready',
      ),
    ).toBeInTheDocument();
    const fixes = within(card).getAllByRole('listitem');
    expect(fixes.map(fix => fix.getAttribute('aria-label'))).toEqual([
      'Owner resolvable',
      'Documentation',
      'A build or test command',
    ]);
    expect(
      within(fixes[0]).getByRole('link', { name: /^Fix Owner resolvable/ }),
    ).toHaveAttribute('href', sampleReadiness.checks[0].link);
    expect(
      screen.getByRole('link', { name: /View agent context/ }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/component/checkout-service/agent-context',
    );
  });

  it('sums up the last 30 days of usage in one line', async () => {
    await render();

    expect(await screen.findByLabelText('Usage')).toHaveTextContent(
      'Last 30 days: 8 active users, 34K requests, 63% AI-assisted merges (baseline 10%).',
    );
    const [, query] = api.getEntityAdoption.mock.calls[0];
    expect(
      (Date.parse(query!.to!) - Date.parse(query!.from!)) / 86_400_000 + 1,
    ).toBe(30);
  });

  it('says usage is withheld, or not recorded yet, or not readable', async () => {
    api.getEntityAdoption.mockResolvedValueOnce({
      ...sampleServiceAdoption,
      totals: withheldFiguresOf(),
    });
    const { unmount } = await render();
    expect(
      await screen.findByText(
        'Fewer than 5 people used AI here; figures withheld for privacy.',
      ),
    ).toBeInTheDocument();
    unmount();

    api.getEntityAdoption.mockResolvedValueOnce({
      ...sampleServiceAdoption,
      totals: figuresOf(),
    });
    const second = await render();
    expect(
      await screen.findByText(/^No AI usage recorded yet/),
    ).toBeInTheDocument();
    second.unmount();

    api.getEntityAdoption.mockRejectedValueOnce(
      await responseErrorOf(403, 'no adoption'),
    );
    await render();
    expect(
      await screen.findByText('You may not read adoption figures.'),
    ).toBeInTheDocument();
  });

  it('says an entity of a kind that is not scored is not scored', async () => {
    api.getEntityReadiness.mockRejectedValue(
      await responseErrorOf(404, 'not scored'),
    );
    await render();
    expect(await screen.findByText(/^Not scored:/)).toBeInTheDocument();
  });

  it('shows progress while loading and an error when readiness fails', async () => {
    api.getEntityReadiness.mockReturnValueOnce(new Promise(() => {}));
    const { unmount } = await render();
    expect(await screen.findByRole('progressbar')).toBeInTheDocument();
    unmount();

    api.getEntityReadiness.mockRejectedValueOnce(
      await responseErrorOf(500, 'Scoring failed'),
    );
    await render();
    expect(await screen.findByText('Scoring failed')).toBeInTheDocument();
  });
});
