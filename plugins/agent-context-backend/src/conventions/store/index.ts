export { applyConventionMigrations } from './applyMigrations';
export {
  DatabaseConventionStore,
  DEFAULT_HISTORY_LIMIT,
  MAX_HISTORY_LIMIT,
} from './DatabaseConventionStore';
export { DatabaseRepositoryConventionsStore } from './DatabaseRepositoryConventionsStore';
export { ConventionWriteConflictError } from './ConventionWriteConflictError';
