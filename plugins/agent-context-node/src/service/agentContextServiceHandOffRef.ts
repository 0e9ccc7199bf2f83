import {
  coreServices,
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';
import type { AgentContextService } from './agentContextServiceRef';

/**
 * Where the agent-context plugin leaves its implementation for every other
 * plugin's `agentContextServiceRef`. A plugin's services are built for that
 * plugin and cannot reach into another plugin's init, so the hand-off is a
 * root service: one per backend, shared by all plugins.
 */
export class AgentContextServiceHandOff {
  #resolve: (service: AgentContextService) => void = () => {};
  #reject: (error: Error) => void = () => {};
  #provided = false;

  /** The implementation, once the agent-context plugin has provided it. */
  readonly service = new Promise<AgentContextService>((resolve, reject) => {
    this.#resolve = resolve;
    this.#reject = reject;
  });

  constructor() {
    // A rejection is for the callers; with none, it is no error of the
    // process.
    this.service.catch(() => {});
  }

  provide(service: AgentContextService): void {
    if (this.#provided) {
      throw new Error('The agent-context service has already been provided');
    }
    this.#provided = true;
    this.#resolve(service);
  }

  /**
   * Called once every plugin has started: if the agent-context plugin has
   * not provided its service by then, it is not in this backend, and
   * callers are told so rather than left waiting.
   */
  close(): void {
    if (!this.#provided) {
      this.#reject(
        new Error(
          'The agent-context service is not available: the agent-context plugin (@agent-context/plugin-agent-context-backend) is not installed in this backend',
        ),
      );
    }
  }
}

/** Internal to this package: the refs built on it are the interface. */
export const agentContextServiceHandOffRef =
  createServiceRef<AgentContextServiceHandOff>({
    id: 'agent-context.service-hand-off',
    scope: 'root',
    defaultFactory: async service =>
      createServiceFactory({
        service,
        deps: { lifecycle: coreServices.rootLifecycle },
        factory: ({ lifecycle }) => {
          const handOff = new AgentContextServiceHandOff();
          lifecycle.addStartupHook(() => handOff.close());
          return handOff;
        },
      }),
  });
