import { detectFromCommits, detectFromPullRequest } from './detectAiAssistance';
import { DEFAULT_KNOWN_AGENTS } from './readGithubWebhookConfig';

const agents = DEFAULT_KNOWN_AGENTS.map(agent => ({
  ...agent,
  descriptionPatterns: agent.descriptionPatterns.map(p => new RegExp(p, 'i')),
}));

describe('detectFromCommits', () => {
  it.each([
    ['Claude <noreply@anthropic.com>', 'claude-code'],
    ['Cursor Agent <cursoragent@cursor.com>', 'cursor'],
    ['Copilot <175728472+Copilot@users.noreply.github.com>', 'copilot'],
    [
      'devin-ai-integration[bot] <158243242+devin-ai-integration[bot]@users.noreply.github.com>',
      'devin',
    ],
  ])('knows %s', (coAuthor, agent) => {
    expect(
      detectFromCommits([`Fix\n\nCo-authored-by: ${coAuthor}`], agents),
    ).toEqual({ signal: 'co-author', agent });
  });

  it('does not take a person for an agent, nor a trailer in the prose', () => {
    expect(
      detectFromCommits(
        [
          'Fix\n\nCo-authored-by: Claude Monet <claude@example.com>',
          'Fix\n\nAs Co-authored-by: Claude <noreply@anthropic.com> says\nwe wrote it together.\n\nReviewed-by: Ann <ann@example.com>',
        ],
        agents,
      ),
    ).toBeUndefined();
  });
});

describe('detectFromPullRequest', () => {
  it('finds a label without case and an agent’s footer', () => {
    const options = { labels: ['ai-assisted'], agents };
    expect(
      detectFromPullRequest({ labels: [{ name: 'AI-assisted' }] }, options),
    ).toEqual({ signal: 'label' });
    expect(
      detectFromPullRequest(
        {
          labels: [],
          body: 'Link to Devin run: https://app.devin.ai/sessions/abc',
        },
        options,
      ),
    ).toEqual({ signal: 'description', agent: 'devin' });
    expect(
      detectFromPullRequest({ labels: [{ name: 'bug' }], body: null }, options),
    ).toBeUndefined();
  });
});
