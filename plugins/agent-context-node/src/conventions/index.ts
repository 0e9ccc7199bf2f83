export { BUILT_IN_CONVENTION_SOURCE_PRECEDENCE } from './ConventionSource';
export type {
  ConventionSource,
  ConventionSourceRequest,
  ConventionSourceResult,
} from './ConventionSource';
export { agentContextConventionSourcesExtensionPoint } from './agentContextConventionSourcesExtensionPoint';
export type { AgentContextConventionSourcesExtensionPoint } from './agentContextConventionSourcesExtensionPoint';
export {
  conventionFromInput,
  readConventionEntries,
} from './readConventionEntries';
export type { ConventionOrigin } from './readConventionEntries';
