import {
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';
import {
  AgentContextService,
  agentContextServiceRef,
} from '@agent-context/plugin-agent-context-node';

/**
 * Hands the plugin's implementation to the other plugins of the backend.
 * Services are built per plugin and cannot reach into another plugin's
 * init, so the plugin puts its implementation here (one per backend, as a
 * root service) once it has built it, and every other plugin's service
 * waits for it: a plugin that calls during its own startup is answered as
 * soon as this one has started.
 */
export class AgentContextServiceSlot {
  private provided?: (service: AgentContextService) => void;
  readonly service: Promise<AgentContextService> = new Promise(resolve => {
    this.provided = resolve;
  });

  provide(service: AgentContextService): void {
    this.provided?.(service);
  }
}

/** The slot, internal to this package. */
export const agentContextServiceSlotRef =
  createServiceRef<AgentContextServiceSlot>({
    id: 'agent-context.internal.service-slot',
    scope: 'root',
    defaultFactory: async service =>
      createServiceFactory({
        service,
        deps: {},
        factory: () => new AgentContextServiceSlot(),
      }),
  });

/**
 * `agentContextServiceRef` for other plugins of the backend that runs the
 * agent-context plugin; part of the package's default export.
 */
export const agentContextServiceFactory = createServiceFactory({
  service: agentContextServiceRef,
  deps: { slot: agentContextServiceSlotRef },
  factory: ({ slot }): AgentContextService => ({
    getEntityContext: async (entityRef, options) =>
      (await slot.service).getEntityContext(entityRef, options),
    getAgentsMd: async (entityRef, options) =>
      (await slot.service).getAgentsMd(entityRef, options),
  }),
});
