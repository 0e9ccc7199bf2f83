export type { AgentContextApi } from './AgentContextApi';
export { AgentContextClient } from './AgentContextClient';
export { ConventionConflictError } from './ConventionConflictError';
export type {
  AgentContextDiscovery,
  AgentContextFetch,
} from './AgentContextClient';
