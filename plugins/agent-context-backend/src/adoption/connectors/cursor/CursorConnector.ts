import { AdoptionRow } from '@agent-context/plugin-agent-context-common';
import { Config } from '@backstage/config';
import { ConnectorHttp } from '../ConnectorHttp';
import { dayOf, dayStartMs } from '../days';
import { figures, hasFigures, sumOf } from '../figures';
import { readBaseUrl } from '../readConnectorSettings';
import { sourceIdDigest } from '../sourceIdDigest';
import { AdoptionConnector, ConnectorDay } from '../types';

/** One user's day in the Admin API's daily usage data. */
export interface CursorDailyUsage {
  date?: number;
  isActive?: boolean;
  email?: string;
  totalLinesAdded?: number;
  acceptedLinesAdded?: number;
  acceptedLinesDeleted?: number;
  totalAccepts?: number;
  totalRejects?: number;
  totalTabsAccepted?: number;
  composerRequests?: number;
  chatRequests?: number;
  agentRequests?: number;
  mostUsedModel?: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The rows' source, and the connector's config key. */
export const CURSOR_SOURCE = 'cursor';

/** Cursor's team usage, from the Admin API's daily usage data. */
export class CursorConnector implements AdoptionConnector {
  readonly name = CURSOR_SOURCE;

  /** From the `cursor` block: `apiKey`, optional `baseUrl`. */
  static fromConfig(block: Config, http: ConnectorHttp): CursorConnector {
    return new CursorConnector(
      block.getString('apiKey'),
      readBaseUrl(block, 'https://api.cursor.com'),
      http,
    );
  }

  private constructor(
    private readonly apiKey: string,
    private readonly baseUrl: string,
    private readonly http: ConnectorHttp,
  ) {}

  async readDay(day: string, signal?: AbortSignal): Promise<ConnectorDay> {
    // One day per call keeps every call far inside the 90-day limit, and
    // lets the run store each day as soon as it is read.
    const start = dayStartMs(day);
    const answer = await this.http.json<{ data?: CursorDailyUsage[] }>(
      `${this.baseUrl}/teams/daily-usage-data`,
      {
        method: 'POST',
        headers: {
          Authorization: `Basic ${Buffer.from(`${this.apiKey}:`).toString(
            'base64',
          )}`,
          'Content-Type': 'application/json',
        },
        body: JSON.stringify({ startDate: start, endDate: start + DAY_MS - 1 }),
        signal,
      },
    );
    return parseCursorDailyUsage(answer, { day, identityKey: this.apiKey });
  }
}

/**
 * The rows of one day's answer of the daily usage data: one per active
 * user with figures. `identityKey` keys the digest that stands for the
 * user's e-mail in the row's source id (the connector's API key).
 */
export function parseCursorDailyUsage(
  body: { data?: CursorDailyUsage[] },
  options: { day: string; identityKey: string },
): ConnectorDay {
  const rows: AdoptionRow[] = [];
  let ignored = 0;
  for (const usage of body.data ?? []) {
    const row = cursorRow(options.day, usage, options.identityKey);
    if (row) {
      rows.push(row);
    } else {
      ignored++;
    }
  }
  return { rows, ignored };
}

function cursorRow(
  day: string,
  usage: CursorDailyUsage,
  identityKey: string,
): AdoptionRow | undefined {
  // Inactive users carry no usage; a row without a day or a user cannot
  // be told apart from the next one.
  if (
    !usage.isActive ||
    !usage.email ||
    typeof usage.date !== 'number' ||
    !Number.isFinite(usage.date) ||
    dayOf(usage.date) !== day
  ) {
    return undefined;
  }
  const metrics = figures({
    linesAdded: usage.acceptedLinesAdded,
    linesRemoved: usage.acceptedLinesDeleted,
    editsAccepted: usage.totalAccepts,
    editsRejected: usage.totalRejects,
    suggestionsAccepted: usage.totalTabsAccepted,
    requests: sumOf(
      usage.composerRequests,
      usage.chatRequests,
      usage.agentRequests,
    ),
  });
  if (!hasFigures(metrics)) {
    return undefined;
  }
  return {
    type: 'daily',
    source: CURSOR_SOURCE,
    sourceId: `${day}:${sourceIdDigest(
      identityKey,
      usage.email.toLowerCase(),
    )}`,
    day,
    user: { email: usage.email },
    tool: 'cursor',
    ...(usage.mostUsedModel ? { model: usage.mostUsedModel } : {}),
    metrics,
  };
}
