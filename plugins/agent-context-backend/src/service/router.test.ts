import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { MiddlewareFactory } from '@backstage/backend-defaults/rootHttpRouter';
import { CompoundEntityRef } from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import express from 'express';
import request from 'supertest';
import { ContextFetch, UsageRecorder } from '../adoption/recording';
import { AgentsMdService } from '../agentsMd/AgentsMdService';
import { ContextAnswers } from '../answers/ContextAnswers';
import { CodexExporter } from '../conventions/CodexExporter';
import { ConventionsService } from '../conventions/ConventionsService';
import { createRouter } from './router';

const ETAG = '"e1"';

describe('createRouter', () => {
  describe('usage recording', () => {
    /**
     * The router over answers that exist for every entity but `missing`,
     * recording into a list.
     */
    const appRecording = async () => {
      const fetches: ContextFetch[] = [];
      const answers = {
        answer: async (entityRef: CompoundEntityRef) => {
          if (entityRef.name === 'missing') {
            throw new NotFoundError('no such entity');
          }
          return {
            etag: ETAG,
            body: Buffer.from('{}'),
            contentType: 'application/json',
          };
        },
      } as unknown as ContextAnswers;
      const router = await createRouter({
        auth: mockServices.auth({ pluginId: 'agent-context' }),
        httpAuth: mockServices.httpAuth({ pluginId: 'agent-context' }),
        answers,
        findRepositoryEntity: async () => 'component:default/cart',
        agentsMdService: AgentsMdService.create({
          portalUrl: 'http://portal.test',
        }),
        conventionsService: {} as ConventionsService,
        codexExporter: {} as CodexExporter,
        status: () => {
          throw new Error('the status is not asked for here');
        },
        usage: {
          record: (fetch: ContextFetch) => fetches.push(fetch),
        } as unknown as UsageRecorder,
      });
      const middleware = MiddlewareFactory.create({
        config: mockServices.rootConfig(),
        logger: mockServices.rootLogger(),
      });
      return { app: express().use(router).use(middleware.error()), fetches };
    };

    const ada = mockCredentials.user.header('user:default/ada');

    it('records each context, AGENTS.md and by-repository answer, a 304 included', async () => {
      const { app, fetches } = await appRecording();

      const responses = [
        await request(app)
          .get('/v1/entities/component/default/checkout/context')
          .set('Authorization', ada)
          .set('User-Agent', 'Mozilla/5.0 (X11) Firefox/133.0'),
        await request(app)
          .get('/v1/entities/component/default/checkout/agents.md')
          .set('Authorization', ada)
          .set('If-None-Match', ETAG),
        await request(app)
          .get('/v1/context/by-repository')
          .query({ url: 'git@github.com:example/shop.git' })
          .set('Authorization', mockCredentials.service.header())
          .set('User-Agent', 'agent-context-cli'),
      ];

      expect(responses.map(r => r.status)).toEqual([200, 304, 200]);
      expect(fetches).toEqual([
        {
          entityRef: 'component:default/checkout',
          principal: 'user:default/ada',
          tool: 'browser',
        },
        {
          entityRef: 'component:default/checkout',
          principal: 'user:default/ada',
          tool: 'other',
        },
        {
          entityRef: 'component:default/cart',
          principal: 'service:external:test-service',
          tool: 'agent-context-cli',
        },
      ]);
    });

    it('records nothing for a request that gets no answer', async () => {
      const { app, fetches } = await appRecording();

      const response = await request(app)
        .get('/v1/entities/component/default/missing/context')
        .set('Authorization', ada);

      expect(response.status).toBe(404);
      expect(fetches).toEqual([]);
    });
  });
});
