import { mockCredentials, TestDatabases } from '@backstage/backend-test-utils';
import { AdoptionRow } from '@agent-context/plugin-agent-context-common';
import { ExporterProcess } from './__testUtils__/ExporterProcess';
import { InMemoryAdoptionIngestion } from '../../__testUtils__/InMemoryAdoptionIngestion';
import { RecordingProxy } from './__testUtils__/RecordingProxy';
import { startOtlpReceiver } from './__testUtils__/startOtlpReceiver';

// What the coding agent's environment sets (OTEL_RESOURCE_ATTRIBUTES).
const RESOURCE = {
  'service.name': 'checkout-agent',
  'backstage.entity_ref': 'component:default/checkout-service',
  'vcs.repository.url.full': 'https://github.com/example/checkout',
  'team.id': 'checkout-team',
};

// Claude Code's standard attributes, on every point and event.
const STANDARD = {
  'user.account_uuid': 'acc-1',
  'user.email': 'dev@example.com',
  'organization.id': 'org-1',
  'session.id': 'session-1',
  'terminal.type': 'vscode',
};

const ATTRIBUTION = {
  entityRef: 'component:default/checkout-service',
  repositoryUrl: 'https://github.com/example/checkout',
  teamRef: 'checkout-team',
  user: { id: 'acc-1', email: 'dev@example.com' },
  metadata: { 'terminal.type': 'vscode', 'organization.id': 'org-1' },
};

const GEN_AI = {
  'gen_ai.provider.name': 'anthropic',
  'gen_ai.request.model': 'claude-sonnet',
  'gen_ai.operation.name': 'chat',
};

/** A row as the test compares it: without its id and time, which it checks apart. */
const figures = ({ sourceId, timestamp, ...rest }: AdoptionRow) => rest;

const claudeCodeRow = (metrics: AdoptionRow['metrics'], model?: string) => ({
  type: 'event',
  source: 'otlp',
  ...ATTRIBUTION,
  tool: 'claude-code',
  ...(model ? { model } : {}),
  metrics,
});

const genAiRow = (metrics: AdoptionRow['metrics']) => ({
  type: 'event',
  source: 'otlp',
  ...ATTRIBUTION,
  // The resource has no user attributes here; GenAI points carry none.
  user: undefined,
  metadata: undefined,
  tool: 'checkout-agent',
  model: 'claude-sonnet',
  provider: 'anthropic',
  metrics,
});

const EXPORTERS = [
  { name: 'OTLP/JSON', encoding: 'json', gzip: false },
  { name: 'OTLP/protobuf with gzip', encoding: 'protobuf', gzip: true },
];

const HEADERS = { Authorization: mockCredentials.service.header() };

describe('OtlpReceiver with the OpenTelemetry SDK exporters', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });
  const cases = databases
    .eachSupportedId()
    .flatMap(([databaseId]) =>
      EXPORTERS.map(exporter => [databaseId, exporter] as const),
    );

  it.each(cases)(
    'turns running totals into exact rows across exports, a re-send and restarts, on %p with %p',
    async (databaseId, exporter) => {
      const knex = await databases.init(databaseId);
      const ingestion = new InMemoryAdoptionIngestion();
      let portal = await startOtlpReceiver({ knex, ingestion });
      const proxy = new RecordingProxy();
      proxy.target = portal.baseUrl;
      const proxyUrl = await proxy.start();

      const sdk = new ExporterProcess();
      const startMeters = () =>
        sdk.run('startMeters', {
          encoding: exporter.encoding,
          gzip: exporter.gzip,
          url: `${proxyUrl}/api/agent-context/v1/otlp/v1/metrics`,
          headers: HEADERS,
          resource: RESOURCE,
        });
      const add = (name: string, value: number, attributes: object) =>
        sdk.run('add', { name, value, attributes });
      const record = (name: string, value: number, attributes: object) =>
        sdk.run('record', { name, value, attributes });
      const flush = () => sdk.exported('flushMeters');
      const inputTokens = {
        ...STANDARD,
        type: 'input',
        model: 'claude-sonnet',
      };

      // Export 1: the session's first figures.
      await startMeters();
      await add('claude_code.session.count', 1, STANDARD);
      await add('claude_code.lines_of_code.count', 10, {
        ...STANDARD,
        type: 'added',
      });
      await add('claude_code.lines_of_code.count', 3, {
        ...STANDARD,
        type: 'removed',
      });
      await add('claude_code.cost.usage', 0.25, {
        ...STANDARD,
        model: 'claude-sonnet',
      });
      await add('claude_code.token.usage', 100, inputTokens);
      await add('claude_code.something_new.count', 4, STANDARD);
      await record('gen_ai.client.token.usage', 120, {
        ...GEN_AI,
        'gen_ai.token.type': 'input',
      });
      await record('gen_ai.client.token.usage', 80, {
        ...GEN_AI,
        'gen_ai.token.type': 'input',
      });
      await record('gen_ai.client.token.usage', 30, {
        ...GEN_AI,
        'gen_ai.token.type': 'output',
      });
      await record('gen_ai.client.operation.duration', 1.5, GEN_AI);
      await flush();

      // Export 2: only the input tokens grew; export 3: nothing did.
      await add('claude_code.token.usage', 50, inputTokens);
      await flush();
      await flush();

      // The last export sent again, byte for byte, then the first one late.
      const rowsBefore = ingestion.all();
      const resent = await proxy.send(
        proxy.requests[proxy.requests.length - 1],
      );
      expect(resent.status).toBe(200);
      expect((await proxy.send(proxy.requests[0])).status).toBe(200);
      expect(ingestion.all()).toEqual(rowsBefore);

      // The portal restarts on the same database; the exporter goes on.
      await portal.backend.stop();
      portal = await startOtlpReceiver({ knex, ingestion });
      proxy.target = portal.baseUrl;
      await add('claude_code.token.usage', 7, inputTokens);
      await flush();

      // The exporter restarts: its totals start again from zero.
      await sdk.run('stopMeters');
      await startMeters();
      await add('claude_code.token.usage', 5, inputTokens);
      await flush();
      await sdk.run('stopMeters');
      sdk.stop();

      const rows = ingestion.all();
      expect(rows.map(figures)).toEqual(
        [
          claudeCodeRow({ sessions: 1 }),
          claudeCodeRow({ linesAdded: 10 }),
          claudeCodeRow({ linesRemoved: 3 }),
          claudeCodeRow({ cost: 0.25 }, 'claude-sonnet'),
          claudeCodeRow({ tokensIn: 100 }, 'claude-sonnet'),
          genAiRow({ tokensIn: 200, requests: 2 }),
          genAiRow({ tokensOut: 30 }),
          genAiRow({ durationMs: 1500 }),
          claudeCodeRow({ tokensIn: 50 }, 'claude-sonnet'),
          claudeCodeRow({ tokensIn: 7 }, 'claude-sonnet'),
          claudeCodeRow({ tokensIn: 5 }, 'claude-sonnet'),
        ].map(row => JSON.parse(JSON.stringify(row))),
      );
      expect(new Set(rows.map(row => row.sourceId)).size).toBe(rows.length);
      for (const row of rows) {
        expect(row.sourceId).toMatch(/^metric:[0-9a-f]{64}$/);
        expect(Date.parse(row.timestamp!)).toBeGreaterThan(
          Date.parse('2026-01-01'),
        );
      }
      expect(portal.receiver.stats().unknownMetrics).toEqual({
        'claude_code.something_new.count': 2,
      });

      await portal.backend.stop();
      await proxy.stop();
    },
    60_000,
  );

  it('takes one row per api_request event, with the figures that are not in the metrics', async () => {
    const knex = await databases.init('SQLITE_3');
    const ingestion = new InMemoryAdoptionIngestion();
    const portal = await startOtlpReceiver({ knex, ingestion });
    const proxy = new RecordingProxy();
    proxy.target = portal.baseUrl;
    const proxyUrl = await proxy.start();

    const sdk = new ExporterProcess();
    await sdk.run('startLogs', {
      url: `${proxyUrl}/api/agent-context/v1/otlp/v1/logs`,
      headers: HEADERS,
      resource: RESOURCE,
    });
    await sdk.run('emit', {
      record: {
        eventName: 'claude_code.api_request',
        body: 'claude_code.api_request',
        timestamp: '2026-12-01T10:00:00.000Z',
        attributes: {
          ...STANDARD,
          'event.name': 'api_request',
          model: 'claude-sonnet',
          cost_usd: 0.012,
          duration_ms: 1830,
          input_tokens: 1200,
          output_tokens: 300,
          cache_read_tokens: 50,
          cache_creation_tokens: 0,
        },
      },
    });
    await sdk.run('emit', {
      record: {
        eventName: 'claude_code.user_prompt',
        body: 'claude_code.user_prompt',
        timestamp: '2026-12-01T10:00:01.000Z',
        attributes: {
          ...STANDARD,
          'event.name': 'user_prompt',
          prompt_length: 42,
        },
      },
    });
    await sdk.exported('flushLogs');
    await sdk.run('stopLogs');
    sdk.stop();
    expect(proxy.requests).toHaveLength(1);
    for (const sent of [...proxy.requests]) {
      expect((await proxy.send(sent)).status).toBe(200);
    }

    const rows = ingestion.all();
    expect(rows).toEqual([
      {
        ...claudeCodeRow({ requests: 1, durationMs: 1830 }, 'claude-sonnet'),
        sourceId: expect.stringMatching(/^log:[0-9a-f]{64}$/),
        timestamp: '2026-12-01T10:00:00.000Z',
      },
    ]);
    // Each record was sent twice: by the exporter, then again by the test.
    expect(portal.receiver.stats().unknownEvents).toEqual({
      'claude_code.user_prompt': 2,
    });

    await portal.backend.stop();
    await proxy.stop();
  }, 60_000);
});
