export { renderAgentsMd } from './renderAgentsMd';
export type { RenderAgentsMdOptions, RenderedAgentsMd } from './renderAgentsMd';
export { countLines } from './countLines';
export { parseAgentsMdHeader } from './agentsMdHeader';
export type { AgentsMdHeader } from './agentsMdHeader';
export { neutralizeText } from './neutralizeText';
export { neutralizeMarkdown } from './sanitizeConventionBody';
export { toSafeUrl } from './safeUrl';
export {
  verifyAgentsMdText,
  withoutAgentsMdTextDigest,
} from './agentsMdTextDigest';
