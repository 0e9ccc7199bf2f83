export { ConventionList, ConventionListItem } from './ConventionListItem';
export type { ConventionListItemProps } from './ConventionListItem';
