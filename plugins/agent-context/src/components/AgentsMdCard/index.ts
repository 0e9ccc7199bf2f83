export { AgentsMdCard, formatTokens } from './AgentsMdCard';
export type { AgentsMdCardProps } from './AgentsMdCard';
