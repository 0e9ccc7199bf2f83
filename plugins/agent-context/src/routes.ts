import { createRouteRef } from '@backstage/core-plugin-api';

/**
 * Where the legacy system mounts the Agent context tab.
 *
 * @internal
 */
export const rootRouteRef = createRouteRef({ id: 'agent-context' });

/**
 * Where the legacy system mounts the Codex page.
 *
 * @public
 */
export const codexRouteRef = createRouteRef({ id: 'agent-context-codex' });

/**
 * Where the legacy system mounts the AI adoption page.
 *
 * @public
 */
export const adoptionRouteRef = createRouteRef({
  id: 'agent-context-adoption',
});
