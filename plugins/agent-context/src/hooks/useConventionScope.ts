import { useApi } from '@backstage/core-plugin-api';
import {
  ConventionScope,
  ConventionScopeView,
} from '@agent-context/plugin-agent-context-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { agentContextApiRef } from '../api';
import { useConventionsRevision } from './ConventionsRevisionContext';

/** What {@link useConventionScope} returns. */
export interface ConventionScopeState {
  /** The last view loaded; kept while it reloads after a write. */
  view?: ConventionScopeView;
  loading: boolean;
  error?: Error;
  retry: () => void;
}

/**
 * One scope's own conventions and whether the viewer may edit them,
 * reloaded after every convention write on the page.
 */
export function useConventionScope(
  scope: ConventionScope,
): ConventionScopeState {
  const api = useApi(agentContextApiRef);
  const { revision } = useConventionsRevision();
  const { value, loading, error, retry } = useAsyncRetry(
    () => api.getConventionScope(scope),
    [api, scope, revision],
  );
  return { view: value, loading, error, retry };
}
