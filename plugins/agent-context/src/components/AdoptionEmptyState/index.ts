export { AdoptionEmptyState } from './AdoptionEmptyState';
