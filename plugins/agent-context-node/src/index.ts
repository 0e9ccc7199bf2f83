/**
 * Extension points and the in-process service of the Agent Context
 * backend: convention sources, context contributors, and entity contexts
 * for other backend plugins.
 *
 * @packageDocumentation
 */

export {
  BUILT_IN_CONVENTION_SOURCE_PRECEDENCE,
  agentContextConventionSourcesExtensionPoint,
  conventionFromInput,
  readConventionEntries,
} from './conventions';
export type {
  AgentContextConventionSourcesExtensionPoint,
  ConventionOrigin,
  ConventionSource,
  ConventionSourceRequest,
  ConventionSourceResult,
} from './conventions';
export { agentContextContributorsExtensionPoint } from './contributors';
export type {
  AgentContextContributorsExtensionPoint,
  ContextContributor,
  ContextContributorRequest,
  ContextSectionContent,
} from './contributors';
export {
  agentContextServiceProviderRef,
  agentContextServiceRef,
} from './service';
export type {
  AgentContextEntityRef,
  AgentContextService,
  AgentContextServiceOptions,
  AgentContextServiceProvider,
} from './service';
