export {
  ConventionsRevisionProvider,
  useConventionsRevision,
} from './ConventionsRevisionContext';
export type { ConventionsRevision } from './ConventionsRevisionContext';
export { useAgentsMd } from './useAgentsMd';
export type { AgentsMdState } from './useAgentsMd';
export { useConventionHistory } from './useConventionHistory';
export type { ConventionHistoryState } from './useConventionHistory';
export { useConventionResolution } from './useConventionResolution';
export type { ConventionResolutionState } from './useConventionResolution';
export { useConventionScope } from './useConventionScope';
export type { ConventionScopeState } from './useConventionScope';
export { useConventionSave } from './useConventionSave';
export type { ConventionSave } from './useConventionSave';
export { useConventionWrites } from './useConventionWrites';
export type { ConventionWrites } from './useConventionWrites';
export { useEntityContext } from './useEntityContext';
export type { EntityContextState } from './useEntityContext';
export { usePortalUrls } from './usePortalUrls';
export type { PortalUrls } from './usePortalUrls';
export { useEntityAdoption } from './useEntityAdoption';
export type { EntityAdoptionState } from './useEntityAdoption';
export { useEntityReadiness } from './useEntityReadiness';
export type { EntityReadinessState } from './useEntityReadiness';
export { useTeamServices } from './useTeamServices';
export type { TeamServicesState } from './useTeamServices';
