export type {
  AdoptionStore,
  AdoptionWriteOptions,
  AdoptionWriteResult,
} from './AdoptionStore';
export type { StoredAdoptionRow } from './StoredAdoptionRow';
export { DatabaseAdoptionStore } from './DatabaseAdoptionStore';
export { scheduleAdoptionPruning } from './scheduleAdoptionPruning';
export {
  ADOPTION_ROLLUPS_TABLE,
  ADOPTION_ROWS_TABLE,
  ADOPTION_USERS_TABLE,
} from './tables';
export type { AdoptionRollupsRow, AdoptionUsersRow } from './tables';
