export { ResolvedConventionList } from './ResolvedConventionList';
export type { ResolvedConventionListProps } from './ResolvedConventionList';
