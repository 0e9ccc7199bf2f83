export { agentContextApiRef } from './agentContextApiRef';
