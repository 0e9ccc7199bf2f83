import { useApi } from '@backstage/core-plugin-api';
import { AdoptionList } from '@agent-context/plugin-agent-context-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { agentContextApiRef } from '../api';
import {
  ServiceWithReadiness,
  joinReadiness,
  lastDays,
  todayUtc,
} from '../adoption';

/** What {@link useTeamServices} returns. */
export interface TeamServicesState {
  services?: ServiceWithReadiness[];
  /** The list's answer, for its minimum group size and total. */
  list?: AdoptionList;
  loading: boolean;
  error?: Error;
  /** Why the scores are missing while the figures are shown. */
  readinessError?: Error;
  retry: () => void;
}

// One page is enough for a team's own services; the list says how many
// there are in all when a team owns more.
const SERVICES_LIMIT = 100;

/**
 * Loads the services a group owns with their figures over the last `days`
 * days, and joins their readiness. A failed readiness read leaves the
 * figures on screen without scores.
 */
export function useTeamServices(
  groupRef: string,
  days: number,
): TeamServicesState {
  const api = useApi(agentContextApiRef);
  const { value, loading, error, retry } = useAsyncRetry(async () => {
    const [list, readiness] = await Promise.all([
      api.listAdoptionEntities({
        owner: groupRef,
        ...lastDays(days, todayUtc()),
        sort: 'requests',
        order: 'desc',
        limit: SERVICES_LIMIT,
      }),
      api
        .listReadiness({ owner: groupRef, limit: 500 })
        .then(page => ({ page, error: undefined }))
        .catch((e: Error) => ({ page: undefined, error: e })),
    ]);
    return {
      list,
      services: joinReadiness(list.items, readiness.page?.items ?? []),
      readinessError: readiness.error,
    };
  }, [api, groupRef, days]);
  return {
    services: value?.services,
    list: value?.list,
    readinessError: value?.readinessError,
    loading,
    error,
    retry,
  };
}
