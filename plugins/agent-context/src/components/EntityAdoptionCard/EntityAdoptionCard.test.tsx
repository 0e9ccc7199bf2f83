import { screen, within } from '@testing-library/react';
import {
  definitionOf,
  mockAgentContextApi,
  renderOnEntityPage,
  responseErrorOf,
} from '../../__testUtils__';
import {
  figuresOf,
  sampleServiceAdoption,
  withheldFiguresOf,
} from '../../__fixtures__/adoption';
import { checkoutServiceEntity } from '../../__fixtures__/entityContext';
import { EntityAdoptionCard } from './EntityAdoptionCard';

describe('EntityAdoptionCard', () => {
  const api = mockAgentContextApi();
  const render = () =>
    renderOnEntityPage(<EntityAdoptionCard />, {
      api,
      entity: checkoutServiceEntity,
    });

  beforeEach(() => jest.resetAllMocks());

  it('asks for the last 90 days of the service, week by week', async () => {
    api.getEntityAdoption.mockResolvedValue(sampleServiceAdoption);
    await render();

    await screen.findByText('Context fetches');
    const [ref, query] = api.getEntityAdoption.mock.calls[0];
    expect(ref).toBe('component:default/checkout-service');
    expect(query?.bucket).toBe('week');
    const days =
      (Date.parse(query!.to!) - Date.parse(query!.from!)) / 86_400_000 + 1;
    expect(days).toBe(90);
  });

  it('shows the headline figures and both weekly trends', async () => {
    api.getEntityAdoption.mockResolvedValue(sampleServiceAdoption);
    await render();

    const card = await screen.findByTestId('agent-adoption-card');
    await within(card).findByText('Context fetches');
    expect(definitionOf('Active users')).toHaveTextContent('8');
    expect(definitionOf('Cost')).toHaveTextContent('$1,250');
    expect(definitionOf('AI-assisted share')).toHaveTextContent(
      '63% of merged merge requests (baseline 10%)',
    );
    expect(
      within(card).getByRole('figure', { name: 'Requests per week' }),
    ).toBeInTheDocument();
    expect(
      within(card).getByRole('figure', {
        name: 'Merged merge requests per week',
      }),
    ).toBeInTheDocument();
  });

  it('says the figures are withheld when too few people used AI, never showing 0', async () => {
    api.getEntityAdoption.mockResolvedValue({
      ...sampleServiceAdoption,
      minimumGroupSize: 5,
      totals: withheldFiguresOf({
        mergeRequestsMerged: 18,
        aiAssistedShare: 0.17,
      }),
      buckets: sampleServiceAdoption.buckets.map(bucket => ({
        ...bucket,
        ...withheldFiguresOf({ mergeRequestsMerged: 2 }),
      })),
    });
    await render();

    expect(await screen.findByRole('note')).toHaveTextContent(
      'Fewer than 5 people used AI here; figures withheld for privacy',
    );
    expect(screen.queryByText('Active users')).not.toBeInTheDocument();
    expect(
      screen.getByText(/AI-assisted share of merged merge requests: 17%/),
    ).toBeInTheDocument();
  });

  it('shows how to connect a source when nothing was recorded', async () => {
    api.getEntityAdoption.mockResolvedValue({
      ...sampleServiceAdoption,
      totals: figuresOf(),
      buckets: [],
    });
    await render();

    expect(
      await screen.findByText('No AI usage recorded yet'),
    ).toBeInTheDocument();
    expect(screen.getByText(/telemetry-env/)).toBeInTheDocument();
  });

  it('shows progress while the figures load', async () => {
    api.getEntityAdoption.mockReturnValue(new Promise(() => {}));
    await render();
    expect(await screen.findByRole('progressbar')).toBeInTheDocument();
  });

  it('says the reader may not read adoption figures on a 403', async () => {
    api.getEntityAdoption.mockRejectedValue(
      await responseErrorOf(403, 'no adoption'),
    );
    await render();
    expect(
      await screen.findByText(/You may not read adoption figures/),
    ).toBeInTheDocument();
  });

  it('shows any other failure as an error', async () => {
    api.getEntityAdoption.mockRejectedValue(
      await responseErrorOf(500, 'Store unavailable'),
    );
    await render();
    expect(await screen.findByText('Store unavailable')).toBeInTheDocument();
  });
});
