export type { AgentContextApi } from './AgentContextApi';
export { AgentContextClient } from './AgentContextClient';
export type {
  AgentContextDiscovery,
  AgentContextFetch,
} from './AgentContextClient';
