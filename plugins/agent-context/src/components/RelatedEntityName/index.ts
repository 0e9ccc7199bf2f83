export { RelatedEntityName, shortEntityName } from './RelatedEntityName';
export type { RelatedEntityNameProps } from './RelatedEntityName';
