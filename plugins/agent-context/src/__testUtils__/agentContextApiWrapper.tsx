import { AgentContextApi } from '@agent-context/plugin-agent-context-common';
import { TestApiProvider } from '@backstage/test-utils';
import { ReactNode } from 'react';
import { agentContextApiRef } from '../api';

/**
 * A `renderHook` wrapper that provides the given agent-context API, for
 * testing the hooks that call it.
 */
export function agentContextApiWrapper(api: AgentContextApi) {
  return ({ children }: { children: ReactNode }) => (
    <TestApiProvider apis={[[agentContextApiRef, api]]}>
      {children}
    </TestApiProvider>
  );
}
