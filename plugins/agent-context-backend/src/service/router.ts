import { AgentsMdBudget } from '@agent-context/plugin-agent-context-common';
import { AuthService, HttpAuthService } from '@backstage/backend-plugin-api';
import { createValidatedOpenApiRouter } from '@backstage/backend-openapi-utils';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { getCompoundEntityRef } from '@backstage/catalog-model';
import express from 'express';
import { AgentsMdService, invalidMaxTokens } from '../agentsMd/AgentsMdService';
import { CodexExporter } from '../conventions/CodexExporter';
import { ConventionsService } from '../conventions/ConventionsService';
import { EntityContextService } from '../context';
import { findEntityForRepository } from '../repository/findEntityForRepository';
import { spec } from '../schema/openapi.generated';
import { addConventionRoutes } from './conventionRoutes';
import { parseEntityRefParams } from './parseEntityRefParams';
import { readerCredentials } from './readerCredentials';

/**
 * The `maxTokens` query parameter as a number; its range is the
 * AgentsMdService's to check. Only decimal digits count: `1e5`, `0x64` and
 * an empty value are not numbers of tokens (and `maxTokens=` is not 0).
 */
function parseMaxTokens(raw: string | undefined): number | undefined {
  if (raw === undefined) {
    return undefined;
  }
  if (!/^[0-9]{1,7}$/.test(raw)) {
    throw invalidMaxTokens(raw);
  }
  return Number(raw);
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
    budget: AgentsMdBudget,
    format: 'md' | 'json',
  ) => {
    const etag = agentsMdService.etagOf(context, budget);
    res.setHeader('ETag', etag);
    res.setHeader('Vary', 'Authorization, Cookie');
    res.setHeader('Cache-Control', 'private, no-cache');
    if (req.headers['if-none-match'] === etag) {
      res.status(304).end();
      return;
    }
    const document = agentsMdService.render(context, budget);
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
      const budget = agentsMdService.budgetFor(
        parseMaxTokens(req.query.maxTokens),
      );
      const context = await contextService.getEntityContext(entityRef, {
        credentials,
      });
      sendAgentsMd(req, res as any, context, budget, req.query.format ?? 'md');
    },
  );

  router.get('/v1/context/by-repository', async (req, res) => {
    const credentials = await credentialsOf(req);
    const budget = agentsMdService.budgetFor(
      parseMaxTokens(req.query.maxTokens),
    );
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
      sendAgentsMd(req, res as any, context, budget, 'md');
    } else {
      res.json(context as any);
    }
  });

  addConventionRoutes(router, options);

  return router as unknown as express.Router;
}
