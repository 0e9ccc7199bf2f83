import { AuthService, HttpAuthService } from '@backstage/backend-plugin-api';
import { ApiRouter } from '@backstage/backend-openapi-utils';
import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  ConventionConflictResponse,
  ConventionScope,
  GLOBAL_SCOPE,
} from '@agent-context/plugin-agent-context-common';
import express from 'express';
import { ContextAnswers } from '../answers/ContextAnswers';
import { CodexExporter } from '../conventions/CodexExporter';
import { ConventionsService } from '../conventions/ConventionsService';
import { ConventionWriteConflictError } from '../conventions/store';
import { spec } from '../schema/openapi.generated';
import { asJson } from '../asJson';
import { parseConventionIdParam } from './parseConventionIdParam';
import { parseEntityRefParams } from './parseEntityRefParams';
import { readerCredentials } from './readerCredentials';
import { sendAnswer } from './sendAnswer';
import { sendMarkdown } from './sendMarkdown';

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
    answers: ContextAnswers;
    conventionsService: ConventionsService;
    codexExporter: CodexExporter;
  },
) {
  const { auth, httpAuth, answers, conventionsService, codexExporter } =
    options;

  const readerOf = readerCredentials(httpAuth, auth);
  const writerOf = (req: express.Request) =>
    httpAuth.credentials(req, { allow: ['user'] });

  router.get(
    '/v1/entities/:kind/:namespace/:name/conventions',
    async (req, res) => {
      const credentials = await readerOf(req);
      sendAnswer(
        req,
        res,
        await answers.answer(
          parseEntityRefParams(req.params),
          { kind: 'conventions' },
          credentials,
        ),
      );
    },
  );

  // The org codex and every entity's own scope answer the same five
  // operations, each registered on both paths below so that the typed
  // router checks both against the OpenAPI document.
  const viewScope = async (scope: ConventionScope, req: express.Request) =>
    conventionsService.getScope(scope, await readerOf(req));

  const scopeHistory = async (
    scope: ConventionScope,
    conventionId: string | undefined,
    req: express.Request,
  ) => {
    const entries = await conventionsService.history(scope, {
      conventionId:
        conventionId === undefined
          ? undefined
          : parseConventionIdParam(conventionId, 'conventionId'),
      credentials: await readerOf(req),
    });
    return { entries };
  };

  // Bodies go to the service as they came: it validates them, naming the
  // bad field, beyond what the document can say.
  const createConvention = async (
    scope: ConventionScope,
    body: unknown,
    req: express.Request,
  ) =>
    conventionsService.create(scope, body, {
      credentials: await writerOf(req),
      request: req,
    });

  const updateConvention = async (
    scope: ConventionScope,
    id: string,
    body: unknown,
    req: express.Request,
  ) =>
    conventionsService.update(
      scope,
      parseConventionIdParam(id, 'convention id'),
      body,
      { credentials: await writerOf(req), request: req },
    );

  const deleteConvention = async (
    scope: ConventionScope,
    id: string,
    revision: string,
    req: express.Request,
  ) => {
    await conventionsService.delete(
      scope,
      parseConventionIdParam(id, 'convention id'),
      revision,
      { credentials: await writerOf(req), request: req },
    );
  };

  router.get('/v1/conventions/global', async (req, res) => {
    res.json(await viewScope(GLOBAL_SCOPE, req));
  });
  router.get(
    '/v1/conventions/entities/:kind/:namespace/:name',
    async (req, res) => {
      res.json(await viewScope(entityScopeOf(req.params), req));
    },
  );

  router.get('/v1/conventions/global/history', async (req, res) => {
    res.json(await scopeHistory(GLOBAL_SCOPE, req.query.conventionId, req));
  });
  router.get(
    '/v1/conventions/entities/:kind/:namespace/:name/history',
    async (req, res) => {
      const scope = entityScopeOf(req.params);
      res.json(await scopeHistory(scope, req.query.conventionId, req));
    },
  );

  router.post('/v1/conventions/global', async (req, res) => {
    res.status(201).json(await createConvention(GLOBAL_SCOPE, req.body, req));
  });
  router.post(
    '/v1/conventions/entities/:kind/:namespace/:name',
    async (req, res) => {
      const scope = entityScopeOf(req.params);
      res.status(201).json(await createConvention(scope, req.body, req));
    },
  );

  router.put('/v1/conventions/global/:id', async (req, res) => {
    res.json(
      await updateConvention(GLOBAL_SCOPE, req.params.id, req.body, req),
    );
  });
  router.put(
    '/v1/conventions/entities/:kind/:namespace/:name/:id',
    async (req, res) => {
      const scope = entityScopeOf(req.params);
      res.json(await updateConvention(scope, req.params.id, req.body, req));
    },
  );

  router.delete('/v1/conventions/global/:id', async (req, res) => {
    await deleteConvention(
      GLOBAL_SCOPE,
      req.params.id,
      req.query.revision,
      req,
    );
    res.status(204).end();
  });
  router.delete(
    '/v1/conventions/entities/:kind/:namespace/:name/:id',
    async (req, res) => {
      const scope = entityScopeOf(req.params);
      await deleteConvention(scope, req.params.id, req.query.revision, req);
      res.status(204).end();
    },
  );

  router.get('/v1/conventions/export', async (req, res) => {
    const credentials = await readerOf(req);
    const codex = await codexExporter.export(credentials);
    if (req.query.format === 'md') {
      sendMarkdown(res, codexExporter.toMarkdown(codex));
    } else {
      res.json(asJson(codex));
    }
  });

  // A stale write answers 409 with the stored version, so the editor can
  // show what changed instead of merging silently.
  router.use(
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
