export { agentContextServiceProviderRef } from './agentContextServiceProviderRef';
export type { AgentContextServiceProvider } from './agentContextServiceProviderRef';
export { agentContextServiceRef } from './agentContextServiceRef';
export type {
  AgentContextEntityRef,
  AgentContextService,
  AgentContextServiceOptions,
} from './agentContextServiceRef';
