import { AdoptionRow } from '@agent-context/plugin-agent-context-common';
import { Config } from '@backstage/config';
import { ConnectorDayNotReadyError } from '../ConnectorDayNotReadyError';
import { ConnectorHttp, ConnectorRequestError } from '../ConnectorHttp';
import { figures, hasFigures } from '../figures';
import { readBaseUrl } from '../readConnectorSettings';
import { sourceIdDigest } from '../sourceIdDigest';
import { AdoptionConnector, ConnectorDay } from '../types';
import { TeamGroupLookup } from './githubTeamGroups';

interface CopilotUserDay {
  day?: string;
  user_id?: number | string;
  user_login?: string;
  user_initiated_interaction_count?: number;
  code_generation_activity_count?: number;
  code_acceptance_activity_count?: number;
  loc_added_sum?: number;
  loc_deleted_sum?: number;
  totals_by_cli?: {
    session_count?: number;
    token_usage?: { prompt_tokens_sum?: number; output_tokens_sum?: number };
  };
  used_agent?: boolean;
  used_chat?: boolean;
  used_cli?: boolean;
}

interface CopilotUserTeam {
  day?: string;
  user_id?: number | string;
  slug?: string;
}

interface CopilotOrganizationDay {
  day_totals?: Array<{
    day?: string;
    pull_requests?: {
      total_created?: number;
      total_merged?: number;
      total_created_by_copilot?: number;
      total_merged_created_by_copilot?: number;
    };
  }>;
}

type Report = 'users-1-day' | 'user-teams-1-day' | 'organization-1-day';

/**
 * GitHub Copilot's usage metrics reports for one organisation: per user
 * (with their teams, mapped to catalog groups) and the organisation's pull
 * request totals. Each report answers with signed links to NDJSON files.
 */
export class GithubCopilotConnector implements AdoptionConnector {
  readonly name = 'copilot';

  /** From the `copilot` block: `token`, `org`, optional `baseUrl`, `apiVersion`. */
  static fromConfig(
    block: Config,
    http: ConnectorHttp,
    teamGroups: TeamGroupLookup,
  ): GithubCopilotConnector {
    return new GithubCopilotConnector(
      block.getString('token'),
      `${readBaseUrl(
        block,
        'https://api.github.com',
      )}/orgs/${encodeURIComponent(
        block.getString('org'),
      )}/copilot/metrics/reports`,
      block.getOptionalString('apiVersion') ?? '2022-11-28',
      http,
      teamGroups,
    );
  }

  private constructor(
    private readonly token: string,
    private readonly reportsUrl: string,
    private readonly apiVersion: string,
    private readonly http: ConnectorHttp,
    private readonly teamGroups: TeamGroupLookup,
  ) {}

  async readDay(day: string, signal?: AbortSignal): Promise<ConnectorDay> {
    const users = await this.report<CopilotUserDay>('users-1-day', day, signal);
    const teams = await this.report<CopilotUserTeam>(
      'user-teams-1-day',
      day,
      signal,
    );
    const organization = await this.report<CopilotOrganizationDay>(
      'organization-1-day',
      day,
      signal,
    );
    const teamOf = await this.teamsByUser(day, teams.records);

    const rows: AdoptionRow[] = [];
    let ignored = users.ignored + teams.ignored + organization.ignored;
    for (const user of users.records) {
      const row = this.userRow(day, user, teamOf);
      if (row) {
        rows.push(row);
      } else {
        ignored++;
      }
    }
    const totals = organization.records
      .flatMap(line => line.day_totals ?? [])
      .filter(total => total?.day === day && total.pull_requests);
    ignored += Math.max(0, totals.length - 1);
    const pulls = totals[0]?.pull_requests;
    const pullMetrics = figures({
      mergeRequestsOpened: pulls?.total_created,
      mergeRequestsMerged: pulls?.total_merged,
      aiAssistedMergeRequestsOpened: pulls?.total_created_by_copilot,
      aiAssistedMergeRequestsMerged: pulls?.total_merged_created_by_copilot,
    });
    if (hasFigures(pullMetrics)) {
      rows.push({
        type: 'daily',
        source: this.name,
        sourceId: `${day}:organization`,
        day,
        tool: 'copilot',
        metrics: pullMetrics,
      });
    }
    return { rows, ignored };
  }

  private userRow(
    day: string,
    user: CopilotUserDay,
    teamOf: Map<string, string>,
  ): AdoptionRow | undefined {
    if (user.user_id === undefined || user.day !== day) {
      return undefined;
    }
    const userId = String(user.user_id);
    const metrics = figures({
      requests: user.user_initiated_interaction_count,
      suggestionsAccepted: user.code_acceptance_activity_count,
      linesAdded: user.loc_added_sum,
      linesRemoved: user.loc_deleted_sum,
      sessions: user.totals_by_cli?.session_count,
      tokensIn: user.totals_by_cli?.token_usage?.prompt_tokens_sum,
      tokensOut: user.totals_by_cli?.token_usage?.output_tokens_sum,
    });
    if (!hasFigures(metrics)) {
      return undefined;
    }
    const used = Object.fromEntries(
      (
        [
          ['usedAgent', user.used_agent],
          ['usedChat', user.used_chat],
          ['usedCli', user.used_cli],
        ] as const
      ).filter(([, value]) => typeof value === 'boolean'),
    ) as Record<string, boolean>;
    const teamRef = teamOf.get(userId);
    return {
      type: 'daily',
      source: this.name,
      sourceId: `${day}:${sourceIdDigest(this.token, userId)}`,
      day,
      user: { id: userId },
      ...(teamRef ? { teamRef } : {}),
      tool: 'copilot',
      metrics,
      ...(Object.keys(used).length ? { metadata: used } : {}),
    };
  }

  /**
   * Each user's team for the day. A row carries one team, so a user in
   * several mapped teams counts for the first group ref in sorted order,
   * the same one on every pull.
   */
  private async teamsByUser(
    day: string,
    memberships: CopilotUserTeam[],
  ): Promise<Map<string, string>> {
    const teamOf = new Map<string, string>();
    if (memberships.length === 0) {
      return teamOf;
    }
    const groups = await this.teamGroups();
    for (const membership of memberships) {
      const groupRef = groups.get(membership.slug?.toLowerCase() ?? '');
      if (
        membership.day !== day ||
        membership.user_id === undefined ||
        !groupRef
      ) {
        continue;
      }
      const userId = String(membership.user_id);
      const current = teamOf.get(userId);
      if (!current || groupRef < current) {
        teamOf.set(userId, groupRef);
      }
    }
    return teamOf;
  }

  /** A report's records for the day, from every file it links to. */
  private async report<T>(
    report: Report,
    day: string,
    signal?: AbortSignal,
  ): Promise<{ records: T[]; ignored: number }> {
    let answer: { download_links?: string[]; report_day?: string };
    try {
      answer = await this.http.json(`${this.reportsUrl}/${report}?day=${day}`, {
        headers: {
          Authorization: `Bearer ${this.token}`,
          Accept: 'application/vnd.github+json',
          'X-GitHub-Api-Version': this.apiVersion,
        },
        signal,
      });
    } catch (error) {
      if (error instanceof ConnectorRequestError && error.status === 404) {
        throw new ConnectorDayNotReadyError(
          `GitHub has no ${report} report for ${day}`,
        );
      }
      throw error;
    }
    const records: T[] = [];
    let ignored = 0;
    for (const link of answer.download_links ?? []) {
      // Signed links carry their own credential: the token is not sent.
      const text = await this.http.text(link, { signal });
      for (const line of text.split('\n')) {
        if (!line.trim()) {
          continue;
        }
        try {
          records.push(JSON.parse(line) as T);
        } catch {
          ignored++;
        }
      }
    }
    return { records, ignored };
  }
}
