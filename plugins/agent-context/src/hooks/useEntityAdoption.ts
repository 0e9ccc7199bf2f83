import { useApi } from '@backstage/core-plugin-api';
import { AdoptionDetailOf } from '@agent-context/plugin-agent-context-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { agentContextApiRef } from '../api';
import { lastDays, todayUtc } from '../adoption';

/** What {@link useEntityAdoption} returns. */
export interface EntityAdoptionState {
  adoption?: AdoptionDetailOf;
  loading: boolean;
  error?: Error;
  retry: () => void;
}

/**
 * Loads the adoption of one service, or of one team for a group ref, over
 * the last `days` days in weekly buckets.
 */
export function useEntityAdoption(
  entityRef: string,
  days: number,
): EntityAdoptionState {
  const api = useApi(agentContextApiRef);
  const { value, loading, error, retry } = useAsyncRetry(
    () =>
      api.getEntityAdoption(entityRef, {
        ...lastDays(days, todayUtc()),
        bucket: 'week',
      }),
    [api, entityRef, days],
  );
  return { adoption: value, loading, error, retry };
}
