import { act, renderHook, waitFor } from '@testing-library/react';
import { checkoutServiceAgentsMd } from '../__fixtures__/entityContext';
import { agentContextApiWrapper, mockAgentContextApi } from '../__testUtils__';
import { useAgentsMd } from './useAgentsMd';

describe('useAgentsMd', () => {
  const api = mockAgentContextApi();
  const wrapper = agentContextApiWrapper(api);

  beforeEach(() => {
    api.getAgentsMd.mockReset();
  });

  it('loads the whole document when no budget is given', async () => {
    api.getAgentsMd.mockResolvedValue(checkoutServiceAgentsMd);
    const { result } = renderHook(
      () =>
        useAgentsMd({
          kind: 'Component',
          namespace: 'default',
          name: 'checkout-service',
        }),
      { wrapper },
    );

    expect(result.current.loading).toBe(true);
    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(result.current.document).toEqual(checkoutServiceAgentsMd);
    expect(api.getAgentsMd).toHaveBeenCalledWith(
      'component:default/checkout-service',
      undefined,
    );
  });

  it('loads again with the budget when it changes', async () => {
    api.getAgentsMd.mockResolvedValue(checkoutServiceAgentsMd);
    const { result, rerender } = renderHook(
      ({ maxTokens }: { maxTokens?: number }) =>
        useAgentsMd('component:default/checkout-service', { maxTokens }),
      { wrapper, initialProps: {} },
    );
    await waitFor(() => expect(result.current.loading).toBe(false));

    rerender({ maxTokens: 500 });

    await waitFor(() => expect(api.getAgentsMd).toHaveBeenCalledTimes(2));
    expect(api.getAgentsMd).toHaveBeenLastCalledWith(
      'component:default/checkout-service',
      { maxTokens: 500 },
    );
  });

  it('reports a failure and loads again on retry', async () => {
    api.getAgentsMd
      .mockRejectedValueOnce(new Error('Backend unavailable'))
      .mockResolvedValueOnce(checkoutServiceAgentsMd);
    const { result } = renderHook(
      () => useAgentsMd('component:default/checkout-service'),
      { wrapper },
    );

    await waitFor(() =>
      expect(result.current.error?.message).toBe('Backend unavailable'),
    );
    act(() => result.current.retry());
    await waitFor(() =>
      expect(result.current.document).toEqual(checkoutServiceAgentsMd),
    );
  });
});
