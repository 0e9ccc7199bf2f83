import {
  CompoundEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { EntityContext } from '@agent-context/plugin-agent-context-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { agentContextApiRef } from '../api';
import { useConventionsRevision } from './ConventionsRevisionContext';

/** What {@link useEntityContext} returns. */
export interface EntityContextState {
  context?: EntityContext;
  loading: boolean;
  error?: Error;
  retry: () => void;
}

/**
 * Loads the agent context of one entity through the agent-context API.
 */
export function useEntityContext(
  entityRef: CompoundEntityRef | string,
): EntityContextState {
  const api = useApi(agentContextApiRef);
  // Conventions feed the context, so it reloads after every write.
  const { revision } = useConventionsRevision();
  // A string key, so that a new but equal ref object does not refetch.
  const ref =
    typeof entityRef === 'string' ? entityRef : stringifyEntityRef(entityRef);
  const { value, loading, error, retry } = useAsyncRetry(
    () => api.getEntityContext(ref),
    [api, ref, revision],
  );
  return { context: value, loading, error, retry };
}
