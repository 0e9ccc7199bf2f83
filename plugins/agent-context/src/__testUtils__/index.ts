export { agentContextApiWrapper } from './agentContextApiWrapper';
export { definitionOf } from './definitionOf';
export { mockAgentContextApi } from './mockAgentContextApi';
export { renderOnEntityPage } from './renderOnEntityPage';
export { responseErrorOf } from './responseErrorOf';
