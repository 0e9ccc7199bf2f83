export type { AgentContextApi } from './AgentContextApi';
export {
  AgentContextClient,
  ConventionConflictError,
} from './AgentContextClient';
export type {
  AgentContextDiscovery,
  AgentContextFetch,
} from './AgentContextClient';
