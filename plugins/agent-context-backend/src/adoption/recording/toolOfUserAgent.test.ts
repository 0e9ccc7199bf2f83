import { toolOfUserAgent } from './toolOfUserAgent';

describe('toolOfUserAgent', () => {
  it.each([
    ['agent-context-cli/0.1.0 (node 22)', 'agent-context-cli'],
    ['claude-cli/2.0.14 (external, cli)', 'claude-code'],
    ['claude-code/1.0.3', 'claude-code'],
    [
      'Mozilla/5.0 (Macintosh) AppleWebKit/537.36 (KHTML, like Gecko) Cursor/1.7.2 Chrome/132.0 Electron/34.0 Safari/537.36',
      'cursor',
    ],
    ['codex_cli_rs/0.46.0 (Mac OS 15.0; arm64)', 'codex'],
    ['GitHubCopilotChat/0.31.0', 'copilot'],
    ['opencode/0.15.2', 'opencode'],
    ['Windsurf/1.12', 'windsurf'],
    [
      'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
      'browser',
    ],
    ['curl/8.5.0', 'other'],
    ['node', 'other'],
    ['', 'other'],
    [undefined, 'other'],
  ])('names %j %j', (userAgent, tool) => {
    expect(toolOfUserAgent(userAgent)).toBe(tool);
  });
});
