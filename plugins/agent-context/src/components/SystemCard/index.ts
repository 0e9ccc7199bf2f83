export { SystemCard } from './SystemCard';
export type { SystemCardProps } from './SystemCard';
