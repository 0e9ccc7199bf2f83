export { createAdoptionPushRouter } from './createAdoptionPushRouter';
export {
  ADOPTION_PUSH_MAX_BODY,
  ADOPTION_PUSH_MAX_ROWS,
  parseAdoptionBatch,
} from './parseAdoptionBatch';
