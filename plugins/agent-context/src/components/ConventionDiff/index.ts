export { ConventionDiff } from './ConventionDiff';
export type { ConventionDiffProps } from './ConventionDiff';
