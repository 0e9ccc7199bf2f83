export { renderCodexMarkdown } from './renderCodexMarkdown';
