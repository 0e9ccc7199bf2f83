import { KnownAgent } from './readGithubWebhookConfig';
import { parseCommitTrailers, parsePerson } from './parseCommitTrailers';

/** Why a pull request counts as AI-assisted, and by which agent if known. */
export interface AiAssistance {
  signal: 'label' | 'description' | 'co-author';
  agent?: string;
}

const NOREPLY = /^\d+\+([^@]+)@users\.noreply\.github\.com$/i;

/**
 * The agent a `Co-authored-by` value names, if any: by the name, the
 * e-mail, or the login in a GitHub noreply e-mail.
 */
function agentOfCoAuthor(value: string, agents: KnownAgent[]) {
  const { name, email } = parsePerson(value);
  const login = email ? NOREPLY.exec(email)?.[1] : undefined;
  const said = [name, email, login]
    .filter((s): s is string => Boolean(s))
    .map(s => s.toLowerCase());
  return agents.find(agent =>
    agent.coAuthors.some(coAuthor => said.includes(coAuthor.toLowerCase())),
  );
}

/** What the label and the description say, which needs no API call. */
export function detectFromPullRequest(
  pullRequest: { labels: Array<{ name: string }>; body?: string | null },
  options: { labels: string[]; agents: KnownAgent[] },
): AiAssistance | undefined {
  const labels = options.labels.map(label => label.toLowerCase());
  if (pullRequest.labels.some(l => labels.includes(l.name.toLowerCase()))) {
    return { signal: 'label' };
  }
  const body = pullRequest.body ?? '';
  const agent = options.agents.find(a =>
    a.descriptionPatterns.some(pattern => pattern.test(body)),
  );
  return agent ? { signal: 'description', agent: agent.name } : undefined;
}

/** What the commits' `Co-authored-by` trailers say. */
export function detectFromCommits(
  messages: string[],
  agents: KnownAgent[],
): AiAssistance | undefined {
  for (const message of messages) {
    for (const trailer of parseCommitTrailers(message)) {
      if (trailer.key.toLowerCase() !== 'co-authored-by') continue;
      const agent = agentOfCoAuthor(trailer.value, agents);
      if (agent) {
        return { signal: 'co-author', agent: agent.name };
      }
    }
  }
  return undefined;
}
