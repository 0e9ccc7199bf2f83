import {
  mockCredentials,
  mockServices,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import protobuf from 'protobufjs';
import request from 'supertest';
import { gzipSync } from 'node:zlib';
import { resolve as resolvePath } from 'node:path';
import { InMemoryAdoptionIngestion } from '../../__testUtils__/InMemoryAdoptionIngestion';
import { startOtlpReceiver } from './__testUtils__/startOtlpReceiver';

const METRICS = '/api/agent-context/v1/otlp/v1/metrics';
const LOGS = '/api/agent-context/v1/otlp/v1/logs';
const AGENT = mockCredentials.service.header();

const attribute = (key: string, value: string) => ({
  key,
  value: { stringValue: value },
});

/** An OTLP/JSON export of one metric, written as the specification spells it. */
function exportOf(metric: object) {
  return {
    resourceMetrics: [
      {
        resource: {
          attributes: [
            attribute(
              'backstage.entity_ref',
              'component:default/checkout-service',
            ),
          ],
        },
        scopeMetrics: [{ scope: { name: 'test' }, metrics: [metric] }],
      },
    ],
  };
}

const deltaSessions = {
  name: 'claude_code.session.count',
  sum: {
    aggregationTemporality: 1,
    isMonotonic: true,
    dataPoints: [
      {
        attributes: [attribute('user.account_uuid', 'acc-1')],
        startTimeUnixNano: '1764583200000000000',
        timeUnixNano: '1764583260000000000',
        asInt: '2',
      },
    ],
  },
};

// The response messages, decoded by an independent reading of the
// specification's field numbers rather than the receiver's own .proto.
const responses = protobuf
  .parse(
    `
  syntax = "proto3";
  message Partial { int64 rejected = 1; string error_message = 2; }
  message Response { Partial partial_success = 1; }
`,
  )
  .root.lookupType('Response');

describe('createOtlpRouter', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

  async function start(
    options: Partial<Parameters<typeof startOtlpReceiver>[0]> = {},
  ) {
    const ingestion = new InMemoryAdoptionIngestion();
    const receiver = await startOtlpReceiver({
      knex: await databases.init('SQLITE_3'),
      ingestion,
      ...options,
    });
    return { ...receiver, ingestion };
  }

  describe('POST /v1/otlp/v1/metrics', () => {
    it('takes delta points as they are and answers an empty ExportMetricsServiceResponse', async () => {
      const { server, ingestion } = await start();
      const response = await request(server)
        .post(METRICS)
        .set('Authorization', AGENT)
        .send(exportOf(deltaSessions));

      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      expect(response.body).toEqual({});
      expect(ingestion.all()).toEqual([
        {
          type: 'event',
          source: 'otlp',
          sourceId: expect.stringMatching(/^metric:[0-9a-f]{64}$/),
          timestamp: '2025-12-01T10:01:00.000Z',
          entityRef: 'component:default/checkout-service',
          user: { id: 'acc-1' },
          tool: 'claude-code',
          metrics: { sessions: 2 },
        },
      ]);

      // The same delta point again replaces itself.
      await request(server)
        .post(METRICS)
        .set('Authorization', AGENT)
        .send(exportOf(deltaSessions));
      expect(ingestion.totals()).toEqual({ sessions: 2 });
    });

    it('takes a gzip-compressed body', async () => {
      const { baseUrl, ingestion } = await start();
      const response = await fetch(`${baseUrl}${METRICS}`, {
        method: 'POST',
        headers: {
          Authorization: AGENT,
          'Content-Type': 'application/json',
          'Content-Encoding': 'gzip',
        },
        body: gzipSync(JSON.stringify(exportOf(deltaSessions))),
      });

      expect(response.status).toBe(200);
      await expect(response.json()).resolves.toEqual({});
      expect(ingestion.totals()).toEqual({ sessions: 2 });
    });

    it('counts an unknown metric and answers 200 without a partial success', async () => {
      const { server, ingestion, receiver } = await start();
      const response = await request(server)
        .post(METRICS)
        .set('Authorization', AGENT)
        .send(exportOf({ ...deltaSessions, name: 'process.cpu.time' }));

      expect(response.status).toBe(200);
      expect(response.body).toEqual({});
      expect(ingestion.batches).toEqual([]);
      expect(receiver.stats().unknownMetrics).toEqual({
        'process.cpu.time': 1,
      });
    });

    it('rejects the points it cannot use in a partial success, in protobuf for a protobuf request', async () => {
      const { server, ingestion } = await start();
      const gauge = {
        name: 'claude_code.session.count',
        gauge: { dataPoints: deltaSessions.sum.dataPoints },
      };
      const json = await request(server)
        .post(METRICS)
        .set('Authorization', AGENT)
        .send(exportOf(gauge));
      expect(json.status).toBe(200);
      expect(json.body).toEqual({
        partialSuccess: {
          rejectedDataPoints: '1',
          errorMessage:
            'claude_code.session.count is a gauge; it is read as a sum',
        },
      });

      // An empty export in protobuf is zero bytes; the answer is protobuf too.
      const binary = await request(server)
        .post(METRICS)
        .set('Authorization', AGENT)
        .set('Content-Type', 'application/x-protobuf')
        .send(Buffer.alloc(0))
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', c => chunks.push(c));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        });
      expect(binary.status).toBe(200);
      expect(binary.headers['content-type']).toMatch(
        /^application\/x-protobuf/,
      );
      expect(responses.toObject(responses.decode(binary.body))).toEqual({});
      expect(ingestion.batches).toEqual([]);
    });

    it('answers a partial success in protobuf with the rejected count', async () => {
      const { server } = await start();
      const otlp = protobuf.loadSync(resolvePath(__dirname, 'otlp.proto'));
      const requestType = otlp.lookupType(
        'agentcontext.otlp.ExportMetricsServiceRequest',
      );
      const body = requestType
        .encode(
          requestType.fromObject(
            exportOf({
              ...deltaSessions,
              sum: { ...deltaSessions.sum, isMonotonic: false },
            }),
          ),
        )
        .finish();
      const response = await request(server)
        .post(METRICS)
        .set('Authorization', AGENT)
        .set('Content-Type', 'application/x-protobuf')
        .send(Buffer.from(body))
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', c => chunks.push(c));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        });

      expect(response.status).toBe(200);
      expect(
        responses.toObject(responses.decode(response.body), { longs: Number }),
      ).toEqual({
        partialSuccess: {
          rejected: 1,
          errorMessage:
            'claude_code.session.count is not monotonic; only counters are read',
        },
      });
    });

    it.each([
      ['application/json', '{"resourceMetrics": [', 'The body is not JSON'],
      [
        'application/json',
        '{"resourceMetrics": 5}',
        'The body is not an OTLP/JSON ExportMetricsServiceRequest: .agentcontext.otlp.ExportMetricsServiceRequest.resourceMetrics: array expected',
      ],
      [
        'application/x-protobuf',
        Buffer.from([0x0a, 0xff, 0xff, 0x01]),
        'The body is not a protobuf-encoded ExportMetricsServiceRequest',
      ],
    ])(
      'answers 400 naming why for an undecodable %s body (%#)',
      async (type, body, message) => {
        const { server, ingestion } = await start();
        const response = await request(server)
          .post(METRICS)
          .set('Authorization', AGENT)
          .set('Content-Type', type)
          .send(body);

        expect(response.status).toBe(400);
        expect(response.body.error.name).toBe('InputError');
        expect(response.body.error.message).toContain(message);
        expect(ingestion.batches).toEqual([]);
      },
    );

    it('answers 415 for another content type, naming the ones served', async () => {
      const { server } = await start();
      const response = await request(server)
        .post(METRICS)
        .set('Authorization', AGENT)
        .set('Content-Type', 'text/plain')
        .send('sessions=1');

      expect(response.status).toBe(415);
      expect(response.body.error.message).toBe(
        "Content-Type 'text/plain' is not served; send application/json or application/x-protobuf",
      );
    });

    it('answers 415 for a content encoding other than gzip', async () => {
      const { server } = await start();
      const response = await request(server)
        .post(METRICS)
        .set('Authorization', AGENT)
        .set('Content-Type', 'application/json')
        .set('Content-Encoding', 'br')
        .send('{}');

      expect(response.status).toBe(415);
      expect(response.body.error.message).toBe(
        "Content-Encoding 'br' is not served; send gzip or none",
      );
    });

    it('answers 413 over the size limit, after gzip is undone', async () => {
      const { baseUrl, ingestion } = await start({ maxBodyBytes: 1000 });
      const large = JSON.stringify({
        ...exportOf(deltaSessions),
        padding: 'x'.repeat(5000),
      });
      const body = gzipSync(large);
      expect(body.length).toBeLessThan(1000);
      const response = await fetch(`${baseUrl}${METRICS}`, {
        method: 'POST',
        headers: {
          Authorization: AGENT,
          'Content-Type': 'application/json',
          'Content-Encoding': 'gzip',
        },
        body,
      });

      expect(response.status).toBe(413);
      expect((await response.json()).error.message).toBe(
        'The body is larger than agentContext.adoption.otlp.maxBodyBytes (1000 bytes)',
      );
      expect(ingestion.batches).toEqual([]);
    });

    it('answers 401 without credentials', async () => {
      const { server, ingestion } = await start();
      const response = await request(server)
        .post(METRICS)
        .set('Authorization', mockCredentials.none.header())
        .send(exportOf(deltaSessions));

      expect(response.status).toBe(401);
      expect(ingestion.batches).toEqual([]);
    });

    it('answers 403 when the ingest permission is denied', async () => {
      const { server, ingestion } = await start({
        features: [
          mockServices.permissions.factory({ result: AuthorizeResult.DENY }),
        ],
      });
      const response = await request(server)
        .post(METRICS)
        .set('Authorization', mockCredentials.user.header())
        .send(exportOf(deltaSessions));

      expect(response.status).toBe(403);
      expect(response.body.error.message).toBe(
        'Not allowed to send adoption telemetry (agent-context.adoption.ingest)',
      );
      expect(ingestion.batches).toEqual([]);
    });
  });

  describe('POST /v1/otlp/v1/logs', () => {
    it('takes an api_request event sent by a signed-in user', async () => {
      const { server, ingestion } = await start();
      const response = await request(server)
        .post(LOGS)
        .set('Authorization', mockCredentials.user.header())
        .send({
          resourceLogs: [
            {
              resource: { attributes: [attribute('team.id', 'checkout-team')] },
              scopeLogs: [
                {
                  logRecords: [
                    {
                      timeUnixNano: 1764583200000000000,
                      body: { stringValue: 'claude_code.api_request' },
                      attributes: [
                        attribute('event.name', 'api_request'),
                        attribute('model', 'claude-opus'),
                        attribute('duration_ms', '950'),
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        });

      expect(response.status).toBe(200);
      expect(response.body).toEqual({});
      expect(ingestion.all()).toEqual([
        {
          type: 'event',
          source: 'otlp',
          sourceId: expect.stringMatching(/^log:[0-9a-f]{64}$/),
          timestamp: '2025-12-01T10:00:00.000Z',
          teamRef: 'checkout-team',
          tool: 'claude-code',
          model: 'claude-opus',
          metrics: { requests: 1, durationMs: 950 },
        },
      ]);
    });

    it('rejects an api_request event without a time in a partial success', async () => {
      const { server, ingestion } = await start();
      const response = await request(server)
        .post(LOGS)
        .set('Authorization', AGENT)
        .send({
          resourceLogs: [
            {
              scopeLogs: [
                { logRecords: [{ eventName: 'claude_code.api_request' }] },
              ],
            },
          ],
        });

      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        partialSuccess: {
          rejectedLogRecords: '1',
          errorMessage: expect.stringContaining(
            'claude_code.api_request has a record that is no adoption row: timestamp',
          ),
        },
      });
      expect(ingestion.batches).toEqual([]);
    });
  });
});
