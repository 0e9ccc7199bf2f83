import { useApi } from '@backstage/core-plugin-api';
import { ConventionResolution } from '@agent-context/plugin-agent-context-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { agentContextApiRef } from '../api';
import { useConventionsRevision } from './ConventionsRevisionContext';

/** What {@link useConventionResolution} returns. */
export interface ConventionResolutionState {
  /** The last resolution loaded; kept while it reloads after a write. */
  resolution?: ConventionResolution;
  loading: boolean;
  error?: Error;
  retry: () => void;
}

/**
 * The conventions that apply to an entity, reloaded after every convention
 * write on the page.
 */
export function useConventionResolution(
  entityRef: string,
): ConventionResolutionState {
  const api = useApi(agentContextApiRef);
  const { revision } = useConventionsRevision();
  const { value, loading, error, retry } = useAsyncRetry(
    () => api.getConventionResolution(entityRef),
    [api, entityRef, revision],
  );
  return { resolution: value, loading, error, retry };
}
