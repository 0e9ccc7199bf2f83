import { act, renderHook, waitFor } from '@testing-library/react';
import { checkoutServiceContext } from '../__fixtures__/entityContext';
import { agentContextApiWrapper, mockAgentContextApi } from '../__testUtils__';
import { useEntityContext } from './useEntityContext';

describe('useEntityContext', () => {
  const api = mockAgentContextApi();
  const wrapper = agentContextApiWrapper(api);

  beforeEach(() => {
    api.getEntityContext.mockReset();
  });

  it('loads the context of a compound ref through the API', async () => {
    api.getEntityContext.mockResolvedValue(checkoutServiceContext);
    const { result } = renderHook(
      () =>
        useEntityContext({
          kind: 'Component',
          namespace: 'default',
          name: 'checkout-service',
        }),
      { wrapper },
    );

    expect(result.current.loading).toBe(true);
    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(result.current.context).toEqual(checkoutServiceContext);
    expect(result.current.error).toBeUndefined();
    expect(api.getEntityContext).toHaveBeenCalledWith(
      'component:default/checkout-service',
    );
  });

  it('does not refetch when rendered again with an equal ref', async () => {
    api.getEntityContext.mockResolvedValue(checkoutServiceContext);
    const { result, rerender } = renderHook(
      () =>
        useEntityContext({
          kind: 'component',
          namespace: 'default',
          name: 'checkout-service',
        }),
      { wrapper },
    );
    await waitFor(() => expect(result.current.loading).toBe(false));

    rerender();

    expect(api.getEntityContext).toHaveBeenCalledTimes(1);
  });

  it('reports a failure and loads again on retry', async () => {
    api.getEntityContext
      .mockRejectedValueOnce(new Error('Backend unavailable'))
      .mockResolvedValueOnce(checkoutServiceContext);
    const { result } = renderHook(
      () => useEntityContext('component:default/checkout-service'),
      { wrapper },
    );

    await waitFor(() =>
      expect(result.current.error?.message).toBe('Backend unavailable'),
    );
    act(() => result.current.retry());
    await waitFor(() =>
      expect(result.current.context).toEqual(checkoutServiceContext),
    );
    expect(result.current.error).toBeUndefined();
    expect(api.getEntityContext).toHaveBeenCalledTimes(2);
  });
});
