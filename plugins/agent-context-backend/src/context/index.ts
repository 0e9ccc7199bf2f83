export { CachedEntityContextService } from './CachedEntityContextService';
export {
  CatalogEntityContextService,
  DEFAULT_CONTEXT_LIMITS,
} from './EntityContextService';
export type {
  EntityContextLimits,
  EntityContextService,
} from './EntityContextService';
