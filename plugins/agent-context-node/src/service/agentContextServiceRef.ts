import {
  BackstageCredentials,
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';
import {
  AgentsMdDocument,
  EntityContext,
} from '@agent-context/plugin-agent-context-common';
import { agentContextServiceHandOffRef } from './agentContextServiceHandOffRef';

/**
 * An entity as the service takes it: a ref (`component:default/checkout`;
 * the kind defaults to component and the namespace to default, as in the
 * actions), or its parts, such as a `CompoundEntityRef`.
 *
 * @public
 */
export type AgentContextEntityRef =
  | string
  | { kind: string; namespace?: string; name: string };

/**
 * Options of every call: whom it is made for.
 *
 * @public
 */
export interface AgentContextServiceOptions {
  /**
   * The credentials of whoever the calling plugin acts for: the user of
   * the request it is serving (`httpAuth.credentials(req)`), or its own
   * (`auth.getOwnServiceCredentials()`) for work of its own. The catalog's
   * permissions apply to them exactly as over HTTP.
   */
  credentials: BackstageCredentials;
}

/**
 * Entity contexts and AGENTS.md for other backend plugins (scaffolder
 * actions, TechDocs, a bot), in the same process as the Agent Context
 * backend, with the same answers and permission behaviour as its HTTP API:
 * an entity the credentials may not read is a `NotFoundError`, a malformed
 * ref or budget an `InputError`, and credentials of no principal an
 * `AuthenticationError`.
 *
 * @public
 */
export interface AgentContextService {
  /** The entity's context, as `GET /v1/entities/{kind}/{namespace}/{name}/context` serves it. */
  getEntityContext(
    entityRef: AgentContextEntityRef,
    options: AgentContextServiceOptions,
  ): Promise<EntityContext>;
  /**
   * The entity's AGENTS.md, as the agents.md endpoint serves it with
   * `format=json`: without `maxTokens`, within the portal's default budget;
   * with it (100 to 1,000,000), within that many tokens; with 0, whole.
   */
  getAgentsMd(
    entityRef: AgentContextEntityRef,
    options: AgentContextServiceOptions & { maxTokens?: number },
  ): Promise<AgentsMdDocument>;
}

/**
 * The Agent Context backend's service for other plugins of the same
 * backend, in-process. It needs no installation of its own: the
 * agent-context plugin (`@agent-context/plugin-agent-context-backend`)
 * provides the implementation when it starts, and a call made before then
 * (by a plugin that reads a context while it starts itself) waits for it.
 * In a backend without that plugin, calls fail once the backend has
 * started, saying so.
 *
 * @public
 */
export const agentContextServiceRef = createServiceRef<AgentContextService>({
  id: 'agent-context.context',
  scope: 'plugin',
  defaultFactory: async service =>
    createServiceFactory({
      service,
      deps: { handOff: agentContextServiceHandOffRef },
      factory: ({ handOff }): AgentContextService => ({
        getEntityContext: async (entityRef, options) =>
          (await handOff.service).getEntityContext(entityRef, options),
        getAgentsMd: async (entityRef, options) =>
          (await handOff.service).getAgentsMd(entityRef, options),
      }),
    }),
});
