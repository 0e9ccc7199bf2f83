export { GraphAdoptionAttributor } from './GraphAdoptionAttributor';
export type { AttributionGraph } from './GraphAdoptionAttributor';
export { Pseudonymizer } from './Pseudonymizer';
