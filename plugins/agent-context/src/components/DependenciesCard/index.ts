export { DependenciesCard } from './DependenciesCard';
export type { DependenciesCardProps } from './DependenciesCard';
