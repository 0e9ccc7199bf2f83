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
export { useAdoptionCsvExport } from './useAdoptionCsvExport';
export type { AdoptionCsvExport } from './useAdoptionCsvExport';
export { adoptionListOf, useAdoptionList } from './useAdoptionList';
export type { AdoptionListState } from './useAdoptionList';
export { useAdoptionOverview } from './useAdoptionOverview';
export type { AdoptionOverviewState } from './useAdoptionOverview';
export { useAdoptionRange } from './useAdoptionRange';
export type { AdoptionRangeState } from './useAdoptionRange';
export { useReadinessList } from './useReadinessList';
export type { ReadinessListState } from './useReadinessList';
export { useEntityAdoption } from './useEntityAdoption';
export type { EntityAdoptionState } from './useEntityAdoption';
export { useEntityReadiness } from './useEntityReadiness';
export type { EntityReadinessState } from './useEntityReadiness';
export { useTeamServices } from './useTeamServices';
export type { TeamServicesState } from './useTeamServices';
