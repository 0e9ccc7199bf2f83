import { AuthService, HttpAuthService } from '@backstage/backend-plugin-api';
import { createValidatedOpenApiRouter } from '@backstage/backend-openapi-utils';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { getCompoundEntityRef } from '@backstage/catalog-model';
import {
  AgentsMdBudget,
  AgentsMdDocument,
  EntityContext,
} from '@agent-context/plugin-agent-context-common';
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
import { sendMarkdown } from './sendMarkdown';

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

  /**
   * Sets the caching headers of an AGENTS.md response and answers 304 when
   * the caller holds this version already; otherwise returns the document
   * to send, in the format the route was asked for.
   */
  const agentsMdUnlessUnchanged = (
    req: express.Request,
    res: express.Response,
    context: EntityContext,
    budget: AgentsMdBudget,
  ): AgentsMdDocument | undefined => {
    const etag = agentsMdService.etagOf(context, budget);
    res.setHeader('ETag', etag);
    res.setHeader('Vary', 'Authorization, Cookie');
    res.setHeader('Cache-Control', 'private, no-cache');
    if (req.headers['if-none-match'] === etag) {
      res.status(304).end();
      return undefined;
    }
    return agentsMdService.render(context, budget);
  };

  router.get(
    '/v1/entities/:kind/:namespace/:name/context',
    async (req, res) => {
      const credentials = await credentialsOf(req);
      const entityRef = parseEntityRefParams(req.params);
      const context = await contextService.getEntityContext(entityRef, {
        credentials,
      });
      res.json(context);
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
      const document = agentsMdUnlessUnchanged(req, res, context, budget);
      if (document && req.query.format === 'json') {
        res.json(document);
      } else if (document) {
        sendMarkdown(res, document.markdown);
      }
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
    if (req.query.format !== 'md') {
      res.json(context);
      return;
    }
    const document = agentsMdUnlessUnchanged(req, res, context, budget);
    if (document) {
      sendMarkdown(res, document.markdown);
    }
  });

  addConventionRoutes(router, options);

  return router;
}
