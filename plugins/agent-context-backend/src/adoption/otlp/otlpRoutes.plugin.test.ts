import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import request from 'supertest';
import { agentContextPlugin } from '../../plugin';

// The routes as the plugin mounts them, beside its other routers: a JSON
// body bigger than express.json's 100 kB default must reach the receiver
// whole, so no other router may have parsed it first.
describe('the OTLP routes of agentContextPlugin', () => {
  it('read their own raw bodies, whatever the other routers parse', async () => {
    const { server } = await startTestBackend({
      features: [
        agentContextPlugin,
        catalogServiceMock.factory({ entities: [] }),
        mockServices.rootConfig.factory({
          data: {
            app: { baseUrl: 'http://portal.test' },
            // Adoption is on once configured, with its pseudonym key.
            agentContext: {
              adoption: { privacy: { pseudonymKey: 'k'.repeat(32) } },
            },
          },
        }),
      ],
    });
    const gauge = {
      name: 'claude_code.session.count',
      gauge: {
        dataPoints: [{ timeUnixNano: '1764583260000000000', asInt: '1' }],
      },
    };
    const body = {
      resourceMetrics: [
        {
          resource: {
            attributes: [
              { key: 'padding', value: { stringValue: 'x'.repeat(200_000) } },
            ],
          },
          scopeMetrics: [{ metrics: [gauge] }],
        },
      ],
    };

    const response = await request(server)
      .post('/api/agent-context/v1/otlp/v1/metrics')
      .set('Authorization', mockCredentials.service.header())
      .send(body);

    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      partialSuccess: {
        rejectedDataPoints: '1',
        errorMessage:
          'claude_code.session.count is a gauge; it is read as a sum',
      },
    });
  });
});
