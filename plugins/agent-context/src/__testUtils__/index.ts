export { agentContextApiWrapper } from './agentContextApiWrapper';
export { definitionOf } from './definitionOf';
export { mockAgentContextApi } from './mockAgentContextApi';
