export { renderAgentsMd } from './renderAgentsMd';
export type { RenderAgentsMdOptions, RenderedAgentsMd } from './renderAgentsMd';
export { parseAgentsMdHeader } from './agentsMdHeader';
export type { AgentsMdHeader } from './agentsMdHeader';
export {
  verifyAgentsMdText,
  withoutAgentsMdTextDigest,
} from './agentsMdTextDigest';
