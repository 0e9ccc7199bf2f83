export { renderAgentsMd } from './renderAgentsMd';
export type { RenderAgentsMdOptions, RenderedAgentsMd } from './renderAgentsMd';
export { countLines } from './countLines';
export { parseAgentsMdHeader } from './agentsMdHeader';
export type { AgentsMdHeader } from './agentsMdHeader';
export { AGENTS_MD_BUDGET_PRIORITIES } from './budgetPriorities';
export { codeOrText, escapeInline } from './escapeMarkdown';
export { neutralizeText } from './neutralizeText';
export { neutralizeMarkdown } from './sanitizeConventionBody';
export { renderLink, renderUrl, toSafeUrl } from './safeUrl';
export {
  verifyAgentsMdText,
  withoutAgentsMdTextDigest,
} from './agentsMdTextDigest';
