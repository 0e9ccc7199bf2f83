import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import { agentContextApiRef } from '../../api';
import { sampleReadinessItems } from '../../__fixtures__/adoption';
import { mockAgentContextApi } from '../../__testUtils__';
import { LeastReadyServices } from './LeastReadyServices';

describe('LeastReadyServices', () => {
  const api = mockAgentContextApi();

  beforeEach(() => jest.resetAllMocks());

  async function renderCard() {
    await renderInTestApp(
      <TestApiProvider apis={[[agentContextApiRef, api]]}>
        <LeastReadyServices />
      </TestApiProvider>,
      {
        mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      },
    );
  }

  it('lists the ten lowest scored components with their failing checks, each linked', async () => {
    api.listReadiness.mockResolvedValue({
      items: sampleReadinessItems,
      totalItems: 39,
    });
    await renderCard();

    const list = await screen.findByTestId('adoption-least-ready');
    expect(list).toHaveAccessibleName('Least agent-ready services');
    expect(api.listReadiness).toHaveBeenCalledWith({
      kind: 'component',
      sort: 'score',
      order: 'asc',
      limit: 10,
    });
    const ledger = within(list).getByRole('listitem', {
      name: 'Legacy Ledger',
    });
    expect(
      within(ledger).getByLabelText('Agent readiness 22 of 100, not ready'),
    ).toBeInTheDocument();
    expect(
      within(ledger).getByLabelText('Failing checks of Legacy Ledger'),
    ).toHaveTextContent('descriptiondocscommandagentUsage');
    expect(
      within(ledger).getByRole('link', { name: 'Legacy Ledger' }),
    ).toHaveAttribute('href', '/catalog/default/component/legacy-ledger');
    expect(
      screen.getByText(
        'The 3 lowest scores of 39 scored services, with the checks they fail',
      ),
    ).toBeInTheDocument();
  });

  it('says when nothing is scored yet', async () => {
    api.listReadiness.mockResolvedValue({ items: [], totalItems: 0 });
    await renderCard();

    expect(
      await screen.findByText(/No service is scored yet/),
    ).toBeInTheDocument();
  });

  it('shows a failure', async () => {
    api.listReadiness.mockRejectedValue(new Error('Scoring failed'));
    await renderCard();

    expect(
      await screen.findByText('Error: Scoring failed'),
    ).toBeInTheDocument();
  });
});
