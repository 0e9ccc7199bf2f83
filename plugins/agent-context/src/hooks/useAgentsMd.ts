import {
  CompoundEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { AgentsMdDocument } from '@agent-context/plugin-agent-context-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { agentContextApiRef } from '../api';
import { useConventionsRevision } from './ConventionsRevisionContext';

/** What {@link useAgentsMd} returns. */
export interface AgentsMdState {
  /** The last document loaded; kept while a new budget is being fetched. */
  document?: AgentsMdDocument;
  loading: boolean;
  error?: Error;
  retry: () => void;
}

/**
 * Loads the AGENTS.md of one entity through the agent-context API: within
 * the portal's default budget, or trimmed to `maxTokens` when it is given
 * (0 for the whole document).
 */
export function useAgentsMd(
  entityRef: CompoundEntityRef | string,
  options?: { maxTokens?: number },
): AgentsMdState {
  const api = useApi(agentContextApiRef);
  // Conventions feed the document, so it reloads after every write.
  const { revision } = useConventionsRevision();
  const ref =
    typeof entityRef === 'string' ? entityRef : stringifyEntityRef(entityRef);
  const maxTokens = options?.maxTokens;
  const { value, loading, error, retry } = useAsyncRetry(
    () =>
      api.getAgentsMd(ref, maxTokens === undefined ? undefined : { maxTokens }),
    [api, ref, maxTokens, revision],
  );
  return { document: value, loading, error, retry };
}
