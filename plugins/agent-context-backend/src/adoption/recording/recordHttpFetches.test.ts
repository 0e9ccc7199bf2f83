import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import express from 'express';
import request from 'supertest';
import { sendAnswer } from '../../service/sendAnswer';
import { recordHttpFetches } from './recordHttpFetches';
import { ContextFetch, UsageRecorder } from './UsageRecorder';

describe('recordHttpFetches', () => {
  const answer = {
    body: Buffer.from('{}'),
    etag: '"e1"',
    contentType: 'application/json',
  };

  /** A route that answers as the plugin's routes do, recording first. */
  const appRecordingInto = (usage: UsageRecorder | undefined) => {
    const recordFetch = recordHttpFetches(usage, mockServices.httpAuth());
    const app = express();
    app.get('/context', async (req, res) => {
      await recordFetch(req, {
        kind: 'component',
        namespace: 'default',
        name: 'checkout-service',
      });
      sendAnswer(req, res, answer);
    });
    return app;
  };

  const recorder = () => {
    const fetches: ContextFetch[] = [];
    const usage = {
      record: (fetch: ContextFetch) => fetches.push(fetch),
    } as unknown as UsageRecorder;
    return { usage, fetches };
  };

  it('records the caller, the client and the entity of each answer, a 304 included', async () => {
    const { usage, fetches } = recorder();
    const app = appRecordingInto(usage);

    await request(app)
      .get('/context')
      .set('Authorization', mockCredentials.user.header('user:default/ada'))
      .set('User-Agent', 'claude-cli/2.0.14 (external, cli)')
      .expect(200);
    await request(app)
      .get('/context')
      .set('Authorization', mockCredentials.service.header())
      .set('If-None-Match', answer.etag)
      .expect(304);

    expect(fetches).toEqual([
      {
        entityRef: 'component:default/checkout-service',
        principal: 'user:default/ada',
        tool: 'claude-code',
      },
      {
        entityRef: 'component:default/checkout-service',
        principal: 'service:external:test-service',
        tool: 'other',
      },
    ]);
  });

  it('answers as ever when the recorder fails', async () => {
    const usage = {
      record: () => {
        throw new Error('full');
      },
    } as unknown as UsageRecorder;

    const response = await request(appRecordingInto(usage))
      .get('/context')
      .set('Authorization', mockCredentials.user.header());

    expect([response.status, response.text]).toEqual([200, '{}']);
  });

  it('does nothing without a recorder', async () => {
    const response = await request(appRecordingInto(undefined))
      .get('/context')
      .set('Authorization', mockCredentials.user.header());

    expect([response.status, response.text]).toEqual([200, '{}']);
  });
});
