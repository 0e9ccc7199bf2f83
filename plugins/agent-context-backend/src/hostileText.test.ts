import { mockCredentials } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { JsonObject } from '@backstage/types';
import { EntityContext } from '@agent-context/plugin-agent-context-common';
import {
  HOSTILE_TEXTS,
  ORDINARY_TEXTS,
  invisibleCharactersIn,
  liveBareAddressesIn,
} from '@agent-context/plugin-agent-context-common/testUtils';
import request from 'supertest';
import {
  startConventionsBackend,
  testUsers,
} from './__testUtils__/startConventionsBackend';
import { CodexExport } from './conventions/CodexExporter';
import { entity } from './__fixtures__/entities';

/*
 * Every path that serves catalog or convention text to agents, fed the
 * hostile-text corpus end to end: catalog entities, catalog AI rules and
 * skills, and conventions and waivers written through the API, each
 * carrying one corpus string in every field an author writes.
 */

const CASES = [
  ...HOSTILE_TEXTS.map(({ name, text }) => ({ name, text, hostile: true })),
  ...ORDINARY_TEXTS.map(text => ({ name: text, text, hostile: false })),
];

/** A component, its owner, its neighbours and its AI resources, all carrying `text`. */
function entitiesCarrying(text: string, index: number): Entity[] {
  const team = `group:default/hostile-team-${index}`;
  const component = `component:default/hostile-${index}`;
  const described = { title: text, description: `${text}\n${text}` };
  const owned: Array<[string, string]> = [['ownedBy', team]];
  const located = (location: string) => ({
    'backstage.io/source-location': `url:${location}`,
  });
  return [
    entity(
      'Group',
      `hostile-team-${index}`,
      {
        type: 'team',
        profile: { displayName: text, email: text },
      },
      [],
    ),
    entity(
      'Component',
      `hostile-${index}`,
      { type: text, lifecycle: text, owner: team },
      [
        ...owned,
        ['dependsOn', `component:default/hostile-dependency-${index}`],
        ['dependencyOf', `component:default/hostile-dependent-${index}`],
      ],
      {
        ...described,
        tags: [text],
        links: [
          { url: 'https://links.example/runbook', title: text, type: text },
        ],
        annotations: located(
          `https://github.com/hostile/repo-${index}/tree/main/`,
        ),
      },
    ),
    ...['dependency', 'dependent'].map(role =>
      entity(
        'Component',
        `hostile-${role}-${index}`,
        { type: text, lifecycle: text, owner: team },
        [
          ...owned,
          [role === 'dependent' ? 'dependsOn' : 'dependencyOf', component],
        ],
        described,
      ),
    ),
    entity(
      'AiResource',
      `hostile-rule-${index}`,
      { type: 'rule', owner: team, category: text, rationale: text },
      owned,
      {
        ...described,
        annotations: {
          'agent-context.io/severity': 'must',
          ...located('https://links.example/rule.md'),
        },
      },
    ),
    entity(
      'AiResource',
      `hostile-skill-${index}`,
      { type: 'skill', owner: team },
      owned,
      {
        ...described,
        annotations: located('https://links.example/skill/SKILL.md'),
      },
    ),
  ];
}

describe('text served to agents', () => {
  let server: Awaited<ReturnType<typeof startConventionsBackend>>['server'];
  let actions: Awaited<
    ReturnType<typeof startConventionsBackend>
  >['actionsRegistry'];
  const reader = mockCredentials.user.header(testUsers.bob.ref);
  const agent = mockCredentials.service();

  beforeAll(async () => {
    const backend = await startConventionsBackend({
      entities: CASES.flatMap(({ text }, index) =>
        entitiesCarrying(text, index),
      ),
      // Every user may write every scope: the writes below are the setup.
      permissions: AuthorizeResult.ALLOW,
    });
    server = backend.server;
    actions = backend.actionsRegistry;
    for (const [index, { text }] of CASES.entries()) {
      const scope = `/api/agent-context/v1/conventions/entities/component/default/hostile-${index}`;
      for (const convention of [
        {
          id: 'HOSTILE-001',
          category: 'rule',
          severity: 'must',
          title: text,
          body: `${text}\n\n- ${text}`,
        },
        { id: 'CMD-2', category: 'command', title: text, body: text },
        { id: 'DOC-001', action: 'waive', reason: text },
      ]) {
        const response = await request(server)
          .post(scope)
          .set(
            'Authorization',
            mockCredentials.user.header(testUsers.alice.ref),
          )
          .send(convention);
        if (response.status !== 201) {
          throw new Error(
            `Writing ${convention.id} for case ${index} answered ${
              response.status
            }: ${JSON.stringify(response.body)}`,
          );
        }
      }
    }
  }, 60_000);

  /** Every path's answer for case `index`: JSON documents and Markdown ones. */
  async function servedFor(index: number) {
    const base = `/api/agent-context/v1/entities/component/default/hostile-${index}`;
    const repository = `https://github.com/hostile/repo-${index}`;
    const get = async (path: string) => {
      const response = await request(server)
        .get(path)
        .set('Authorization', reader);
      expect(response.status).toBe(200);
      return response;
    };
    const invoke = async (id: string, input: JsonObject) =>
      (await actions.invoke({ id, input, credentials: agent })).output;
    const entityRef = `component:default/hostile-${index}`;

    const context: EntityContext = (await get(`${base}/context`)).body;
    const agentsMdJson = (
      await get(`${base}/agents.md?format=json&maxTokens=100`)
    ).body;
    const agentsMdAction = (await invoke('test:get-agents-md', {
      entityRef,
    })) as { markdown: string };
    return {
      context,
      json: {
        context,
        byRepository: (
          await get(
            `/api/agent-context/v1/context/by-repository?url=${encodeURIComponent(
              repository,
            )}`,
          )
        ).body,
        agentsMdJson,
        resolution: (await get(`${base}/conventions`)).body,
        getEntityContext: await invoke('test:get-entity-context', {
          entityRef,
        }),
        getContextForRepository: await invoke(
          'test:get-context-for-repository',
          { url: repository },
        ),
        getBlastRadius: await invoke('test:get-blast-radius', { entityRef }),
        listConventions: await invoke('test:list-conventions', { entityRef }),
        getAgentsMd: agentsMdAction,
      },
      markdown: {
        agentsMd: (await get(`${base}/agents.md`)).text,
        agentsMdBudgeted: agentsMdJson.markdown as string,
        agentsMdByRepository: (
          await get(
            `/api/agent-context/v1/context/by-repository?format=md&url=${encodeURIComponent(
              repository,
            )}`,
          )
        ).text,
        getAgentsMd: agentsMdAction.markdown,
      },
    };
  }

  /** The Markdown fields of JSON answers: convention bodies and documents. */
  function markdownFieldsOf(value: unknown): string[] {
    if (Array.isArray(value)) {
      return value.flatMap(markdownFieldsOf);
    }
    if (value && typeof value === 'object') {
      return Object.entries(value).flatMap(([key, field]) =>
        (key === 'body' || key === 'markdown') && typeof field === 'string'
          ? [field]
          : markdownFieldsOf(field),
      );
    }
    return [];
  }

  describe.each(
    CASES.map((testCase, index) => ({ ...testCase, index })).filter(
      c => c.hostile,
    ),
  )('with $name', ({ index }) => {
    it('serves no invisible character on any path, and no bare link in Markdown', async () => {
      const { json, markdown } = await servedFor(index);
      expect(json.context.conventions.map(c => c.id)).toEqual(
        expect.arrayContaining([
          'HOSTILE-001',
          'CMD-2',
          `hostile-rule-${index}`,
        ]),
      );
      expect(json.context.skills).toHaveLength(1);
      for (const [path, document] of Object.entries(json)) {
        const served = JSON.stringify(document);
        expect({ path, invisible: invisibleCharactersIn(served) }).toEqual({
          path,
          invisible: [],
        });
        for (const field of markdownFieldsOf(document)) {
          expect({ path, live: liveBareAddressesIn(field) }).toEqual({
            path,
            live: [],
          });
        }
      }
      for (const [path, document] of Object.entries(markdown)) {
        expect({
          path,
          invisible: invisibleCharactersIn(document),
          live: liveBareAddressesIn(document),
        }).toEqual({ path, invisible: [], live: [] });
      }
    });
  });

  it.each(
    CASES.map((testCase, index) => ({ ...testCase, index })).filter(
      c => !c.hostile,
    ),
  )('serves $name as written', async ({ index, text }) => {
    const { context, markdown } = await servedFor(index);
    expect(context.entity).toMatchObject({
      title: text,
      description: `${text}\n${text}`,
      type: text,
      tags: [text],
    });
    expect(context.ownership.owner).toMatchObject({
      displayName: text,
      email: text,
    });
    const hostile = context.conventions.find(c => c.id === 'HOSTILE-001');
    expect(hostile).toMatchObject({
      title: text,
      body: `${text}\n\n- ${text}`,
    });
    expect(context.skills[0]).toMatchObject({
      title: text,
      description: `${text}\n${text}`,
    });
    expect(markdown.agentsMd).toContain(`# ${text}\n`);
  });

  describe('the codex export', () => {
    it('serves every hostile text without invisible characters or bare links', async () => {
      const json = await request(server)
        .get('/api/agent-context/v1/conventions/export')
        .set('Authorization', reader);
      const markdown = await request(server)
        .get('/api/agent-context/v1/conventions/export?format=md')
        .set('Authorization', reader);
      expect(json.status).toBe(200);
      expect(markdown.status).toBe(200);

      const codex: CodexExport = json.body;
      const exported = codex.scopes.flatMap(scope => scope.conventions);
      expect(exported.filter(c => c.id === 'HOSTILE-001')).toHaveLength(
        CASES.length,
      );
      // Ordinary text keeps its joiners, and must come out as written.
      const withoutOrdinary = (served: string) =>
        ORDINARY_TEXTS.reduce(
          (rest, text) => rest.split(text).join(''),
          served,
        );
      for (const text of ORDINARY_TEXTS) {
        expect(exported).toContainEqual(
          expect.objectContaining({
            title: text,
            body: `${text}\n\n- ${text}`,
          }),
        );
        expect(markdown.text).toContain(`**${text}**`);
      }
      expect(
        invisibleCharactersIn(withoutOrdinary(JSON.stringify(codex))),
      ).toEqual([]);
      for (const { body } of exported) {
        expect(liveBareAddressesIn(body)).toEqual([]);
      }
      expect(invisibleCharactersIn(withoutOrdinary(markdown.text))).toEqual([]);
      expect(liveBareAddressesIn(markdown.text)).toEqual([]);
    });
  });
});
