export { EntityAgentContextCard } from './EntityAgentContextCard';
export type { EntityAgentContextCardProps } from './EntityAgentContextCard';
