export { ConventionScopeName } from './ConventionScopeName';
export type { ConventionScopeNameProps } from './ConventionScopeName';
