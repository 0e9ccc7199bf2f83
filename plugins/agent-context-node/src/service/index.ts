export { agentContextServiceRef } from './agentContextServiceRef';
export type {
  AgentContextEntityRef,
  AgentContextService,
  AgentContextServiceOptions,
} from './agentContextServiceRef';
