/** The client the suite's own CLI announces itself as. */
export const AGENT_CONTEXT_CLI_TOOL = 'agent-context-cli';

/**
 * Clients told apart by their User-Agent, first match wins: the coding
 * agents' own names before `browser`, as editors built on Electron (Cursor)
 * also start theirs with `Mozilla/`.
 */
const CLIENTS: ReadonlyArray<readonly [string, RegExp]> = [
  [AGENT_CONTEXT_CLI_TOOL, /\bagent-context-cli\b/i],
  // Claude Code announces itself as claude-cli in its HTTP requests.
  ['claude-code', /\bclaude-(?:code|cli)\b/i],
  ['cursor', /\bcursor\b/i],
  ['codex', /\bcodex/i],
  ['copilot', /copilot/i],
  ['opencode', /\bopencode\b/i],
  ['windsurf', /\bwindsurf\b|\bcodeium\b/i],
  ['browser', /^Mozilla\//],
];

/**
 * The client a request came from, by its User-Agent: one of
 * agent-context-cli, claude-code, cursor, codex, copilot, opencode,
 * windsurf, browser, or `other` for anything else (none included).
 */
export function toolOfUserAgent(userAgent: string | undefined): string {
  if (userAgent) {
    for (const [tool, pattern] of CLIENTS) {
      if (pattern.test(userAgent)) {
        return tool;
      }
    }
  }
  return 'other';
}
