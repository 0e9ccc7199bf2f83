import { useApi } from '@backstage/core-plugin-api';
import { EntityReadiness } from '@agent-context/plugin-agent-context-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { agentContextApiRef } from '../api';
import { useConventionsRevision } from './ConventionsRevisionContext';

/** What {@link useEntityReadiness} returns. */
export interface EntityReadinessState {
  readiness?: EntityReadiness;
  loading: boolean;
  error?: Error;
  retry: () => void;
}

/** Loads one entity's agent readiness, with every check and its fix. */
export function useEntityReadiness(entityRef: string): EntityReadinessState {
  const api = useApi(agentContextApiRef);
  // Conventions are checks of the score, so it reloads after every write.
  const { revision } = useConventionsRevision();
  const { value, loading, error, retry } = useAsyncRetry(
    () => api.getEntityReadiness(entityRef),
    [api, entityRef, revision],
  );
  return { readiness: value, loading, error, retry };
}
