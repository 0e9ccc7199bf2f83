import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import {
  DefaultRootHttpRouter,
  MiddlewareFactory,
} from '@backstage/backend-defaults/rootHttpRouter';
import express from 'express';
import request from 'supertest';
import {
  PublishedSkill,
  SkillsIndex,
  SkillsReader,
} from './CatalogSkillsIndex';
import {
  SKILLS_INDEX_PATHS,
  createSkillsIndexRouter,
} from './createSkillsIndexRouter';

const prDescription: PublishedSkill = {
  name: 'pr-description',
  description: 'Write a pull request description reviewers can act on.',
  entityRef: 'airesource:default/pr-description',
  content:
    '---\nname: pr-description\ndescription: Write a pull request description reviewers can act on.\n---\n\n# PR\n',
  digest: 'sha256:0123',
};

/** The portal's root router, as the backend mounts the index on it. */
function portalWith(skills: SkillsIndex, options: { publicIndex?: boolean }) {
  const root = DefaultRootHttpRouter.create();
  const router = createSkillsIndexRouter({
    skills,
    auth: mockServices.auth({ pluginId: 'agent-context' }),
    // As on the real root router, a request without a token has none.
    httpAuth: mockServices.httpAuth({
      pluginId: 'agent-context',
      defaultCredentials: mockCredentials.none(),
    }),
    ...options,
  });
  for (const path of SKILLS_INDEX_PATHS) {
    root.use(path, router);
  }
  // Other plugins publish their own documents under /.well-known too.
  root.use('/.well-known/oauth-authorization-server', (_req, res) => {
    res.json({ issuer: 'portal' });
  });
  const middleware = MiddlewareFactory.create({
    config: mockServices.rootConfig(),
    logger: mockServices.rootLogger(),
  });
  return express().use(root.handler()).use(middleware.error());
}

/**
 * Alice may not read the pr-description skill's entity; everyone else may.
 * Remembers whom each list was for.
 */
function skillsSeenBy() {
  const auth = mockServices.auth();
  const readers: SkillsReader[] = [];
  const mayRead = (reader: SkillsReader) => {
    readers.push(reader);
    const { credentials } = reader;
    return !(
      auth.isPrincipal(credentials, 'user') &&
      credentials.principal.userEntityRef === 'user:default/alice'
    );
  };
  const skills: SkillsIndex = {
    list: async reader => (mayRead(reader) ? [prDescription] : []),
    get: async (name, reader) =>
      name === prDescription.name && mayRead(reader)
        ? prDescription
        : undefined,
  };
  return { skills, readers };
}

describe('createSkillsIndexRouter', () => {
  const { skills, readers } = skillsSeenBy();
  const portal = portalWith(skills, { publicIndex: true });

  beforeEach(() => {
    readers.length = 0;
  });

  describe('GET /.well-known/agent-skills/index.json', () => {
    it('lists the skills in the discovery format, readable by the skills CLI', async () => {
      const response = await request(portal).get(
        '/.well-known/agent-skills/index.json',
      );
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      expect(response.headers['cache-control']).toBe('public, max-age=60');
      expect(response.body).toEqual({
        $schema: 'https://schemas.agentskills.io/discovery/0.2.0/schema.json',
        skills: [
          {
            name: 'pr-description',
            description:
              'Write a pull request description reviewers can act on.',
            type: 'skill-md',
            url: 'pr-description/SKILL.md',
            digest: 'sha256:0123',
            files: ['SKILL.md'],
          },
        ],
      });
    });

    it('is served at the first draft path too', async () => {
      const response = await request(portal).get(
        '/.well-known/skills/index.json',
      );
      expect(response.status).toBe(200);
      expect(response.body.skills).toHaveLength(1);
    });

    it('needs no credentials when public, and lists what the plugin reads', async () => {
      const response = await request(portal)
        .get('/.well-known/agent-skills/index.json')
        .set('Authorization', 'Bearer not-a-token');
      expect(response.status).toBe(200);
      expect(response.body.skills).toHaveLength(1);
      expect(readers).toEqual([
        {
          credentials: mockCredentials.service('plugin:agent-context'),
        },
      ]);
    });

    it('answers HEAD, as discovery clients may ask it', async () => {
      const response = await request(portal).head(
        '/.well-known/agent-skills/index.json',
      );
      expect(response.status).toBe(200);
    });
  });

  describe('GET /.well-known/agent-skills/:name/SKILL.md', () => {
    it('serves the skill as Markdown', async () => {
      const response = await request(portal).get(
        '/.well-known/agent-skills/pr-description/SKILL.md',
      );
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe(
        'text/markdown; charset=utf-8',
      );
      expect(response.text).toBe(prDescription.content);
    });

    it('answers 404 for a skill that is not published', async () => {
      const response = await request(portal).get(
        '/.well-known/agent-skills/deploy/SKILL.md',
      );
      expect(response.status).toBe(404);
      expect(response.body.error).toEqual({
        name: 'NotFoundError',
        message: "No skill named 'deploy' is published",
      });
    });

    it('answers 404 for anything else, saying what is there', async () => {
      const response = await request(portal).get(
        '/.well-known/agent-skills/pr-description/scripts/run.sh',
      );
      expect(response.status).toBe(404);
      expect(response.body.error.message).toBe(
        'Nothing is published at /.well-known/agent-skills/pr-description/scripts/run.sh: the index is index.json, and each skill is <name>/SKILL.md',
      );
    });
  });

  it('refuses writes', async () => {
    const response = await request(portal)
      .post('/.well-known/agent-skills/index.json')
      .send({});
    expect(response.status).toBe(404);
  });

  it('leaves the other documents under /.well-known alone', async () => {
    const response = await request(portal).get(
      '/.well-known/oauth-authorization-server',
    );
    expect(response.body).toEqual({ issuer: 'portal' });
  });

  describe('without publicIndex (the default)', () => {
    const authenticated = portalWith(skills, {});
    const paths = [
      '/.well-known/agent-skills/index.json',
      '/.well-known/agent-skills/pr-description/SKILL.md',
      '/.well-known/skills/index.json',
    ];

    it.each(paths)('answers 401 without credentials: %s', async path => {
      const response = await request(authenticated).get(path);
      expect(response.status).toBe(401);
      expect(response.body.error.name).toBe('AuthenticationError');
      expect(readers).toEqual([]);
    });

    it('lists the skills the calling user may read, for that user only', async () => {
      const bob = await request(authenticated)
        .get('/.well-known/agent-skills/index.json')
        .set('Authorization', mockCredentials.user.header('user:default/bob'));
      expect(bob.status).toBe(200);
      expect(bob.body.skills.map((s: { name: string }) => s.name)).toEqual([
        'pr-description',
      ]);
      expect(bob.headers['cache-control']).toBe('private, max-age=60');
      expect(bob.headers.vary).toBe('Authorization');
      expect(readers).toEqual([
        { credentials: mockCredentials.user('user:default/bob') },
      ]);

      const alice = await request(authenticated)
        .get('/.well-known/agent-skills/index.json')
        .set(
          'Authorization',
          mockCredentials.user.header('user:default/alice'),
        );
      expect(alice.status).toBe(200);
      expect(alice.body.skills).toEqual([]);
    });

    it('answers 404 for a skill the caller may not read', async () => {
      const response = await request(authenticated)
        .get('/.well-known/agent-skills/pr-description/SKILL.md')
        .set(
          'Authorization',
          mockCredentials.user.header('user:default/alice'),
        );
      expect(response.status).toBe(404);
      expect(response.body.error.message).toBe(
        "No skill named 'pr-description' is published",
      );
    });

    it('serves service tokens, such as agents', async () => {
      const response = await request(authenticated)
        .get('/.well-known/agent-skills/pr-description/SKILL.md')
        .set('Authorization', mockCredentials.service.header());
      expect(response.status).toBe(200);
      expect(response.text).toBe(prDescription.content);
      expect(readers).toEqual([{ credentials: mockCredentials.service() }]);
    });
  });
});
