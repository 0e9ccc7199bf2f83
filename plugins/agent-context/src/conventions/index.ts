export {
  EMPTY_APPLIES_TO_FIELDS,
  appliesToFromFields,
  fieldsFromAppliesTo,
} from './appliesToFields';
export type { AppliesToFields, JsonObject } from './appliesToFields';
export { conventionInputOf, formValuesOf } from './conventionForm';
export type { ConventionFormValues } from './conventionForm';
export {
  conventionSourceLabel,
  formatTime,
  isGlobalScope,
} from './conventionLabels';
export { conventionText } from './conventionText';
export { errorMessageOf } from './errorMessageOf';
export { lineDiff } from './lineDiff';
export type { DiffLine } from './lineDiff';
