import { TestDatabases } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { ConnectorHttp } from '../ConnectorHttp';
import {
  connectorHarness,
  databaseCursors,
} from '../__testUtils__/connectorHarness';
import { ClaudeCodeConnector } from './ClaudeCodeConnector';

const server = setupServer();
const BASE_URL = 'https://anthropic.test';
const REPORT = `${BASE_URL}/v1/organizations/usage_report/claude_code`;

function record(day: string, email: string, linesAdded: number) {
  return {
    date: `${day}T00:00:00Z`,
    actor: { type: 'user_actor', email_address: email },
    organization_id: 'org-1',
    customer_type: 'api',
    terminal_type: 'vscode',
    core_metrics: {
      num_sessions: 3,
      lines_of_code: { added: linesAdded, removed: 4 },
      commits_by_claude_code: 2,
      pull_requests_by_claude_code: 1,
    },
    tool_actions: {
      edit_tool: { accepted: 10, rejected: 2 },
      write_tool: { accepted: 5, rejected: 1 },
    },
    model_breakdown: [
      {
        model: 'claude-opus-4',
        tokens: {
          input: 1000,
          output: 400,
          cache_read: 5000,
          cache_creation: 300,
        },
        estimated_cost: { currency: 'USD', amount: 250 },
      },
    ],
  };
}

/** The analytics report as documented: one page per record here, to page. */
function claudeApi() {
  const vendor = {
    days: new Map<string, object[]>(),
    failing: new Set<string>(),
    throttleOnce: new Set<string>(),
    requests: [] as URL[],
    headers: [] as Headers[],
  };
  server.use(
    http.get(REPORT, ({ request }) => {
      const url = new URL(request.url);
      vendor.requests.push(url);
      vendor.headers.push(request.headers);
      const day = url.searchParams.get('starting_at')!;
      if (vendor.throttleOnce.delete(day)) {
        return new HttpResponse(null, {
          status: 429,
          headers: { 'retry-after': '12' },
        });
      }
      if (vendor.failing.has(day)) {
        return HttpResponse.json({ type: 'error' }, { status: 500 });
      }
      const records = vendor.days.get(day) ?? [];
      const page = url.searchParams.get('page');
      const at = page ? Number(page.replace('page_', '')) : 0;
      const more = at + 1 < records.length;
      return HttpResponse.json({
        data: records.slice(at, at + 1),
        has_more: more,
        next_page: more ? `page_${at + 1}` : null,
      });
    }),
  );
  return vendor;
}

function connector(waits: number[] = []) {
  return ClaudeCodeConnector.fromConfig(
    new ConfigReader({ apiKey: 'sk-ant-admin-xyz', baseUrl: BASE_URL }),
    ConnectorHttp.create({
      sleep: async ms => {
        waits.push(ms);
      },
    }),
  );
}

describe('ClaudeCodeConnector', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());

  it('reads every page of a day, one activity row and one row per model for each user', async () => {
    const vendor = claudeApi();
    vendor.days.set('2026-11-29', [
      record('2026-11-29', 'ada@example.com', 40),
      {
        ...record('2026-11-29', '', 0),
        actor: { type: 'api_actor', api_key_name: 'ci-bot' },
        model_breakdown: [
          {
            model: 'claude-haiku-4',
            tokens: { input: 10, output: 5 },
            estimated_cost: { currency: 'EUR', amount: 1 },
          },
        ],
      },
      { ...record('2026-11-29', '', 0), actor: { type: 'robot' } },
    ]);

    const read = await connector().readDay('2026-11-29');

    expect(vendor.requests.map(url => url.searchParams.get('page'))).toEqual([
      null,
      'page_1',
      'page_2',
    ]);
    expect(vendor.requests[0].searchParams.get('limit')).toBe('1000');
    expect(vendor.headers[0].get('x-api-key')).toBe('sk-ant-admin-xyz');
    expect(vendor.headers[0].get('anthropic-version')).toBe('2023-06-01');
    // The robot actor, and the cost in euros.
    expect(read.ignored).toBe(2);
    const [activity, opus, bot, haiku] = read.rows;
    expect(activity).toEqual({
      type: 'daily',
      source: 'claude-code',
      sourceId: expect.stringMatching(/^2026-11-29:[0-9a-f]{32}$/),
      day: '2026-11-29',
      user: { email: 'ada@example.com' },
      tool: 'claude-code',
      metrics: {
        sessions: 3,
        linesAdded: 40,
        linesRemoved: 4,
        commits: 2,
        pullRequests: 1,
        editsAccepted: 15,
        editsRejected: 3,
      },
    });
    expect(opus).toMatchObject({
      sourceId: `${activity.sourceId}:claude-opus-4`,
      model: 'claude-opus-4',
      provider: 'anthropic',
      metrics: {
        tokensIn: 1000,
        tokensOut: 400,
        cacheReadTokens: 5000,
        cacheWriteTokens: 300,
        cost: 2.5,
      },
    });
    expect(bot.user).toEqual({ id: 'api-key:ci-bot' });
    expect(haiku.metrics).toEqual({ tokensIn: 10, tokensOut: 5 });
  });

  it('waits out a 429 and carries on', async () => {
    const vendor = claudeApi();
    vendor.days.set('2026-11-29', [record('2026-11-29', 'ada@example.com', 1)]);
    vendor.throttleOnce.add('2026-11-29');
    const waits: number[] = [];

    const read = await connector(waits).readDay('2026-11-29');

    expect(waits).toEqual([12000]);
    expect(read.rows).toHaveLength(2);
  });

  it('replaces a partial day once it is complete, and a replayed day changes nothing', async () => {
    const vendor = claudeApi();
    const harness = connectorHarness({ backfillFrom: '2026-11-29' });
    vendor.days.set('2026-11-29', [
      record('2026-11-29', 'ada@example.com', 10),
    ]);
    await harness.run(connector(), '2026-11-30');
    expect(
      harness.ingestion.total('claude-code', '2026-11-29', 'linesAdded'),
    ).toBe(10);

    vendor.days.set('2026-11-29', [
      record('2026-11-29', 'ada@example.com', 30),
      record('2026-11-29', 'bob@example.com', 5),
    ]);
    await harness.run(connector(), '2026-11-30');
    expect(
      harness.ingestion.total('claude-code', '2026-11-29', 'linesAdded'),
    ).toBe(35);
    expect(harness.ingestion.total('claude-code', '2026-11-29', 'cost')).toBe(
      5,
    );

    await harness.run(connector(), '2026-11-30');
    expect(
      harness.ingestion.total('claude-code', '2026-11-29', 'linesAdded'),
    ).toBe(35);
    expect(harness.logger.info).toHaveBeenLastCalledWith(
      'Adoption connector claude-code stored 2026-11-29: 4 rows (0 new or changed, 4 unchanged), 0 records ignored',
    );
  });

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    it('stops at a failing day and resumes there after a restart', async () => {
      const vendor = claudeApi();
      for (const day of ['2026-11-26', '2026-11-27', '2026-11-28']) {
        vendor.days.set(day, [record(day, 'ada@example.com', 1)]);
      }
      vendor.failing.add('2026-11-27');
      const cursors = await databaseCursors(databases, databaseId);

      const before = connectorHarness({ cursors, backfillFrom: '2026-11-26' });
      await before.run(connector(), '2026-11-29');
      await expect(cursors.findLastDay('claude-code')).resolves.toBe(
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
        vendor.requests.map(url => url.searchParams.get('starting_at')),
      ).toEqual(['2026-11-27', '2026-11-28']);
      await expect(cursors.findLastDay('claude-code')).resolves.toBe(
        '2026-11-28',
      );
    });
  });
});
