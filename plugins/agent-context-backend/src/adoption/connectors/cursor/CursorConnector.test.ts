import { TestDatabases } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { ConnectorHttp } from '../ConnectorHttp';
import {
  connectorHarness,
  databaseCursors,
} from '../__testUtils__/connectorHarness';
import { dayOf } from '../days';
import { CursorConnector } from './CursorConnector';

const server = setupServer();
const BASE_URL = 'https://cursor.test';

function usage(day: string, email: string, linesAdded: number) {
  return {
    date: Date.parse(`${day}T00:00:00Z`),
    isActive: true,
    email,
    totalLinesAdded: linesAdded * 2,
    acceptedLinesAdded: linesAdded,
    acceptedLinesDeleted: 3,
    totalAccepts: 4,
    totalRejects: 1,
    totalTabsAccepted: 9,
    composerRequests: 2,
    chatRequests: 5,
    agentRequests: 7,
    mostUsedModel: 'claude-4-sonnet',
  };
}

/** The Admin API as documented: one POST with an epoch-ms range. */
function cursorApi() {
  const vendor = {
    days: new Map<string, object[]>(),
    failing: new Set<string>(),
    throttleOnce: new Set<string>(),
    requests: [] as Array<{ authorization: string | null; body: any }>,
  };
  server.use(
    http.post(`${BASE_URL}/teams/daily-usage-data`, async ({ request }) => {
      const body = (await request.json()) as any;
      vendor.requests.push({
        authorization: request.headers.get('authorization'),
        body,
      });
      const day = dayOf(body.startDate);
      if (vendor.throttleOnce.delete(day)) {
        return new HttpResponse(null, {
          status: 429,
          headers: { 'Retry-After': '30' },
        });
      }
      if (vendor.failing.has(day)) {
        return HttpResponse.json({ error: 'boom' }, { status: 500 });
      }
      return HttpResponse.json({
        data: vendor.days.get(day) ?? [],
        period: { startDate: body.startDate, endDate: body.endDate },
      });
    }),
  );
  return vendor;
}

function connector(waits: number[] = []) {
  return CursorConnector.fromConfig(
    new ConfigReader({ apiKey: 'key_abc', baseUrl: `${BASE_URL}/` }),
    ConnectorHttp.create({
      sleep: async ms => {
        waits.push(ms);
      },
    }),
  );
}

describe('CursorConnector', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());

  it('maps each active user’s day onto a daily row, with the API key as basic-auth user', async () => {
    const vendor = cursorApi();
    vendor.days.set('2026-11-29', [
      usage('2026-11-29', 'ada@example.com', 40),
      {
        date: Date.parse('2026-11-29T00:00:00Z'),
        isActive: false,
        email: 'bob@example.com',
      },
    ]);

    const read = await connector().readDay('2026-11-29');

    expect(vendor.requests[0]).toEqual({
      authorization: `Basic ${Buffer.from('key_abc:').toString('base64')}`,
      body: {
        startDate: Date.parse('2026-11-29T00:00:00Z'),
        endDate: Date.parse('2026-11-30T00:00:00Z') - 1,
      },
    });
    expect(read.ignored).toBe(1);
    expect(read.rows).toEqual([
      {
        type: 'daily',
        source: 'cursor',
        sourceId: expect.stringMatching(/^2026-11-29:[0-9a-f]{32}$/),
        day: '2026-11-29',
        user: { email: 'ada@example.com' },
        tool: 'cursor',
        model: 'claude-4-sonnet',
        metrics: {
          linesAdded: 40,
          linesRemoved: 3,
          editsAccepted: 4,
          editsRejected: 1,
          suggestionsAccepted: 9,
          requests: 14,
        },
      },
    ]);
    expect(read.rows[0].sourceId).not.toContain('ada');
  });

  it('waits out a 429 and carries on', async () => {
    const vendor = cursorApi();
    vendor.days.set('2026-11-29', [usage('2026-11-29', 'ada@example.com', 40)]);
    vendor.throttleOnce.add('2026-11-29');
    const waits: number[] = [];

    const read = await connector(waits).readDay('2026-11-29');

    expect(waits).toEqual([30000]);
    expect(read.rows).toHaveLength(1);
  });

  it('replaces a partial day once it is complete, and a replayed day changes nothing', async () => {
    const vendor = cursorApi();
    const harness = connectorHarness({ backfillFrom: '2026-11-29' });
    vendor.days.set('2026-11-29', [usage('2026-11-29', 'ada@example.com', 10)]);
    await harness.run(connector(), '2026-11-30');
    expect(harness.ingestion.total('cursor', '2026-11-29', 'linesAdded')).toBe(
      10,
    );

    vendor.days.set('2026-11-29', [
      usage('2026-11-29', 'ada@example.com', 25),
      usage('2026-11-29', 'bob@example.com', 5),
    ]);
    await harness.run(connector(), '2026-11-30');
    expect(harness.ingestion.total('cursor', '2026-11-29', 'linesAdded')).toBe(
      30,
    );

    await harness.run(connector(), '2026-11-30');
    expect(harness.ingestion.total('cursor', '2026-11-29', 'linesAdded')).toBe(
      30,
    );
    expect(harness.logger.info).toHaveBeenLastCalledWith(
      'Adoption connector cursor stored 2026-11-29: 2 rows (0 new or changed, 2 unchanged), 0 records ignored',
    );
  });

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    it('stops at a failing day and resumes there after a restart', async () => {
      const vendor = cursorApi();
      for (const day of ['2026-11-26', '2026-11-27', '2026-11-28']) {
        vendor.days.set(day, [usage(day, 'ada@example.com', 1)]);
      }
      vendor.failing.add('2026-11-27');
      const cursors = await databaseCursors(databases, databaseId);

      const before = connectorHarness({ cursors, backfillFrom: '2026-11-26' });
      await before.run(connector(), '2026-11-29');
      expect(before.ingestion.rowsOf('cursor').map(r => r.day)).toEqual([
        '2026-11-26',
      ]);
      await expect(cursors.findLastDay('cursor')).resolves.toBe('2026-11-26');

      vendor.failing.clear();
      vendor.requests.length = 0;
      const after = connectorHarness({
        cursors,
        backfillFrom: '2026-11-26',
        revisitDays: 1,
      });
      await after.run(connector(), '2026-11-29');
      expect(vendor.requests.map(r => dayOf(r.body.startDate))).toEqual([
        '2026-11-27',
        '2026-11-28',
      ]);
      await expect(cursors.findLastDay('cursor')).resolves.toBe('2026-11-28');
    });
  });
});
