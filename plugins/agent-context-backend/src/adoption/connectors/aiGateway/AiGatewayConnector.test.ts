import { TestDatabases } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { ConnectorHttp } from '../ConnectorHttp';
import {
  connectorHarness,
  databaseCursors,
} from '../__testUtils__/connectorHarness';
import { AiGatewayConnector } from './AiGatewayConnector';

const server = setupServer();
const BASE_URL = 'https://cloudflare.test/client/v4';
const LOGS = `${BASE_URL}/accounts/acc-1/ai-gateway/gateways/dev-gateway/logs`;

function log(day: string, n: number, metadata?: object | string) {
  return {
    id: `${day}-log-${n}`,
    created_at: `${day}T10:00:${String(n % 60).padStart(2, '0')}.000Z`,
    provider: 'anthropic',
    model: 'claude-sonnet-4',
    path: 'v1/messages',
    tokens_in: 100,
    tokens_out: n % 2 ? null : 20,
    cost: 0.002,
    custom_cost: false,
    success: true,
    cached: false,
    duration: 800,
    status_code: 200,
    metadata:
      typeof metadata === 'string'
        ? metadata
        : JSON.stringify(
            metadata ?? {
              entity: 'component:default/checkout',
              user: 'ada@example.com',
              team: 'payments',
            },
          ),
  };
}

function logsOf(day: string, count: number) {
  return Array.from({ length: count }, (_, n) => log(day, n));
}

/** The logs API as documented, paging by per_page. */
function gatewayApi() {
  const vendor = {
    days: new Map<string, object[]>(),
    failing: new Set<string>(),
    throttleOnce: new Set<string>(),
    requests: [] as URL[],
    authorization: [] as Array<string | null>,
  };
  server.use(
    http.get(LOGS, ({ request }) => {
      const url = new URL(request.url);
      vendor.requests.push(url);
      vendor.authorization.push(request.headers.get('authorization'));
      const day = url.searchParams.get('start_date')!.slice(0, 10);
      if (vendor.throttleOnce.delete(day)) {
        return new HttpResponse(null, {
          status: 429,
          headers: { 'Retry-After': '3' },
        });
      }
      if (vendor.failing.has(day)) {
        return HttpResponse.json(
          { success: false, errors: [{ code: 7003, message: 'nope' }] },
          { status: 500 },
        );
      }
      const logs = vendor.days.get(day) ?? [];
      const page = Number(url.searchParams.get('page'));
      const perPage = Number(url.searchParams.get('per_page'));
      const result = logs.slice((page - 1) * perPage, page * perPage);
      return HttpResponse.json({
        success: true,
        errors: [],
        messages: [],
        result,
        result_info: {
          page,
          per_page: perPage,
          count: result.length,
          total_count: logs.length,
        },
      });
    }),
  );
  return vendor;
}

function connector(options: { waits?: number[]; config?: object } = {}) {
  return AiGatewayConnector.fromConfig(
    new ConfigReader({
      apiToken: 'cf-token',
      accountId: 'acc-1',
      gateway: 'dev-gateway',
      baseUrl: BASE_URL,
      ...options.config,
    }),
    ConnectorHttp.create({
      sleep: async ms => {
        options.waits?.push(ms);
      },
    }),
  );
}

describe('AiGatewayConnector', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());

  it('turns every log of the day, on every page, into an event row', async () => {
    const vendor = gatewayApi();
    vendor.days.set('2026-11-29', logsOf('2026-11-29', 60));

    const read = await connector().readDay('2026-11-29');

    expect(vendor.requests.map(url => url.searchParams.get('page'))).toEqual([
      '1',
      '2',
    ]);
    expect(Object.fromEntries(vendor.requests[0].searchParams)).toEqual({
      start_date: '2026-11-29T00:00:00Z',
      end_date: '2026-11-30T00:00:00Z',
      page: '1',
      per_page: '50',
      order_by: 'created_at',
      order_by_direction: 'asc',
    });
    expect(vendor.authorization[0]).toBe('Bearer cf-token');
    expect(read.rows).toHaveLength(60);
    expect(read.rows[0]).toEqual({
      type: 'event',
      source: 'ai-gateway',
      sourceId: '2026-11-29-log-0',
      timestamp: '2026-11-29T10:00:00.000Z',
      entityRef: 'component:default/checkout',
      user: { email: 'ada@example.com' },
      provider: 'anthropic',
      model: 'claude-sonnet-4',
      metrics: {
        requests: 1,
        tokensIn: 100,
        tokensOut: 20,
        cost: 0.002,
        durationMs: 800,
      },
      metadata: { team: 'payments' },
    });
    // tokens_out is null on odd logs: left out, not zero.
    expect(read.rows[1].metrics).not.toHaveProperty('tokensOut');
  });

  it('reads a repository URL and a user id from the configured keys, and counts unreadable metadata', async () => {
    const vendor = gatewayApi();
    vendor.days.set('2026-11-29', [
      log('2026-11-29', 0, {
        repo: 'https://github.com/acme/checkout',
        who: 'u-42',
      }),
      log('2026-11-29', 1, 'not json'),
      { ...log('2026-11-29', 2), created_at: '2026-11-30T00:00:00.000Z' },
    ]);

    const read = await connector({
      config: { entityMetadataKey: 'repo', userMetadataKey: 'who' },
    }).readDay('2026-11-29');

    expect(read.rows).toHaveLength(2);
    expect(read.rows[0]).toMatchObject({
      repositoryUrl: 'https://github.com/acme/checkout',
      user: { id: 'u-42' },
    });
    expect(read.rows[0]).not.toHaveProperty('metadata');
    expect(read.rows[1]).not.toHaveProperty('user');
    expect(read.ignored).toBe(1);
  });

  it('waits out a 429 and carries on', async () => {
    const vendor = gatewayApi();
    vendor.days.set('2026-11-29', logsOf('2026-11-29', 2));
    vendor.throttleOnce.add('2026-11-29');
    const waits: number[] = [];

    const read = await connector({ waits }).readDay('2026-11-29');

    expect(waits).toEqual([3000]);
    expect(read.rows).toHaveLength(2);
  });

  it('replaces a partial day once it is complete, and a replayed day changes nothing', async () => {
    const vendor = gatewayApi();
    const harness = connectorHarness({ backfillFrom: '2026-11-29' });
    vendor.days.set('2026-11-29', logsOf('2026-11-29', 30));
    await harness.run(connector(), '2026-11-30');
    expect(
      harness.ingestion.total('ai-gateway', '2026-11-29', 'requests'),
    ).toBe(30);

    vendor.days.set('2026-11-29', logsOf('2026-11-29', 70));
    await harness.run(connector(), '2026-11-30');
    expect(
      harness.ingestion.total('ai-gateway', '2026-11-29', 'requests'),
    ).toBe(70);

    await harness.run(connector(), '2026-11-30');
    expect(
      harness.ingestion.total('ai-gateway', '2026-11-29', 'requests'),
    ).toBe(70);
    expect(harness.logger.info).toHaveBeenLastCalledWith(
      'Adoption connector ai-gateway stored 2026-11-29: 70 rows (0 new or changed, 70 unchanged), 0 records ignored',
    );
  });

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    it('stops at a failing day and resumes there after a restart', async () => {
      const vendor = gatewayApi();
      for (const day of ['2026-11-26', '2026-11-27', '2026-11-28']) {
        vendor.days.set(day, logsOf(day, 1));
      }
      vendor.failing.add('2026-11-27');
      const cursors = await databaseCursors(databases, databaseId);

      const before = connectorHarness({ cursors, backfillFrom: '2026-11-26' });
      await before.run(connector(), '2026-11-29');
      await expect(cursors.findLastDay('ai-gateway')).resolves.toBe(
        '2026-11-26',
      );

      vendor.failing.clear();
      vendor.requests.length = 0;
      const after = connectorHarness({
        cursors,
        backfillFrom: '2026-11-26',
        revisitDays: 1,
      });
      await after.run(connector(), '2026-11-29');
      expect(
        vendor.requests.map(url => url.searchParams.get('start_date')),
      ).toEqual(['2026-11-27T00:00:00Z', '2026-11-28T00:00:00Z']);
      await expect(cursors.findLastDay('ai-gateway')).resolves.toBe(
        '2026-11-28',
      );
    });
  });
});
