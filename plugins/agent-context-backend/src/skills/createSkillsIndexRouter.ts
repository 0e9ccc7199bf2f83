import {
  AuthService,
  BackstageCredentials,
  HttpAuthService,
} from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import express from 'express';
import Router from 'express-promise-router';
import { readerCredentials } from '../service/readerCredentials';
import { SkillsIndex } from './CatalogSkillsIndex';

/**
 * Where installers look for an organisation's skills: the current path of
 * the Agent Skills discovery RFC first, then the path its first draft used.
 * Mount the router at each (the portal root's `/.well-known` itself is
 * shared with other plugins' documents, such as OAuth metadata).
 *
 * @public
 */
export const SKILLS_INDEX_PATHS = [
  '/.well-known/agent-skills',
  '/.well-known/skills',
] as const;

/** The version of the discovery index schema served. */
const INDEX_SCHEMA =
  'https://schemas.agentskills.io/discovery/0.2.0/schema.json';

/**
 * Installs come in bursts; the index is rebuilt at most once a minute. A
 * list cut to its reader's permissions must not be kept by shared caches.
 */
const CACHE_CONTROL = {
  public: 'public, max-age=60',
  perReader: 'private, max-age=60',
};

/**
 * Serves the catalog's skills as an Agent Skills discovery index, so that
 * `npx skills add https://<portal>` installs them:
 *
 * - `GET index.json`: `{ $schema, skills: [{ name, description, type,
 *   url, digest, files }] }`. `type`, `url` and `digest` are the current
 *   discovery schema; `files` is what the `skills` CLI reads, which then
 *   fetches `<name>/SKILL.md` next to the index.
 * - `GET <name>/SKILL.md`: the skill's instructions, as `text/markdown`.
 *
 * Read-only. The router sits on the root HTTP router, where no auth policy
 * applies, so it checks credentials itself: by default a user or service
 * token is required (401 without one) and each caller is served the skills
 * it may read in the catalog. With `publicIndex`, for installers that send
 * no credentials, nobody is asked and everyone is served what the plugin
 * itself may read: every skill in the catalog.
 */
export function createSkillsIndexRouter(options: {
  skills: SkillsIndex;
  auth: AuthService;
  httpAuth: HttpAuthService;
  /** Serve every skill to anyone, without credentials. Default: false. */
  publicIndex?: boolean;
}): express.Router {
  const { skills, auth, httpAuth, publicIndex = false } = options;
  const router = Router();
  const callerOf = readerCredentials(httpAuth, auth);
  const readerOf = async (
    req: express.Request,
  ): Promise<{ credentials: BackstageCredentials }> => ({
    credentials: publicIndex
      ? await auth.getOwnServiceCredentials()
      : await callerOf(req),
  });
  const setCaching = (res: express.Response) => {
    res.setHeader(
      'Cache-Control',
      publicIndex ? CACHE_CONTROL.public : CACHE_CONTROL.perReader,
    );
    if (!publicIndex) {
      res.setHeader('Vary', 'Authorization');
    }
  };

  router.get('/index.json', async (req, res) => {
    const published = await skills.list(await readerOf(req));
    setCaching(res);
    res.json({
      $schema: INDEX_SCHEMA,
      skills: published.map(skill => ({
        name: skill.name,
        description: skill.description,
        type: 'skill-md',
        // Relative to the index, so it holds under either mount path and
        // behind any proxy.
        url: `${skill.name}/SKILL.md`,
        digest: skill.digest,
        files: ['SKILL.md'],
      })),
    });
  });

  router.get('/:name/SKILL.md', async (req, res) => {
    const skill = await skills.get(req.params.name, await readerOf(req));
    if (!skill) {
      throw new NotFoundError(
        `No skill named '${req.params.name}' is published`,
      );
    }
    setCaching(res);
    res.type('text/markdown; charset=utf-8').send(skill.content);
  });

  router.use((req, _res) => {
    throw new NotFoundError(
      `Nothing is published at ${req.baseUrl}${req.path}: the index is index.json, and each skill is <name>/SKILL.md`,
    );
  });

  return router;
}
