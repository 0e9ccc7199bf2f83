export { ScopeConventionList } from './ScopeConventionList';
export type { ScopeConventionListProps } from './ScopeConventionList';
export { ScopeConventionsToolbar } from './ScopeConventionsToolbar';
export type { ScopeConventionsToolbarProps } from './ScopeConventionsToolbar';
