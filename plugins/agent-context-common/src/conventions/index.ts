export {
  conventionInputProblems,
  parseConventionInput,
} from './conventionInput';
export type {
  ConventionInputProblem,
  ConventionInputProblemOptions,
} from './conventionInput';
export { buildScopePath } from './buildScopePath';
export {
  CONVENTION_SOURCE_PRECEDENCE,
  findInherited,
  inheritanceProblem,
  isBuiltInConventionSource,
} from './conventionInheritance';
export type {
  ConventionLayer,
  ConventionPrecedenceOptions,
} from './conventionInheritance';
export { resolveConventions } from './resolveConventions';
export {
  filterSubjectOf,
  scopePathOf,
  toContextConvention,
} from './contextPlacement';
export type { ContextPlacement } from './contextPlacement';
