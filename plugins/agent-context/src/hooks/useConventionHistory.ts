import { useApi } from '@backstage/core-plugin-api';
import {
  ConventionHistoryEntry,
  ConventionScope,
} from '@agent-context/plugin-agent-context-common';
import useAsync from 'react-use/esm/useAsync';
import { agentContextApiRef } from '../api';
import { useConventionsRevision } from './ConventionsRevisionContext';

/** What {@link useConventionHistory} returns. */
export interface ConventionHistoryState {
  entries?: ConventionHistoryEntry[];
  loading: boolean;
  error?: Error;
}

/**
 * A scope's history, newest first, or one convention's when `conventionId`
 * is given.
 */
export function useConventionHistory(
  scope: ConventionScope,
  conventionId?: string,
): ConventionHistoryState {
  const api = useApi(agentContextApiRef);
  const { revision } = useConventionsRevision();
  const { value, loading, error } = useAsync(
    () =>
      api.getConventionHistory(
        scope,
        conventionId === undefined ? undefined : { conventionId },
      ),
    [api, scope, conventionId, revision],
  );
  return { entries: value?.entries, loading, error };
}
