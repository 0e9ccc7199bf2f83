import { AgentContextApi } from '@agent-context/plugin-agent-context-common';
import { TestApiProvider } from '@backstage/test-utils';
import { ReactNode } from 'react';
import { agentContextApiRef } from '../api';
import { ConventionsRevisionProvider } from '../hooks';

/**
 * A `renderHook` wrapper that provides the given agent-context API and a
 * convention write counter, for testing the hooks that use them.
 */
export function agentContextApiWrapper(api: AgentContextApi) {
  return ({ children }: { children: ReactNode }) => (
    <TestApiProvider apis={[[agentContextApiRef, api]]}>
      <ConventionsRevisionProvider>{children}</ConventionsRevisionProvider>
    </TestApiProvider>
  );
}
