export { ConnectAgentCard } from './ConnectAgentCard';
export type { ConnectAgentCardProps } from './ConnectAgentCard';
