export { EntityAgentContextContent } from './EntityAgentContextContent';
