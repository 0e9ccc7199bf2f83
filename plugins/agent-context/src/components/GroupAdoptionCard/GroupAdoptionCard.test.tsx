import { Entity } from '@backstage/catalog-model';
import { screen, within } from '@testing-library/react';
import {
  mockAgentContextApi,
  renderOnEntityPage,
  responseErrorOf,
} from '../../__testUtils__';
import {
  figuresOf,
  sampleListOf,
  sampleReadinessItems,
  sampleServiceAdoption,
  sampleServiceItems,
  sampleTeamItems,
  withheldFiguresOf,
} from '../../__fixtures__/adoption';
import { GroupAdoptionCard } from './GroupAdoptionCard';

const checkoutTeam: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'checkout-team', namespace: 'default' },
  spec: { type: 'team', children: [] },
};

const teamAdoption = {
  ...sampleServiceAdoption,
  totals: sampleTeamItems[0].totals,
  entity: {
    ref: 'group:default/checkout-team',
    kind: 'group',
    title: 'Checkout',
    inCatalog: true,
  },
};

const teamServices = [
  sampleServiceItems[0],
  sampleServiceItems[2],
  sampleServiceItems[3],
];

function rowOf(name: string): HTMLElement {
  const table = screen.getByRole('table', { name: 'Team services' });
  return within(table).getByRole('link', { name }).closest('tr')!;
}

describe('GroupAdoptionCard', () => {
  const api = mockAgentContextApi();
  const render = () =>
    renderOnEntityPage(<GroupAdoptionCard />, { api, entity: checkoutTeam });

  beforeEach(() => {
    jest.resetAllMocks();
    api.getEntityAdoption.mockResolvedValue(teamAdoption);
    api.listAdoptionEntities.mockResolvedValue(sampleListOf(teamServices));
    api.listReadiness.mockResolvedValue({
      items: sampleReadinessItems,
      totalItems: sampleReadinessItems.length,
    });
  });

  it('asks for the team’s figures and the services it owns, with their readiness', async () => {
    await render();
    await screen.findByRole('table', { name: 'Team services' });

    expect(api.getEntityAdoption).toHaveBeenCalledWith(
      'group:default/checkout-team',
      expect.objectContaining({ bucket: 'week' }),
    );
    expect(api.listAdoptionEntities).toHaveBeenCalledWith(
      expect.objectContaining({ owner: 'group:default/checkout-team' }),
    );
    expect(api.listReadiness).toHaveBeenCalledWith(
      expect.objectContaining({ owner: 'group:default/checkout-team' }),
    );
  });

  it('shows the team’s headline and trend, and each service with its usage and readiness', async () => {
    await render();

    const card = await screen.findByTestId('group-adoption-card');
    await within(card).findByRole('table', { name: 'Team services' });
    expect(
      within(card).getByText('Requests per week', { exact: false }),
    ).toBeInTheDocument();
    expect(within(card).getByText('Its services (3)')).toBeInTheDocument();

    const checkout = rowOf('Checkout Service');
    expect(
      within(checkout).getByRole('link', { name: 'Checkout Service' }),
    ).toHaveAttribute('href', '/catalog/default/component/checkout-service');
    expect(checkout).toHaveTextContent('34K');
    expect(checkout).toHaveTextContent('$1,250');
    expect(
      within(checkout).getByLabelText(
        'Agent readiness 78 of 100, partly ready',
      ),
    ).toBeInTheDocument();

    const fraud = rowOf('Fraud Scoring');
    expect(within(fraud).getAllByText('withheld')).toHaveLength(3);
    expect(
      within(fraud).getByLabelText('Agent readiness 48 of 100, not ready'),
    ).toBeInTheDocument();
    expect(
      within(rowOf('Legacy Ledger')).getByLabelText(
        'Agent readiness 22 of 100, not ready',
      ),
    ).toBeInTheDocument();
  });

  it('says a service without a score is not scored, and that scores are unavailable when readiness fails', async () => {
    api.listReadiness.mockResolvedValueOnce({ items: [], totalItems: 0 });
    const { unmount } = await render();
    await screen.findByRole('table', { name: 'Team services' });
    expect(
      within(rowOf('Checkout Service')).getByText('not scored'),
    ).toBeInTheDocument();
    unmount();

    api.listReadiness.mockRejectedValueOnce(new Error('Scoring failed'));
    await render();
    await screen.findByRole('table', { name: 'Team services' });
    expect(
      within(rowOf('Checkout Service')).getByText('unavailable'),
    ).toHaveAttribute('title', 'Scoring failed');
  });

  it('says the team’s figures are withheld when it is small, and still lists its services', async () => {
    api.getEntityAdoption.mockResolvedValue({
      ...teamAdoption,
      totals: withheldFiguresOf(),
    });
    await render();

    expect(await screen.findByRole('note')).toHaveTextContent(
      'Fewer than 5 people used AI here; figures withheld for privacy',
    );
    expect(
      await screen.findByRole('table', { name: 'Team services' }),
    ).toBeInTheDocument();
  });

  it('shows how to connect a source when nothing was recorded for the team', async () => {
    api.getEntityAdoption.mockResolvedValue({
      ...teamAdoption,
      totals: figuresOf(),
    });
    api.listAdoptionEntities.mockResolvedValue(
      sampleListOf([sampleServiceItems[3]]),
    );
    await render();

    expect(
      await screen.findByText('No AI usage recorded yet'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows progress while loading', async () => {
    api.getEntityAdoption.mockReturnValue(new Promise(() => {}));
    await render();
    expect(await screen.findByRole('progressbar')).toBeInTheDocument();
  });

  it('says the reader may not read adoption figures on a 403', async () => {
    const refused = await responseErrorOf(403, 'no adoption');
    api.getEntityAdoption.mockRejectedValue(refused);
    api.listAdoptionEntities.mockRejectedValue(refused);
    await render();

    expect(
      await screen.findAllByText(/You may not read adoption figures/),
    ).toHaveLength(1);
  });

  it('shows any other failure as an error', async () => {
    api.getEntityAdoption.mockRejectedValue(
      await responseErrorOf(500, 'Store unavailable'),
    );
    await render();
    expect(await screen.findByText('Store unavailable')).toBeInTheDocument();
  });
});
