export { agentContextContributorsExtensionPoint } from './agentContextContributorsExtensionPoint';
export type { AgentContextContributorsExtensionPoint } from './agentContextContributorsExtensionPoint';
export type {
  ContextContributor,
  ContextContributorRequest,
  ContextSectionContent,
} from './ContextContributor';
