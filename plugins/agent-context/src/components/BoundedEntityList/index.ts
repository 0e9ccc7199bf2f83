export { BoundedEntityList } from './BoundedEntityList';
export type { BoundedEntityListProps } from './BoundedEntityList';
