import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { ApiRouter } from '@backstage/backend-openapi-utils';
import express from 'express';
import { spec } from '../schema/openapi.generated';
import { parseEntityRefParams } from '../service/parseEntityRefParams';
import { parseReadinessQuery } from './parseReadinessQuery';
import { ReadinessService } from './ReadinessService';

/** The readiness list over every entity, and one entity's checks in full. */
export function addReadinessRoutes(
  router: ApiRouter<typeof spec>,
  options: {
    readiness: ReadinessService;
    credentialsOf: (req: express.Request) => Promise<BackstageCredentials>;
  },
): void {
  const { readiness, credentialsOf } = options;

  router.get('/v1/readiness', async (req, res) => {
    const credentials = await credentialsOf(req);
    res.json(await readiness.list(parseReadinessQuery(req.query), credentials));
  });

  router.get(
    '/v1/entities/:kind/:namespace/:name/readiness',
    async (req, res) => {
      const credentials = await credentialsOf(req);
      res.json(
        await readiness.forEntity(
          parseEntityRefParams(req.params),
          credentials,
        ),
      );
    },
  );
}
