import { renderHook, waitFor } from '@testing-library/react';
import { sampleOverview } from '../__fixtures__/adoption';
import { agentContextApiWrapper, mockAgentContextApi } from '../__testUtils__';
import { useAdoptionOverview } from './useAdoptionOverview';

const range = { from: '2026-09-04', to: '2026-12-02' };

describe('useAdoptionOverview', () => {
  const api = mockAgentContextApi();
  const wrapper = agentContextApiWrapper(api);

  beforeEach(() => {
    jest.resetAllMocks();
    api.getAdoptionOverview.mockResolvedValue(sampleOverview);
  });

  it('reads the weekly overview of the range', async () => {
    const { result } = renderHook(() => useAdoptionOverview(range), {
      wrapper,
    });

    await waitFor(() => expect(result.current.overview).toBe(sampleOverview));
    expect(api.getAdoptionOverview).toHaveBeenCalledWith({
      ...range,
      bucket: 'week',
    });
  });

  it('asks nothing when told to skip', async () => {
    const { result } = renderHook(
      () => useAdoptionOverview(range, { skip: true }),
      { wrapper },
    );

    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(result.current.overview).toBeUndefined();
    expect(api.getAdoptionOverview).not.toHaveBeenCalled();
  });

  it('reports a refusal', async () => {
    api.getAdoptionOverview.mockRejectedValue(
      Object.assign(new Error('Forbidden'), { statusCode: 403 }),
    );
    const { result } = renderHook(() => useAdoptionOverview(range), {
      wrapper,
    });

    await waitFor(() =>
      expect(result.current.error?.message).toBe('Forbidden'),
    );
  });
});
