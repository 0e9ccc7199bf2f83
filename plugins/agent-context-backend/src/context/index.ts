export {
  CatalogEntityContextService,
  DEFAULT_CONTEXT_LIMITS,
} from './EntityContextService';
export type {
  EntityContextLimits,
  EntityContextRequestOptions,
  EntityContextService,
} from './EntityContextService';
export type { AssemblyScope, GraphEntities } from './GraphReader';
