import { PUBLISHED_KEY_MARKER } from '../attribution/Pseudonymizer';
import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';

/** A coding agent as the webhook recognises its work. */
export interface KnownAgent {
  /** The tool name recorded on its rows, e.g. claude-code. */
  name: string;
  /**
   * Names or e-mails of its `Co-authored-by` trailers, compared without
   * case; a GitHub noreply e-mail (`<id>+<login>@users.noreply.github.com`)
   * also matches by its login.
   */
  coAuthors: string[];
  /** Patterns (regular expressions, no case) of its footer in a description. */
  descriptionPatterns: RegExp[];
}

/** How the GitHub webhook is set up. */
export interface GithubWebhookConfig {
  webhookSecret: string;
  token?: string;
  apiBaseUrl: string;
  aiAssistedLabels: string[];
  agents: KnownAgent[];
}

const CONFIG_KEY = 'agentContext.adoption.github';

/** The agents recognised unless app-config lists its own. */
export const DEFAULT_KNOWN_AGENTS: Array<{
  name: string;
  coAuthors: string[];
  descriptionPatterns: string[];
}> = [
  {
    name: 'claude-code',
    coAuthors: ['noreply@anthropic.com'],
    descriptionPatterns: ['Generated with \\[Claude Code\\]'],
  },
  {
    name: 'copilot',
    coAuthors: ['Copilot', 'copilot-swe-agent[bot]'],
    descriptionPatterns: [],
  },
  {
    name: 'cursor',
    coAuthors: ['cursoragent@cursor.com'],
    descriptionPatterns: ['cursor\\.com/background-agent'],
  },
  {
    name: 'codex',
    coAuthors: ['chatgpt-codex-connector[bot]', 'codex@openai.com'],
    descriptionPatterns: ['chatgpt\\.com/codex/tasks/'],
  },
  {
    name: 'devin',
    coAuthors: ['devin-ai-integration[bot]'],
    descriptionPatterns: ['app\\.devin\\.ai/sessions/'],
  },
  {
    name: 'aider',
    coAuthors: ['aider@aider.chat'],
    descriptionPatterns: [],
  },
];

/** The labels that mark a pull request AI-assisted unless app-config lists its own. */
export const DEFAULT_AI_ASSISTED_LABELS = ['ai-assisted'];

/** The default agents, their description patterns compiled. */
export function defaultKnownAgents(): KnownAgent[] {
  return DEFAULT_KNOWN_AGENTS.map(agent => ({
    ...agent,
    descriptionPatterns: agent.descriptionPatterns.map(p =>
      compile(p, 'default'),
    ),
  }));
}

function compile(pattern: string, key: string): RegExp {
  try {
    return new RegExp(pattern, 'i');
  } catch (error) {
    throw new InputError(
      `${key}: ${JSON.stringify(pattern)} is not a regular expression`,
      error,
    );
  }
}

/**
 * The webhook's settings, or undefined when no secret is configured (the
 * webhook is then not served). A bad pattern stops the backend, naming it.
 */
export function readGithubWebhookConfig(
  config: Config,
  environment: string | undefined = process.env.NODE_ENV,
): GithubWebhookConfig | undefined {
  const github = config.getOptionalConfig(CONFIG_KEY);
  const webhookSecret = github?.getOptionalString('webhookSecret');
  if (!github || !webhookSecret) {
    return undefined;
  }
  // A production config whose secret comes from an unset environment
  // variable falls back to app-config.yaml's published one, with which
  // anyone could sign deliveries: refused.
  if (
    webhookSecret.includes(PUBLISHED_KEY_MARKER) &&
    environment === 'production'
  ) {
    throw new Error(
      `${CONFIG_KEY}.webhookSecret is the published development secret: set your own ` +
        '(app-config.production.yaml reads GITHUB_WEBHOOK_SECRET)',
    );
  }
  const agentConfigs = github.getOptionalConfigArray('agents');
  const agents = agentConfigs
    ? agentConfigs.map((agent, index) => ({
        name: agent.getString('name'),
        coAuthors: agent.getOptionalStringArray('coAuthors') ?? [],
        descriptionPatterns: (
          agent.getOptionalStringArray('descriptionPatterns') ?? []
        ).map(pattern =>
          compile(
            pattern,
            `${CONFIG_KEY}.agents[${index}].descriptionPatterns`,
          ),
        ),
      }))
    : defaultKnownAgents();
  return {
    webhookSecret,
    token: github.getOptionalString('token'),
    apiBaseUrl: (
      github.getOptionalString('apiBaseUrl') ?? 'https://api.github.com'
    ).replace(/\/+$/, ''),
    aiAssistedLabels:
      github.getOptionalStringArray('aiAssistedLabels') ??
      DEFAULT_AI_ASSISTED_LABELS,
    agents,
  };
}
