import { CustomErrorBase } from '@backstage/errors';

/** A vendor answered with an error, or kept answering "slow down". */
export class ConnectorRequestError extends CustomErrorBase {
  name = 'ConnectorRequestError' as const;

  constructor(message: string, readonly status: number) {
    super(message);
  }
}

/** The options of `ConnectorHttp.create`. */
export interface ConnectorHttpOptions {
  /** Requests per call at most, the first included. Default: 5. */
  maxAttempts?: number;
  /** The longest wait between attempts, whatever Retry-After asks. Default: 120. */
  maxWaitSeconds?: number;
  /** Injected by tests, which must not wait. */
  sleep?: (ms: number) => Promise<void>;
  /** Injected by tests, to read an HTTP-date Retry-After against a fixed clock. */
  now?: () => number;
}

const RETRIED_STATUSES = new Set([429, 503]);

/**
 * Vendors' usage APIs over the global fetch: a 429 or 503 is retried after
 * the wait its Retry-After asks for (seconds or an HTTP date), capped, or
 * after a doubling wait when it names none; any other failure throws.
 * Errors name the method and the URL without its query, which for signed
 * download links carries a credential; headers are never part of them.
 */
export class ConnectorHttp {
  static create(options: ConnectorHttpOptions = {}): ConnectorHttp {
    return new ConnectorHttp(
      options.maxAttempts ?? 5,
      (options.maxWaitSeconds ?? 120) * 1000,
      options.sleep ??
        (ms => new Promise(resolve => setTimeout(resolve, ms).unref())),
      options.now ?? Date.now,
    );
  }

  private constructor(
    private readonly maxAttempts: number,
    private readonly maxWaitMs: number,
    private readonly sleep: (ms: number) => Promise<void>,
    private readonly now: () => number,
  ) {}

  async json<T>(url: string, init: RequestInit = {}): Promise<T> {
    const response = await this.send(url, init);
    try {
      return (await response.json()) as T;
    } catch (error) {
      throw new ConnectorRequestError(
        `${describe(url, init)} answered with a body that is not JSON`,
        response.status,
      );
    }
  }

  async text(url: string, init: RequestInit = {}): Promise<string> {
    return (await this.send(url, init)).text();
  }

  private async send(url: string, init: RequestInit): Promise<Response> {
    for (let attempt = 1; ; attempt++) {
      const response = await fetch(url, init);
      if (response.ok) {
        return response;
      }
      // An unread body holds its connection until collected; not awaited,
      // as some bodies only settle once fully read.
      response.body?.cancel().catch(() => undefined);
      if (!RETRIED_STATUSES.has(response.status)) {
        throw new ConnectorRequestError(
          `${describe(url, init)} answered ${response.status} ${
            response.statusText
          }`.trim(),
          response.status,
        );
      }
      if (attempt >= this.maxAttempts) {
        throw new ConnectorRequestError(
          `${describe(url, init)} still answered ${
            response.status
          } after ${attempt} attempts`,
          response.status,
        );
      }
      const asked = retryAfterMs(
        response.headers.get('retry-after'),
        this.now(),
      );
      await this.sleep(
        Math.min(asked ?? 1000 * 2 ** (attempt - 1), this.maxWaitMs),
      );
      init.signal?.throwIfAborted();
    }
  }
}

function describe(url: string, init: RequestInit): string {
  const { origin, pathname } = new URL(url);
  return `${init.method ?? 'GET'} ${origin}${pathname}`;
}

/** The wait a Retry-After header asks for, or undefined if it names none. */
export function retryAfterMs(
  header: string | null,
  now: number,
): number | undefined {
  if (!header) {
    return undefined;
  }
  if (/^\s*\d+\s*$/.test(header)) {
    return Number(header) * 1000;
  }
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
