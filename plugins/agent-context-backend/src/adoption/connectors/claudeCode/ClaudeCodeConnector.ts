import { AdoptionRow } from '@agent-context/plugin-agent-context-common';
import { Config } from '@backstage/config';
import { ConnectorHttp } from '../ConnectorHttp';
import { figures, hasFigures, sumOf } from '../figures';
import { readBaseUrl } from '../readConnectorSettings';
import { sourceIdDigest } from '../sourceIdDigest';
import { AdoptionConnector, ConnectorDay } from '../types';

interface ClaudeCodeRecord {
  date?: string;
  actor?: { type?: string; email_address?: string; api_key_name?: string };
  terminal_type?: string;
  core_metrics?: {
    num_sessions?: number;
    lines_of_code?: { added?: number; removed?: number };
    commits_by_claude_code?: number;
    pull_requests_by_claude_code?: number;
  };
  tool_actions?: Record<string, { accepted?: number; rejected?: number }>;
  model_breakdown?: Array<{
    model?: string;
    tokens?: {
      input?: number;
      output?: number;
      cache_read?: number;
      cache_creation?: number;
    };
    estimated_cost?: { currency?: string; amount?: number };
  }>;
}

interface ClaudeCodePage {
  data?: ClaudeCodeRecord[];
  has_more?: boolean;
  next_page?: string | null;
}

const PAGE_SIZE = 1000;

/** Claude Code's usage per user per day, from the Admin API's analytics report. */
export class ClaudeCodeConnector implements AdoptionConnector {
  readonly name = 'claude-code';

  /** From the `claude-code` block: `apiKey` (an admin key), optional `baseUrl`, `anthropicVersion`. */
  static fromConfig(block: Config, http: ConnectorHttp): ClaudeCodeConnector {
    return new ClaudeCodeConnector(
      block.getString('apiKey'),
      readBaseUrl(block, 'https://api.anthropic.com'),
      block.getOptionalString('anthropicVersion') ?? '2023-06-01',
      http,
    );
  }

  private constructor(
    private readonly apiKey: string,
    private readonly baseUrl: string,
    private readonly anthropicVersion: string,
    private readonly http: ConnectorHttp,
  ) {}

  async readDay(day: string, signal?: AbortSignal): Promise<ConnectorDay> {
    const rows: AdoptionRow[] = [];
    let ignored = 0;
    let page: string | undefined;
    do {
      const query = new URLSearchParams({
        starting_at: day,
        limit: String(PAGE_SIZE),
      });
      if (page) {
        query.set('page', page);
      }
      const url = `${this.baseUrl}/v1/organizations/usage_report/claude_code?${query}`;
      const answer = await this.http.json<ClaudeCodePage>(url, {
        headers: {
          'x-api-key': this.apiKey,
          'anthropic-version': this.anthropicVersion,
        },
        signal,
      });
      for (const record of answer.data ?? []) {
        const mapped = this.toRows(day, record);
        rows.push(...mapped.rows);
        ignored += mapped.ignored;
      }
      if (answer.has_more && !answer.next_page) {
        throw new Error(
          `${new URL(url).pathname} said it has more but named no next page`,
        );
      }
      page = answer.has_more ? answer.next_page ?? undefined : undefined;
    } while (page);
    return { rows, ignored };
  }

  private toRows(day: string, record: ClaudeCodeRecord): ConnectorDay {
    const user = userOf(record.actor);
    if (!user || record.date?.slice(0, 10) !== day) {
      return { rows: [], ignored: 1 };
    }
    const rowId = `${day}:${sourceIdDigest(
      this.apiKey,
      `${user.email?.toLowerCase() ?? user.id}\n${record.terminal_type ?? ''}`,
    )}`;
    const common = {
      type: 'daily' as const,
      source: this.name,
      day,
      user,
      tool: 'claude-code',
    };
    const rows: AdoptionRow[] = [];
    let ignored = 0;

    const core = record.core_metrics ?? {};
    const actions = Object.values(record.tool_actions ?? {});
    const activity = figures({
      sessions: core.num_sessions,
      linesAdded: core.lines_of_code?.added,
      linesRemoved: core.lines_of_code?.removed,
      commits: core.commits_by_claude_code,
      pullRequests: core.pull_requests_by_claude_code,
      editsAccepted: sumOf(...actions.map(action => action?.accepted)),
      editsRejected: sumOf(...actions.map(action => action?.rejected)),
    });
    if (hasFigures(activity)) {
      rows.push({ ...common, sourceId: rowId, metrics: activity });
    }

    // One row per model, so that tokens and cost can be read by model.
    for (const usage of record.model_breakdown ?? []) {
      if (!usage?.model) {
        ignored++;
        continue;
      }
      const cost = usage.estimated_cost;
      const inDollars = cost?.currency?.toUpperCase() === 'USD';
      if (cost && !inDollars) {
        ignored++;
      }
      const metrics = figures({
        tokensIn: usage.tokens?.input,
        tokensOut: usage.tokens?.output,
        cacheReadTokens: usage.tokens?.cache_read,
        cacheWriteTokens: usage.tokens?.cache_creation,
        // The report gives cents.
        cost:
          inDollars && typeof cost?.amount === 'number'
            ? cost.amount / 100
            : undefined,
      });
      if (hasFigures(metrics)) {
        rows.push({
          ...common,
          sourceId: `${rowId}:${usage.model}`,
          model: usage.model,
          provider: 'anthropic',
          metrics,
        });
      }
    }
    return { rows, ignored };
  }
}

function userOf(
  actor: ClaudeCodeRecord['actor'],
): AdoptionRow['user'] | undefined {
  if (actor?.type === 'user_actor' && actor.email_address) {
    return { email: actor.email_address };
  }
  if (actor?.type === 'api_actor' && actor.api_key_name) {
    // A key is not a person; its name stands in as the user, hashed alike.
    return { id: `api-key:${actor.api_key_name}` };
  }
  return undefined;
}
