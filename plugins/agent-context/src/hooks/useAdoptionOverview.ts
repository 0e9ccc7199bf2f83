import { AdoptionOverview } from '@agent-context/plugin-agent-context-common';
import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { AdoptionRange } from '../adoption';
import { agentContextApiRef } from '../api';

/** What {@link useAdoptionOverview} returns. */
export interface AdoptionOverviewState {
  overview?: AdoptionOverview;
  loading: boolean;
  error?: Error;
  retry: () => void;
}

/**
 * The organisation's adoption over a range, weekly. With `skip`, nothing
 * is asked, for a caller that already holds the same answer.
 */
export function useAdoptionOverview(
  range: AdoptionRange,
  options?: { skip?: boolean },
): AdoptionOverviewState {
  const api = useApi(agentContextApiRef);
  const { from, to } = range;
  const skip = options?.skip ?? false;
  const { value, loading, error, retry } = useAsyncRetry(
    async () =>
      skip ? undefined : api.getAdoptionOverview({ from, to, bucket: 'week' }),
    [api, from, to, skip],
  );
  return { overview: value, loading, error, retry };
}
