export { createAdoption } from './createAdoption';
export type { Adoption } from './createAdoption';
export { DefaultAdoptionIngestion } from './DefaultAdoptionIngestion';
export { RefOnlyAdoptionAttributor } from './RefOnlyAdoptionAttributor';
export { readAdoptionOptions } from './readAdoptionOptions';
export type { AdoptionOptions } from './readAdoptionOptions';
export type {
  AdoptionAttribution,
  AdoptionAttributor,
  AdoptionIngestOptions,
  AdoptionIngestResult,
  AdoptionIngestion,
} from './types';
