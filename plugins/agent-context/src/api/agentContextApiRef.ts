import { createApiRef } from '@backstage/core-plugin-api';
import { AgentContextApi } from '@agent-context/plugin-agent-context-common';

/**
 * The utility API through which components read entity context; both the
 * legacy and the new frontend system register `AgentContextClient` for it.
 *
 * @public
 */
export const agentContextApiRef = createApiRef<AgentContextApi>({
  id: 'plugin.agent-context.service',
});
