export { AdoptionErrorPanel } from './AdoptionErrorPanel';
