import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { ConnectorHttp } from '../ConnectorHttp';
import {
  connectorHarness,
  databaseCursors,
} from '../__testUtils__/connectorHarness';
import { GithubCopilotConnector } from './GithubCopilotConnector';
import { githubTeamGroups } from './githubTeamGroups';

const server = setupServer();
const API = 'https://github.test/api';
const REPORTS = `${API}/orgs/acme/copilot/metrics/reports`;
const FILES = 'https://files.test';

function userDay(day: string, userId: number, linesAdded: number) {
  return {
    day,
    enterprise_id: '1',
    user_id: userId,
    user_login: `dev-${userId}`,
    user_initiated_interaction_count: 12,
    code_generation_activity_count: 30,
    code_acceptance_activity_count: 8,
    loc_added_sum: linesAdded,
    loc_deleted_sum: 2,
    loc_suggested_to_add_sum: 50,
    totals_by_ide: [{ ide: 'vscode', code_acceptance_activity_count: 8 }],
    totals_by_feature: [
      { feature: 'code_completion', loc_added_sum: linesAdded },
    ],
    totals_by_language_model: [{ language: 'typescript', model: 'gpt-5' }],
    totals_by_cli: {
      session_count: 2,
      request_count: 2,
      token_usage: { prompt_tokens_sum: 3800, output_tokens_sum: 5000 },
    },
    used_agent: true,
    used_chat: false,
    used_cli: true,
  };
}

function teamRow(day: string, userId: number, slug: string) {
  return {
    day,
    user_id: userId,
    user_login: `dev-${userId}`,
    organization_id: 9,
    team_id: 7,
    slug,
  };
}

function organizationDay(day: string, created: number) {
  return {
    day_totals: [
      {
        day,
        daily_active_users: 40,
        weekly_active_users: 60,
        monthly_active_users: 80,
        pull_requests: {
          total_created: created,
          total_merged: 10,
          total_created_by_copilot: 4,
          total_merged_created_by_copilot: 3,
          total_reviewed: 11,
        },
      },
    ],
  };
}

const ndjson = (records: object[]) =>
  records.map(record => JSON.stringify(record)).join('\n');

/**
 * The reports API as documented: each report of a day answers with links
 * to NDJSON files; the users report is split over two files.
 */
function copilotApi() {
  const vendor = {
    users: new Map<string, object[]>(),
    teams: new Map<string, object[]>(),
    organization: new Map<string, object[]>(),
    failing: new Set<string>(),
    unpublished: new Set<string>(),
    throttleOnce: new Set<string>(),
    requests: [] as Array<{ url: URL; headers: Headers }>,
  };
  const sources = {
    'users-1-day': vendor.users,
    'user-teams-1-day': vendor.teams,
    'organization-1-day': vendor.organization,
  } as Record<string, Map<string, object[]>>;
  server.use(
    http.get(`${REPORTS}/:report`, ({ request, params }) => {
      const url = new URL(request.url);
      vendor.requests.push({ url, headers: request.headers });
      const day = url.searchParams.get('day')!;
      const report = params.report as string;
      if (vendor.throttleOnce.delete(day)) {
        return new HttpResponse(null, {
          status: 429,
          headers: { 'Retry-After': '60' },
        });
      }
      if (vendor.unpublished.has(day)) {
        return HttpResponse.json({ message: 'Not Found' }, { status: 404 });
      }
      if (vendor.failing.has(day)) {
        return HttpResponse.json({ message: 'Server Error' }, { status: 500 });
      }
      return HttpResponse.json({
        download_links: [
          `${FILES}/${report}/${day}/1.ndjson?sig=abc`,
          `${FILES}/${report}/${day}/2.ndjson?sig=abc`,
        ],
        report_day: day,
      });
    }),
    http.get(`${FILES}/:report/:day/:file`, ({ request, params }) => {
      vendor.requests.push({
        url: new URL(request.url),
        headers: request.headers,
      });
      const records =
        sources[params.report as string].get(params.day as string) ?? [];
      const half = Math.ceil(records.length / 2);
      return new HttpResponse(
        ndjson(
          params.file === '1.ndjson'
            ? records.slice(0, half)
            : records.slice(half),
        ),
        { headers: { 'Content-Type': 'application/x-ndjson' } },
      );
    }),
  );
  return vendor;
}

const groups = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: {
      name: 'payments',
      annotations: { 'github.com/team-slug': 'acme/payments-devs' },
    },
    spec: { type: 'team', children: [] },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: {
      name: 'elsewhere',
      annotations: { 'github.com/team-slug': 'other-org/payments-devs' },
    },
    spec: { type: 'team', children: [] },
  },
];

function connector(waits: number[] = []) {
  return GithubCopilotConnector.fromConfig(
    new ConfigReader({ token: 'ghp_secret', org: 'acme', baseUrl: API }),
    ConnectorHttp.create({
      sleep: async ms => {
        waits.push(ms);
      },
    }),
    githubTeamGroups({
      catalog: catalogServiceMock({ entities: groups }),
      auth: mockServices.auth(),
      org: 'acme',
      teamMapping: { 'web-devs': 'group:default/web' },
    }),
  );
}

describe('GithubCopilotConnector', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());

  it('reads every file of the three reports: user rows with their team, and the organisation’s pull requests', async () => {
    const vendor = copilotApi();
    const day = '2026-11-29';
    vendor.users.set(day, [
      userDay(day, 1, 40),
      userDay(day, 2, 10),
      userDay(day, 3, 5),
    ]);
    vendor.teams.set(day, [
      teamRow(day, 1, 'payments-devs'),
      teamRow(day, 2, 'web-devs'),
      teamRow(day, 2, 'payments-devs'),
      teamRow(day, 3, 'unmapped'),
    ]);
    vendor.organization.set(day, [organizationDay(day, 20)]);

    const read = await connector().readDay(day);

    const report = vendor.requests.find(r =>
      r.url.pathname.endsWith('/users-1-day'),
    )!;
    expect(report.url.searchParams.get('day')).toBe(day);
    expect(report.headers.get('authorization')).toBe('Bearer ghp_secret');
    expect(report.headers.get('x-github-api-version')).toBe('2022-11-28');
    const file = vendor.requests.find(r => r.url.host === 'files.test')!;
    expect(file.headers.get('authorization')).toBeNull();

    expect(read.ignored).toBe(0);
    expect(read.rows).toHaveLength(4);
    expect(read.rows[0]).toEqual({
      type: 'daily',
      source: 'copilot',
      sourceId: expect.stringMatching(/^2026-11-29:[0-9a-f]{32}$/),
      day,
      user: { id: '1' },
      teamRef: 'group:default/payments',
      tool: 'copilot',
      metrics: {
        requests: 12,
        suggestionsAccepted: 8,
        linesAdded: 40,
        linesRemoved: 2,
        sessions: 2,
        tokensIn: 3800,
        tokensOut: 5000,
      },
      metadata: { usedAgent: true, usedChat: false, usedCli: true },
    });
    // In two mapped teams: the first group ref, on every pull.
    expect(read.rows[1].teamRef).toBe('group:default/payments');
    expect(read.rows[2]).not.toHaveProperty('teamRef');
    expect(read.rows[3]).toEqual({
      type: 'daily',
      source: 'copilot',
      sourceId: '2026-11-29:organization',
      day,
      tool: 'copilot',
      metrics: {
        mergeRequestsOpened: 20,
        mergeRequestsMerged: 10,
        aiAssistedMergeRequestsOpened: 4,
        aiAssistedMergeRequestsMerged: 3,
      },
    });
  });

  it('waits out a 429 and carries on', async () => {
    const vendor = copilotApi();
    vendor.users.set('2026-11-29', [userDay('2026-11-29', 1, 1)]);
    vendor.throttleOnce.add('2026-11-29');
    const waits: number[] = [];

    const read = await connector(waits).readDay('2026-11-29');

    expect(waits).toEqual([60000]);
    expect(read.rows).toHaveLength(1);
  });

  it('replaces a partial day once it is complete, and a replayed day changes nothing', async () => {
    const vendor = copilotApi();
    const harness = connectorHarness({ backfillFrom: '2026-11-29' });
    const day = '2026-11-29';
    vendor.users.set(day, [userDay(day, 1, 10)]);
    vendor.organization.set(day, [organizationDay(day, 5)]);
    await harness.run(connector(), '2026-11-30');
    expect(harness.ingestion.total('copilot', day, 'linesAdded')).toBe(10);

    vendor.users.set(day, [userDay(day, 1, 30), userDay(day, 2, 7)]);
    vendor.organization.set(day, [organizationDay(day, 9)]);
    await harness.run(connector(), '2026-11-30');
    expect(harness.ingestion.total('copilot', day, 'linesAdded')).toBe(37);
    expect(harness.ingestion.total('copilot', day, 'mergeRequestsOpened')).toBe(
      9,
    );

    await harness.run(connector(), '2026-11-30');
    expect(harness.ingestion.total('copilot', day, 'linesAdded')).toBe(37);
    expect(harness.logger.info).toHaveBeenLastCalledWith(
      'Adoption connector copilot stored 2026-11-29: 3 rows (0 new or changed, 3 unchanged), 0 records ignored',
    );
  });

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    it('stops at a failing day, then at one not yet published, and resumes after a restart', async () => {
      const vendor = copilotApi();
      for (const day of ['2026-11-26', '2026-11-27', '2026-11-28']) {
        vendor.users.set(day, [userDay(day, 1, 1)]);
      }
      vendor.failing.add('2026-11-27');
      const cursors = await databaseCursors(databases, databaseId);

      const before = connectorHarness({ cursors, backfillFrom: '2026-11-26' });
      await before.run(connector(), '2026-11-29');
      await expect(cursors.findLastDay('copilot')).resolves.toBe('2026-11-26');
      expect(before.logger.error).toHaveBeenCalledWith(
        'Adoption connector copilot failed on 2026-11-27; the next run starts again from that day',
        expect.objectContaining({
          message:
            'GET https://github.test/api/orgs/acme/copilot/metrics/reports/users-1-day answered 500 Internal Server Error',
        }),
      );

      vendor.failing.clear();
      vendor.unpublished.add('2026-11-28');
      vendor.requests.length = 0;
      const after = connectorHarness({
        cursors,
        backfillFrom: '2026-11-26',
        revisitDays: 1,
      });
      await after.run(connector(), '2026-11-29');
      expect(
        vendor.requests
          .filter(r => r.url.pathname.endsWith('/users-1-day'))
          .map(r => r.url.searchParams.get('day')),
      ).toEqual(['2026-11-27', '2026-11-28']);
      await expect(cursors.findLastDay('copilot')).resolves.toBe('2026-11-27');
      expect(after.logger.error).not.toHaveBeenCalled();
    });
  });
});
