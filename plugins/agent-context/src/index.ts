/**
 * The Agent context tab: what an AI coding agent is told about a catalog
 * entity, shown on its entity page.
 *
 * @packageDocumentation
 */

export {
  agentContextPlugin,
  AgentContextCodexPage,
  AgentContextAdoptionPage,
  EntityAgentContextCard,
  EntityAgentContextContent,
  EntityConventionsContent,
} from './plugin';
export {
  isAgentContextAvailable,
  isConventionScope,
} from './isAgentContextAvailable';
export { agentContextApiRef } from './api';
export type { EntityAgentContextCardProps } from './components/EntityAgentContextCard';
