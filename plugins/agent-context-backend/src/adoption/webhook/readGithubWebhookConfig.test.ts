import { ConfigReader } from '@backstage/config';
import { JsonObject } from '@backstage/types';
import { readGithubWebhookConfig } from './readGithubWebhookConfig';

const read = (github: JsonObject) =>
  readGithubWebhookConfig(
    new ConfigReader({ agentContext: { adoption: { github } } }),
  );

describe('readGithubWebhookConfig', () => {
  it('is off without a secret', () => {
    expect(read({ token: 'ghp_x' })).toBeUndefined();
    expect(readGithubWebhookConfig(new ConfigReader({}))).toBeUndefined();
  });

  it('refuses the published development secret in production', () => {
    const config = new ConfigReader({
      agentContext: {
        adoption: {
          github: { webhookSecret: 'local-development-only-webhook-secret' },
        },
      },
    });
    expect(() => readGithubWebhookConfig(config, 'production')).toThrow(
      /is the published development secret/,
    );
    expect(readGithubWebhookConfig(config, 'development')).toBeDefined();
  });

  it('has defaults for GitHub and the known agents', () => {
    const config = read({ webhookSecret: 's' })!;
    expect(config.apiBaseUrl).toBe('https://api.github.com');
    expect(config.aiAssistedLabels).toEqual(['ai-assisted']);
    expect(config.token).toBeUndefined();
    expect(config.agents.map(agent => agent.name)).toEqual([
      'claude-code',
      'copilot',
      'cursor',
      'codex',
      'devin',
      'aider',
    ]);
  });

  it('names a pattern that is not a regular expression', () => {
    expect(() =>
      read({
        webhookSecret: 's',
        agents: [{ name: 'x', descriptionPatterns: ['fine', '(unclosed'] }],
      }),
    ).toThrow(
      'agentContext.adoption.github.agents[0].descriptionPatterns: "(unclosed" is not a regular expression',
    );
  });
});
