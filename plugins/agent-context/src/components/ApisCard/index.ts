export { ApisCard } from './ApisCard';
export type { ApisCardProps } from './ApisCard';
