export { EntityAdoptionCard } from './EntityAdoptionCard';
