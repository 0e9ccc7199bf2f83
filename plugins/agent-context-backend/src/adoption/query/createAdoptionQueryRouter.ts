import {
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { createValidatedOpenApiRouter } from '@backstage/backend-openapi-utils';
import { InputError } from '@backstage/errors';
import express from 'express';
import { spec } from '../../schema/openapi.generated';
import { parseEntityRefParams } from '../../service/parseEntityRefParams';
import { AdoptionQueries } from './AdoptionQueries';
import { parseAdoptionListParams } from './adoptionListParams';
import { parseAdoptionRange } from './adoptionRange';
import { authorizeAdoptionRead } from './authorizeAdoptionRead';

/** The query parameters, each given once. */
function single(query: express.Request['query']) {
  const params: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(query)) {
    if (typeof value !== 'string') {
      throw new InputError(`Invalid ${name}: given more than once`);
    }
    params[name] = value;
  }
  return params;
}

/**
 * The adoption read API, validated against src/schema/openapi.yaml:
 * `GET /v1/adoption/overview`, `/teams`, `/entities` and
 * `/entities/{kind}/{namespace}/{name}`. Each request needs the adoption
 * read permission; figures behind fewer people than the minimum group
 * size come back withheld.
 */
export function createAdoptionQueryRouter(options: {
  queries: AdoptionQueries;
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
}): express.Router {
  const { queries, httpAuth, permissions } = options;
  const router = createValidatedOpenApiRouter(spec);

  const authorized = async (req: express.Request) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    await authorizeAdoptionRead(permissions, credentials);
  };

  router.get('/v1/adoption/overview', async (req, res) => {
    await authorized(req);
    const params = single(req.query);
    res.json(await queries.overview(parseAdoptionRange(params)));
  });

  router.get('/v1/adoption/teams', async (req, res) => {
    await authorized(req);
    const params = single(req.query);
    res.json(
      await queries.teams(
        parseAdoptionRange(params),
        parseAdoptionListParams(params),
      ),
    );
  });

  router.get('/v1/adoption/entities', async (req, res) => {
    await authorized(req);
    const params = single(req.query);
    res.json(
      await queries.entities(
        parseAdoptionRange(params),
        parseAdoptionListParams(params),
      ),
    );
  });

  router.get(
    '/v1/adoption/entities/:kind/:namespace/:name',
    async (req, res) => {
      await authorized(req);
      const { kind, namespace, name } = parseEntityRefParams(req.params);
      res.json(
        await queries.entity(
          `${kind}:${namespace}/${name}`,
          parseAdoptionRange(single(req.query)),
        ),
      );
    },
  );

  return router;
}
