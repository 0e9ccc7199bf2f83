export { BlastRadiusCard } from './BlastRadiusCard';
export type { BlastRadiusCardProps } from './BlastRadiusCard';
