import {
  AdoptionList,
  AdoptionListQuery,
  AgentContextApi,
} from '@agent-context/plugin-agent-context-common';
import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { AdoptionListScope } from '../adoption';
import { agentContextApiRef } from '../api';

/** What {@link useAdoptionList} returns. */
export interface AdoptionListState {
  /** The last page loaded; kept while the next one loads. */
  list?: AdoptionList;
  loading: boolean;
  error?: Error;
  retry: () => void;
}

/** The API method that answers a team or service list. */
export function adoptionListOf(
  api: AgentContextApi,
  scope: AdoptionListScope,
): (query: AdoptionListQuery) => Promise<AdoptionList> {
  return scope === 'teams'
    ? query => api.listAdoptionTeams(query)
    : query => api.listAdoptionEntities(query);
}

/**
 * A page of the team or service list, sorted, filtered and paged by the
 * API: the lists run to thousands of rows.
 */
export function useAdoptionList(
  scope: AdoptionListScope,
  query: AdoptionListQuery,
): AdoptionListState {
  const api = useApi(agentContextApiRef);
  // A string key, so that an equal query built anew does not ask again.
  const key = JSON.stringify(query);
  const { value, loading, error, retry } = useAsyncRetry(
    () => adoptionListOf(api, scope)(JSON.parse(key)),
    [api, scope, key],
  );
  return { list: value, loading, error, retry };
}
