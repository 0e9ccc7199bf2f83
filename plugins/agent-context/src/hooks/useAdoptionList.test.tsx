import { renderHook, waitFor } from '@testing-library/react';
import {
  sampleListOf,
  sampleServiceItems,
  sampleTeamItems,
} from '../__fixtures__/adoption';
import { agentContextApiWrapper, mockAgentContextApi } from '../__testUtils__';
import { useAdoptionList } from './useAdoptionList';

describe('useAdoptionList', () => {
  const api = mockAgentContextApi();
  const wrapper = agentContextApiWrapper(api);

  beforeEach(() => {
    jest.resetAllMocks();
    api.listAdoptionTeams.mockResolvedValue(sampleListOf(sampleTeamItems));
    api.listAdoptionEntities.mockResolvedValue(
      sampleListOf(sampleServiceItems),
    );
  });

  it('asks the team list for teams and the entity list for services', async () => {
    const teams = renderHook(() => useAdoptionList('teams', { sort: 'cost' }), {
      wrapper,
    });
    const services = renderHook(
      () => useAdoptionList('services', { lifecycle: 'production' }),
      { wrapper },
    );

    await waitFor(() =>
      expect(teams.result.current.list?.items).toEqual(sampleTeamItems),
    );
    await waitFor(() =>
      expect(services.result.current.list?.items).toEqual(sampleServiceItems),
    );
    expect(api.listAdoptionTeams).toHaveBeenCalledWith({ sort: 'cost' });
    expect(api.listAdoptionEntities).toHaveBeenCalledWith({
      lifecycle: 'production',
    });
  });

  it('asks again for a different query but not for an equal one built anew', async () => {
    const { result, rerender } = renderHook(
      ({ offset }) => useAdoptionList('teams', { limit: 50, offset }),
      { wrapper, initialProps: { offset: 0 } },
    );
    await waitFor(() => expect(result.current.loading).toBe(false));

    rerender({ offset: 0 });
    expect(api.listAdoptionTeams).toHaveBeenCalledTimes(1);

    rerender({ offset: 50 });
    await waitFor(() =>
      expect(api.listAdoptionTeams).toHaveBeenLastCalledWith({
        limit: 50,
        offset: 50,
      }),
    );
    expect(api.listAdoptionTeams).toHaveBeenCalledTimes(2);
  });
});
