import {
  ReadinessListQuery,
  ReadinessPage,
} from '@agent-context/plugin-agent-context-common';
import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { agentContextApiRef } from '../api';

/** What {@link useReadinessList} returns. */
export interface ReadinessListState {
  page?: ReadinessPage;
  loading: boolean;
  error?: Error;
  retry: () => void;
}

/** A page of entities' agent readiness. */
export function useReadinessList(
  query: ReadinessListQuery,
): ReadinessListState {
  const api = useApi(agentContextApiRef);
  const key = JSON.stringify(query);
  const { value, loading, error, retry } = useAsyncRetry(
    () => api.listReadiness(JSON.parse(key)),
    [api, key],
  );
  return { page: value, loading, error, retry };
}
