import { NotFoundError } from '@backstage/errors';
import express from 'express';
import Router from 'express-promise-router';
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

/** Installs come in bursts; the index is rebuilt at most once a minute. */
const CACHE_CONTROL = 'public, max-age=60';

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
 * Read-only and unauthenticated (installers send no credentials), so it
 * lists only what the skills index reads with the plugin's own credentials.
 */
export function createSkillsIndexRouter(options: {
  skills: SkillsIndex;
}): express.Router {
  const { skills } = options;
  const router = Router();

  router.get('/index.json', async (_req, res) => {
    const published = await skills.list();
    res.setHeader('Cache-Control', CACHE_CONTROL);
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
    const skill = await skills.get(req.params.name);
    if (!skill) {
      throw new NotFoundError(
        `No skill named '${req.params.name}' is published`,
      );
    }
    res.setHeader('Cache-Control', CACHE_CONTROL);
    res.type('text/markdown; charset=utf-8').send(skill.content);
  });

  router.use((req, _res) => {
    throw new NotFoundError(
      `Nothing is published at ${req.baseUrl}${req.path}: the index is index.json, and each skill is <name>/SKILL.md`,
    );
  });

  return router;
}
