import {
  AuthService,
  BackstageCredentials,
  HttpAuthService,
} from '@backstage/backend-plugin-api';
import { createValidatedOpenApiRouter } from '@backstage/backend-openapi-utils';
import { parseEntityRef } from '@backstage/catalog-model';
import express from 'express';
import { recordHttpFetches, UsageRecorder } from '../adoption/recording';
import { AgentsMdService, invalidMaxTokens } from '../agentsMd/AgentsMdService';
import { AnswerCache } from '../answers/AnswerCache';
import { ContextAnswers } from '../answers/ContextAnswers';
import { CatalogGraphStats } from '../graph';
import { CodexExporter } from '../conventions/CodexExporter';
import { ConventionsService } from '../conventions/ConventionsService';
import { spec } from '../schema/openapi.generated';
import { addConventionRoutes } from './conventionRoutes';
import { addReadinessRoutes } from '../readiness/readinessRoutes';
import { ReadinessService } from '../readiness/ReadinessService';
import { parseEntityRefParams } from './parseEntityRefParams';
import { readerCredentials } from './readerCredentials';
import { sendAnswer } from './sendAnswer';

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
 *
 * Contexts, AGENTS.md and conventions are shared, ready answers (see
 * `ContextAnswers`): a request costs its permission decision and a cache
 * read, and one that names the ETag it holds gets 304 without a body.
 */
export async function createRouter(options: {
  auth: AuthService;
  httpAuth: HttpAuthService;
  answers: ContextAnswers;
  /** The ref of the entity whose source is a repository, as the caller may see it. */
  findRepositoryEntity: (
    request: { url: string; path?: string },
    credentials: BackstageCredentials,
  ) => Promise<string>;
  agentsMdService: AgentsMdService;
  conventionsService: ConventionsService;
  codexExporter: CodexExporter;
  /** Records each fetch as adoption usage; none when recording is off. */
  usage?: UsageRecorder;
  /** Agent readiness; its routes are left out without it. */
  readiness?: ReadinessService;
  /** The engine's figures, for operators and the benchmark. */
  status: () => {
    graph: CatalogGraphStats;
    answers: ReturnType<AnswerCache['stats']>;
  };
}): Promise<express.Router> {
  const { auth, httpAuth, answers, agentsMdService } = options;
  const router = createValidatedOpenApiRouter(spec);

  const credentialsOf = readerCredentials(httpAuth, auth);
  const recordFetch = recordHttpFetches(options.usage, httpAuth);

  router.get(
    '/v1/entities/:kind/:namespace/:name/context',
    async (req, res) => {
      const credentials = await credentialsOf(req);
      const entityRef = parseEntityRefParams(req.params);
      const answer = await answers.answer(
        entityRef,
        { kind: 'context' },
        credentials,
      );
      await recordFetch(req, entityRef);
      sendAnswer(req, res, answer);
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
      const format = req.query.format === 'json' ? 'json' : 'md';
      const answer = await answers.answer(
        entityRef,
        { kind: 'agentsMd', budget, format },
        credentials,
      );
      await recordFetch(req, entityRef);
      sendAnswer(req, res, answer);
    },
  );

  router.get('/v1/context/by-repository', async (req, res) => {
    const credentials = await credentialsOf(req);
    const budget = agentsMdService.budgetFor(
      parseMaxTokens(req.query.maxTokens),
    );
    const entityRef = parseEntityRef(
      await options.findRepositoryEntity(
        { url: req.query.url, path: req.query.path },
        credentials,
      ),
    );
    const answer = await answers.answer(
      entityRef,
      req.query.format === 'md'
        ? { kind: 'agentsMd', budget, format: 'md' }
        : { kind: 'context' },
      credentials,
    );
    await recordFetch(req, entityRef);
    sendAnswer(req, res, answer);
  });

  router.get('/v1/status', async (req, res) => {
    await credentialsOf(req);
    res.json(options.status());
  });

  addConventionRoutes(router, options);
  if (options.readiness) {
    addReadinessRoutes(router, {
      readiness: options.readiness,
      credentialsOf,
    });
  }

  return router;
}
