export { RelatedEntityTable } from './RelatedEntityTable';
export type { RelatedEntityTableProps } from './RelatedEntityTable';
