import { screen, within } from '@testing-library/react';
import {
  mockAgentContextApi,
  renderOnEntityPage,
  responseErrorOf,
} from '../../__testUtils__';
import { sampleReadiness } from '../../__fixtures__/adoption';
import { checkoutServiceEntity } from '../../__fixtures__/entityContext';
import { EntityReadinessCard } from './EntityReadinessCard';

describe('EntityReadinessCard', () => {
  const api = mockAgentContextApi();
  const render = () =>
    renderOnEntityPage(<EntityReadinessCard />, {
      api,
      entity: checkoutServiceEntity,
    });

  beforeEach(() => jest.resetAllMocks());

  it('shows the score, the fixes with their links, then the passed checks', async () => {
    api.getEntityReadiness.mockResolvedValue(sampleReadiness);
    await render();

    const card = await screen.findByTestId('agent-readiness-card');
    expect(
      within(card).getByLabelText('Agent readiness 78 of 100, partly ready'),
    ).toBeInTheDocument();
    expect(card).toHaveTextContent('3 of 5 checks pass');
    const fixes = within(card).getByRole('list', { name: 'Fixes' });
    expect(
      within(fixes).getByRole('link', {
        name: 'Fix Documentation (opens in a new tab)',
      }),
    ).toHaveAttribute('target', '_blank');
    expect(fixes).toHaveTextContent(
      'Send coding agent telemetry for this service.',
    );
    const passed = within(card).getByRole('list', { name: 'Passing checks' });
    expect(
      within(passed)
        .getAllByRole('listitem')
        .map(i => i.textContent),
    ).toEqual(['Owner resolvable', 'Description', 'A build or test command']);
    expect(api.getEntityReadiness).toHaveBeenCalledWith(
      'component:default/checkout-service',
    );
  });

  it('shows progress while the score loads', async () => {
    api.getEntityReadiness.mockReturnValue(new Promise(() => {}));
    await render();
    expect(
      await within(screen.getByTestId('agent-readiness-card')).findByRole(
        'progressbar',
      ),
    ).toBeInTheDocument();
  });

  it('says the entity is not scored when the backend does not score its kind', async () => {
    api.getEntityReadiness.mockRejectedValue(
      await responseErrorOf(404, 'not scored'),
    );
    await render();
    expect(await screen.findByText(/^Not scored:/)).toBeInTheDocument();
    expect(screen.queryByText('not scored')).not.toBeInTheDocument();
  });

  it('shows any other failure as an error', async () => {
    api.getEntityReadiness.mockRejectedValue(
      await responseErrorOf(500, 'Scoring failed'),
    );
    await render();
    expect(await screen.findByText('Scoring failed')).toBeInTheDocument();
  });
});
