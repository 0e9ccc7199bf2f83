export { AdoptionUsageReader } from './AdoptionUsageReader';
export type { RecentUsage, RecentUsageReader } from './AdoptionUsageReader';
export { createReadiness } from './createReadiness';
export { ReadinessIndex } from './ReadinessIndex';
export { ReadinessService } from './ReadinessService';
export type { EntityReadiness, ReadinessCheckResult } from './ReadinessScorer';
