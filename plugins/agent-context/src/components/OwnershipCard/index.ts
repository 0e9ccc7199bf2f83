export { OwnershipCard } from './OwnershipCard';
export type { OwnershipCardProps } from './OwnershipCard';
