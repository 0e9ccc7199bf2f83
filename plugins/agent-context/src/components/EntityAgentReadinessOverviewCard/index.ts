export { EntityAgentReadinessOverviewCard } from './EntityAgentReadinessOverviewCard';
export type { EntityAgentReadinessOverviewCardProps } from './EntityAgentReadinessOverviewCard';
