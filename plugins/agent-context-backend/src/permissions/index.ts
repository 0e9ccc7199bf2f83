export { AgentContextPermissionPolicy } from './AgentContextPermissionPolicy';
export type {
  AgentContextFallbackPolicy,
  AgentContextPolicyQuery,
  AgentContextPolicyUser,
} from './AgentContextPermissionPolicy';
