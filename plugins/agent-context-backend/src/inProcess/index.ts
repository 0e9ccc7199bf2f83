export { InProcessAgentContextService } from './InProcessAgentContextService';
