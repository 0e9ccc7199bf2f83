import { AuthService, HttpAuthService } from '@backstage/backend-plugin-api';
import { ApiRouter } from '@backstage/backend-openapi-utils';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import {
  ConventionConflictResponse,
  ConventionScope,
  GLOBAL_SCOPE,
} from '@agent-context/plugin-agent-context-common';
import express from 'express';
import { CodexExporter } from '../conventions/CodexExporter';
import { ConventionsService } from '../conventions/ConventionsService';
import { ConventionWriteConflictError } from '../conventions/store';
import { spec } from '../schema/openapi.generated';
import { parseConventionIdParam } from './parseConventionIdParam';
import { parseEntityRefParams } from './parseEntityRefParams';
import { readerCredentials } from './readerCredentials';

/** An entity scope from its path parameters, as a lower-case full ref. */
function entityScopeOf(params: {
  kind: string;
  namespace: string;
  name: string;
}): ConventionScope {
  return stringifyEntityRef(parseEntityRefParams(params)).toLocaleLowerCase(
    'en-US',
  );
}

/**
 * The codex's HTTP routes: resolution for an entity, each scope's own
 * conventions with writes and history, and the export. Writes are for
 * users only; agents and other services read.
 */
export function addConventionRoutes(
  router: ApiRouter<typeof spec>,
  options: {
    auth: AuthService;
    httpAuth: HttpAuthService;
    conventionsService: ConventionsService;
    codexExporter: CodexExporter;
  },
) {
  const { auth, httpAuth, conventionsService, codexExporter } = options;

  const readerOf = readerCredentials(httpAuth, auth);
  const writerOf = (req: express.Request) =>
    httpAuth.credentials(req, { allow: ['user'] });

  router.get(
    '/v1/entities/:kind/:namespace/:name/conventions',
    async (req, res) => {
      const credentials = await readerOf(req);
      const resolution = await conventionsService.resolve(
        entityScopeOf(req.params),
        credentials,
      );
      res.json(resolution as any);
    },
  );

  for (const [base, scopeOf] of [
    ['/v1/conventions/global', () => GLOBAL_SCOPE],
    [
      '/v1/conventions/entities/:kind/:namespace/:name',
      (params: any) => entityScopeOf(params),
    ],
  ] as const) {
    const scopeRoutes = router as unknown as express.Router;

    scopeRoutes.get(base, async (req, res) => {
      const view = await conventionsService.getScope(
        scopeOf(req.params),
        await readerOf(req),
      );
      res.json(view);
    });

    scopeRoutes.get(`${base}/history`, async (req, res) => {
      const conventionId = req.query.conventionId;
      if (conventionId !== undefined && typeof conventionId !== 'string') {
        throw new InputError('Invalid conventionId: give it once, as text');
      }
      const entries = await conventionsService.history(scopeOf(req.params), {
        conventionId:
          conventionId === undefined
            ? undefined
            : parseConventionIdParam(conventionId, 'conventionId'),
        credentials: await readerOf(req),
      });
      res.json({ entries });
    });

    scopeRoutes.post(base, async (req, res) => {
      const created = await conventionsService.create(
        scopeOf(req.params),
        req.body,
        { credentials: await writerOf(req), request: req },
      );
      res.status(201).json(created);
    });

    scopeRoutes.put(`${base}/:id`, async (req, res) => {
      const updated = await conventionsService.update(
        scopeOf(req.params),
        parseConventionIdParam(req.params.id, 'convention id'),
        req.body,
        { credentials: await writerOf(req), request: req },
      );
      res.json(updated);
    });

    scopeRoutes.delete(`${base}/:id`, async (req, res) => {
      await conventionsService.delete(
        scopeOf(req.params),
        parseConventionIdParam(req.params.id, 'convention id'),
        req.query.revision,
        { credentials: await writerOf(req), request: req },
      );
      res.status(204).end();
    });
  }

  router.get('/v1/conventions/export', async (req, res) => {
    const credentials = await readerOf(req);
    const codex = await codexExporter.export(credentials);
    if (req.query.format === 'md') {
      (res as unknown as express.Response)
        .type('text/markdown; charset=utf-8')
        .send(codexExporter.toMarkdown(codex));
    } else {
      res.json(codex as any);
    }
  });

  // A stale write answers 409 with the stored version, so the editor can
  // show what changed instead of merging silently.
  (router as unknown as express.Router).use(
    (
      error: unknown,
      _req: express.Request,
      res: express.Response,
      next: express.NextFunction,
    ) => {
      if (!(error instanceof ConventionWriteConflictError)) {
        next(error);
        return;
      }
      const body: ConventionConflictResponse = {
        error: { name: 'ConflictError', message: error.message },
        ...(error.current ? { current: error.current } : {}),
      };
      res.status(409).json(body);
    },
  );
}
