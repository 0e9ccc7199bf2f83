import { useApi } from '@backstage/core-plugin-api';
import {
  Convention,
  ConventionInput,
  ConventionScope,
  ConventionUpdate,
} from '@agent-context/plugin-agent-context-common';
import { useMemo } from 'react';
import { agentContextApiRef } from '../api';
import { useConventionsRevision } from './ConventionsRevisionContext';

/** What {@link useConventionWrites} returns. */
export interface ConventionWrites {
  create(input: ConventionInput): Promise<Convention>;
  update(update: ConventionUpdate): Promise<Convention>;
  remove(id: string, revision: number): Promise<void>;
}

/**
 * The writes of one scope. Each announces itself once it succeeded, so that
 * the lists, the context and the AGENTS.md on the page reload; a failed
 * write changes nothing and rejects as the API did.
 */
export function useConventionWrites(scope: ConventionScope): ConventionWrites {
  const api = useApi(agentContextApiRef);
  const { bump } = useConventionsRevision();
  return useMemo(() => {
    async function announced<T>(write: Promise<T>): Promise<T> {
      const result = await write;
      bump();
      return result;
    }
    return {
      create: input => announced(api.createConvention(scope, input)),
      update: update => announced(api.updateConvention(scope, update)),
      remove: (id, revision) =>
        announced(api.deleteConvention(scope, id, revision)),
    };
  }, [api, scope, bump]);
}
