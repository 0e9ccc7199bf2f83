export { ConventionsCard } from './ConventionsCard';
export type { ConventionsCardProps } from './ConventionsCard';
