export { CatalogReadVisibilities } from './CatalogReadVisibilities';
export type {
  EntityGraphLookup,
  ReadVisibility,
} from './CatalogReadVisibilities';
export { callerKeyOf } from './callerKey';
export { compileConditions, evaluateConditions } from './evaluateConditions';
export type {
  CatalogReadConditions,
  EntityPredicate,
} from './evaluateConditions';
