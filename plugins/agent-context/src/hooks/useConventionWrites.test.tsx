import { act, renderHook, waitFor } from '@testing-library/react';
import { ConventionConflictError } from '@agent-context/plugin-agent-context-common';
import { checkoutServiceAgentsMd } from '../__fixtures__/entityContext';
import { checkoutServiceScope, largePrsOk } from '../__fixtures__/conventions';
import { agentContextApiWrapper, mockAgentContextApi } from '../__testUtils__';
import { useAgentsMd } from './useAgentsMd';
import { useConventionScope } from './useConventionScope';
import { useConventionWrites } from './useConventionWrites';

const scope = 'component:default/checkout-service';

describe('useConventionWrites', () => {
  const api = mockAgentContextApi();

  beforeEach(() => {
    jest.resetAllMocks();
    api.getAgentsMd.mockResolvedValue(checkoutServiceAgentsMd);
    api.getConventionScope.mockResolvedValue(checkoutServiceScope);
  });

  /** The writes of the scope beside two readers of data derived from it. */
  function renderWithReaders() {
    return renderHook(
      () => ({
        writes: useConventionWrites(scope),
        agentsMd: useAgentsMd(scope),
        view: useConventionScope(scope),
      }),
      { wrapper: agentContextApiWrapper(api) },
    );
  }

  it('writes to its scope and reloads what depends on conventions', async () => {
    api.createConvention.mockResolvedValue(largePrsOk);
    api.updateConvention.mockResolvedValue(largePrsOk);
    api.deleteConvention.mockResolvedValue();
    const { result } = renderWithReaders();
    await waitFor(() => expect(result.current.view.view).toBeDefined());
    expect(api.getAgentsMd).toHaveBeenCalledTimes(1);

    await act(() =>
      result.current.writes.create({ id: 'PR-001', action: 'waive' }),
    );
    expect(api.createConvention).toHaveBeenCalledWith(scope, {
      id: 'PR-001',
      action: 'waive',
    });
    await waitFor(() => expect(api.getAgentsMd).toHaveBeenCalledTimes(2));
    expect(api.getConventionScope).toHaveBeenCalledTimes(2);

    await act(() =>
      result.current.writes.update({ id: 'PR-001', title: 'x', revision: 3 }),
    );
    expect(api.updateConvention).toHaveBeenCalledWith(scope, {
      id: 'PR-001',
      title: 'x',
      revision: 3,
    });
    await waitFor(() => expect(api.getAgentsMd).toHaveBeenCalledTimes(3));

    await act(() => result.current.writes.remove('PR-001', 4));
    expect(api.deleteConvention).toHaveBeenCalledWith(scope, 'PR-001', 4);
    await waitFor(() => expect(api.getAgentsMd).toHaveBeenCalledTimes(4));
  });

  it('rejects as the API did and reloads nothing when a write fails', async () => {
    const conflict = new ConventionConflictError('Stale', largePrsOk);
    api.updateConvention.mockRejectedValue(conflict);
    const { result } = renderWithReaders();
    await waitFor(() => expect(result.current.view.view).toBeDefined());

    await expect(
      result.current.writes.update({ id: 'PR-001', revision: 1 }),
    ).rejects.toBe(conflict);
    expect(api.getAgentsMd).toHaveBeenCalledTimes(1);
    expect(api.getConventionScope).toHaveBeenCalledTimes(1);
  });
});
