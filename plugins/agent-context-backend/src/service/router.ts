import { AuthService, HttpAuthService } from '@backstage/backend-plugin-api';
import { createValidatedOpenApiRouter } from '@backstage/backend-openapi-utils';
import { InputError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { getCompoundEntityRef } from '@backstage/catalog-model';
import express from 'express';
import { AgentsMdService } from '../agentsMd/AgentsMdService';
import { CodexExporter } from '../conventions/CodexExporter';
import { ConventionsService } from '../conventions/ConventionsService';
import { EntityContextService } from '../context';
import { findEntityForRepository } from '../repository/findEntityForRepository';
import { spec } from '../schema/openapi.generated';
import { addConventionRoutes } from './conventionRoutes';
import { parseEntityRefParams } from './parseEntityRefParams';
import { readerCredentials } from './readerCredentials';

/** Below this, not even a header and a summary fit; above it, no limit helps. */
const MIN_TOKENS = 100;
const MAX_TOKENS = 1_000_000;

export function parseMaxTokens(raw: string | undefined): number | undefined {
  if (raw === undefined) {
    return undefined;
  }
  const value = Number(raw);
  if (!Number.isInteger(value) || value < MIN_TOKENS || value > MAX_TOKENS) {
    throw new InputError(
      `Invalid maxTokens '${raw}': expected a whole number from ${MIN_TOKENS} to ${MAX_TOKENS}`,
    );
  }
  return value;
}

/**
 * The plugin's HTTP edge, validated against src/schema/openapi.yaml (served
 * at /openapi.json). Errors thrown here (`InputError`, `NotFoundError`,
 * `ConflictError`) become Backstage error bodies through the framework.
 */
export async function createRouter(options: {
  auth: AuthService;
  httpAuth: HttpAuthService;
  catalog: CatalogService;
  contextService: EntityContextService;
  agentsMdService: AgentsMdService;
  conventionsService: ConventionsService;
  codexExporter: CodexExporter;
}): Promise<express.Router> {
  const { auth, httpAuth, catalog, contextService, agentsMdService } = options;
  const router = createValidatedOpenApiRouter(spec);

  const credentialsOf = readerCredentials(httpAuth, auth);

  /** Answers with AGENTS.md as Markdown or JSON, honouring If-None-Match. */
  const sendAgentsMd = (
    req: express.Request,
    res: express.Response,
    context: Awaited<ReturnType<EntityContextService['getEntityContext']>>,
    maxTokens: number | undefined,
    format: 'md' | 'json',
  ) => {
    const etag = agentsMdService.etagOf(context, { maxTokens });
    res.setHeader('ETag', etag);
    res.setHeader('Vary', 'Authorization, Cookie');
    res.setHeader('Cache-Control', 'private, no-cache');
    if (req.headers['if-none-match'] === etag) {
      res.status(304).end();
      return;
    }
    const document = agentsMdService.render(context, { maxTokens });
    if (format === 'json') {
      res.json(document);
    } else {
      res.type('text/markdown; charset=utf-8').send(document.markdown);
    }
  };

  router.get(
    '/v1/entities/:kind/:namespace/:name/context',
    async (req, res) => {
      const credentials = await credentialsOf(req);
      const entityRef = parseEntityRefParams(req.params);
      res.json(
        (await contextService.getEntityContext(entityRef, {
          credentials,
        })) as any,
      );
    },
  );

  router.get(
    '/v1/entities/:kind/:namespace/:name/agents.md',
    async (req, res) => {
      const credentials = await credentialsOf(req);
      const entityRef = parseEntityRefParams(req.params);
      const maxTokens = parseMaxTokens(req.query.maxTokens);
      const context = await contextService.getEntityContext(entityRef, {
        credentials,
      });
      sendAgentsMd(
        req,
        res as any,
        context,
        maxTokens,
        req.query.format ?? 'md',
      );
    },
  );

  router.get('/v1/context/by-repository', async (req, res) => {
    const credentials = await credentialsOf(req);
    const maxTokens = parseMaxTokens(req.query.maxTokens);
    const entity = await findEntityForRepository(
      { url: req.query.url, path: req.query.path },
      catalog,
      credentials,
    );
    const context = await contextService.getEntityContext(
      getCompoundEntityRef(entity),
      { credentials },
    );
    if (req.query.format === 'md') {
      sendAgentsMd(req, res as any, context, maxTokens, 'md');
    } else {
      res.json(context as any);
    }
  });

  addConventionRoutes(router, options);

  return router as unknown as express.Router;
}
