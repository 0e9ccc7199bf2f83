import { AdoptionRow } from '@agent-context/plugin-agent-context-common';
import { Config } from '@backstage/config';
import { ConnectorHttp } from '../ConnectorHttp';
import { addDays, dayOf } from '../days';
import { figures } from '../figures';
import { readBaseUrl } from '../readConnectorSettings';
import { AdoptionConnector, ConnectorDay } from '../types';

/** One request in the gateway's logs. */
export interface GatewayLog {
  id?: string;
  created_at?: string;
  provider?: string;
  model?: string;
  tokens_in?: number | null;
  tokens_out?: number | null;
  cost?: number | null;
  success?: boolean;
  cached?: boolean;
  duration?: number | null;
  status_code?: number | null;
  metadata?: string | null;
}

interface GatewayLogsPage {
  success?: boolean;
  errors?: Array<{ code?: number }>;
  result?: GatewayLog[];
  result_info?: { page?: number; per_page?: number; total_count?: number };
}

type Scalar = string | number | boolean;

/** Where in a log's metadata the connector finds whom and what it was for. */
export interface GatewayMetadataKeys {
  /** Holds an entity ref, or a repository URL resolved to its entity. */
  entity: string;
  /** Holds the user's e-mail or id. */
  user: string;
}

const PER_PAGE = 50;

/** The rows' source, and the connector's config key. */
export const AI_GATEWAY_SOURCE = 'ai-gateway';

/**
 * An AI gateway's request logs (Cloudflare AI Gateway): one event row per
 * request, attributed by the metadata the caller attached to it.
 */
export class AiGatewayConnector implements AdoptionConnector {
  readonly name = AI_GATEWAY_SOURCE;

  /**
   * From the `ai-gateway` block: `apiToken`, `accountId`, `gateway`,
   * optional `baseUrl`, `entityMetadataKey` and `userMetadataKey`.
   */
  static fromConfig(block: Config, http: ConnectorHttp): AiGatewayConnector {
    return new AiGatewayConnector(
      block.getString('apiToken'),
      `${readBaseUrl(
        block,
        'https://api.cloudflare.com/client/v4',
      )}/accounts/${encodeURIComponent(
        block.getString('accountId'),
      )}/ai-gateway/gateways/${encodeURIComponent(
        block.getString('gateway'),
      )}/logs`,
      {
        entity: block.getOptionalString('entityMetadataKey') ?? 'entity',
        user: block.getOptionalString('userMetadataKey') ?? 'user',
      },
      http,
    );
  }

  private constructor(
    private readonly apiToken: string,
    private readonly logsUrl: string,
    private readonly keys: GatewayMetadataKeys,
    private readonly http: ConnectorHttp,
  ) {}

  async readDay(day: string, signal?: AbortSignal): Promise<ConnectorDay> {
    const rows: AdoptionRow[] = [];
    let ignored = 0;
    for (let page = 1; ; page++) {
      const query = new URLSearchParams({
        start_date: `${day}T00:00:00Z`,
        end_date: `${addDays(day, 1)}T00:00:00Z`,
        page: String(page),
        per_page: String(PER_PAGE),
        order_by: 'created_at',
        order_by_direction: 'asc',
      });
      const answer = await this.http.json<GatewayLogsPage>(
        `${this.logsUrl}?${query}`,
        { headers: { Authorization: `Bearer ${this.apiToken}` }, signal },
      );
      if (answer.success === false) {
        throw new Error(
          `the gateway's logs answered unsuccessfully (error codes ${
            answer.errors?.map(e => e.code).join(', ') || 'none'
          })`,
        );
      }
      const logs = answer.result ?? [];
      const read = parseGatewayLogs(logs, { day, keys: this.keys });
      rows.push(...read.rows);
      ignored += read.ignored;
      const total = answer.result_info?.total_count ?? 0;
      if (logs.length === 0 || page * PER_PAGE >= total) {
        return { rows, ignored };
      }
    }
  }
}

/**
 * The rows of one day's page of logs: one event per request. Logs of
 * another day are left out (the API's range ends inclusive, so a log at
 * the next midnight belongs to the next day); a log without an id or a
 * time, or with unreadable metadata, is counted as ignored.
 */
export function parseGatewayLogs(
  logs: GatewayLog[],
  options: { day: string; keys: GatewayMetadataKeys },
): ConnectorDay {
  const rows: AdoptionRow[] = [];
  let ignored = 0;
  for (const log of logs) {
    const at = Date.parse(log.created_at ?? '');
    if (!Number.isNaN(at) && dayOf(at) !== options.day) {
      continue;
    }
    const mapped = gatewayRow(log, options.keys);
    if (mapped.row) {
      rows.push(mapped.row);
    }
    ignored += mapped.ignored;
  }
  return { rows, ignored };
}

function gatewayRow(
  log: GatewayLog,
  keys: GatewayMetadataKeys,
): { row?: AdoptionRow; ignored: number } {
  const at = log.created_at ? Date.parse(log.created_at) : NaN;
  if (!log.id || Number.isNaN(at)) {
    return { ignored: 1 };
  }
  const metadata = parseMetadata(log.metadata);
  const { [keys.entity]: target, [keys.user]: who, ...rest } = metadata ?? {};
  return {
    row: {
      type: 'event',
      source: AI_GATEWAY_SOURCE,
      sourceId: log.id,
      timestamp: new Date(at).toISOString(),
      ...attributionOf(target),
      ...(typeof who === 'string' && who
        ? { user: who.includes('@') ? { email: who } : { id: who } }
        : {}),
      ...(log.provider ? { provider: log.provider } : {}),
      ...(log.model ? { model: log.model } : {}),
      metrics: figures({
        requests: 1,
        tokensIn: log.tokens_in,
        tokensOut: log.tokens_out,
        cost: log.cost,
        durationMs: log.duration,
      }),
      ...(Object.keys(rest).length ? { metadata: rest } : {}),
    },
    ignored: metadata === undefined ? 1 : 0,
  };
}

/**
 * The metadata the caller attached, a JSON object of scalars; undefined
 * if it is there but unreadable, so that it is counted as ignored.
 */
function parseMetadata(
  text: string | null | undefined,
): Record<string, Scalar> | undefined {
  if (!text) {
    return {};
  }
  try {
    const parsed: unknown = JSON.parse(text);
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
      return undefined;
    }
    return Object.fromEntries(
      Object.entries(parsed).filter((entry): entry is [string, Scalar] =>
        ['string', 'number', 'boolean'].includes(typeof entry[1]),
      ),
    );
  } catch {
    return undefined;
  }
}

function attributionOf(
  target: Scalar | undefined,
): Pick<AdoptionRow, 'entityRef' | 'repositoryUrl'> {
  if (typeof target !== 'string' || !target) {
    return {};
  }
  return /^https?:\/\//i.test(target)
    ? { repositoryUrl: target }
    : { entityRef: target };
}
