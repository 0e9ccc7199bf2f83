export { InProcessAgentContextService } from './InProcessAgentContextService';
export {
  agentContextServiceFactory,
  agentContextServiceSlotRef,
} from './agentContextServiceFactory';
