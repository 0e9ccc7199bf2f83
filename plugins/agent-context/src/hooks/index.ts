export { useAgentsMd } from './useAgentsMd';
export type { AgentsMdState } from './useAgentsMd';
export { useEntityContext } from './useEntityContext';
export type { EntityContextState } from './useEntityContext';
export { usePortalUrls } from './usePortalUrls';
export type { PortalUrls } from './usePortalUrls';
