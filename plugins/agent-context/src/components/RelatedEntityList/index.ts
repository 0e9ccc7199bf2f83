export { RelatedEntityList } from './RelatedEntityList';
export type { RelatedEntityListProps } from './RelatedEntityList';
