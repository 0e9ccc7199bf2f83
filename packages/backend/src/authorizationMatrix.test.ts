import { TestDatabases } from '@backstage/backend-test-utils';
import request from 'supertest';
import { callMcp } from './__testUtils__/callMcp';
import {
  CALLERS,
  Caller,
  SecuredPortal,
  startSecuredPortal,
} from './__testUtils__/startSecuredPortal';

/**
 * Who may do what, on the example portal as it ships: every HTTP route of
 * the plugin, the skills index, the actions registry's endpoints and the
 * MCP tools, called by each kind of caller. A changed rule is a changed
 * cell; a new route or action fails the coverage checks at the end until
 * it has a row.
 */

/** Expected statuses, in the order of the columns below. */
type Expected = [number, number, number, number, number, number];

// The table is laid out by hand, one row per line, so it is not reformatted.
// prettier-ignore
const MATRIX: Array<[Row, Expected]> = [
  // Callers:                                                        anonymous nobody owner admin agent otherPlugin
  // Reads: every signed-in user and the agents' token; the catalog-only token is stopped at the door.
  ['GET /v1/entities/{kind}/{namespace}/{name}/context',                [401, 200, 200, 200, 200, 403]],
  ['GET /v1/entities/{kind}/{namespace}/{name}/agents.md',              [401, 200, 200, 200, 200, 403]],
  ['GET /v1/context/by-repository',                                     [401, 200, 200, 200, 200, 403]],
  ['GET /v1/entities/{kind}/{namespace}/{name}/conventions',            [401, 200, 200, 200, 200, 403]],
  ['GET /v1/conventions/global',                                        [401, 200, 200, 200, 200, 403]],
  ['GET /v1/conventions/global/history',                                [401, 200, 200, 200, 200, 403]],
  ['GET /v1/conventions/entities/{kind}/{namespace}/{name}',            [401, 200, 200, 200, 200, 403]],
  ['GET /v1/conventions/entities/{kind}/{namespace}/{name}/history',    [401, 200, 200, 200, 200, 403]],
  ['GET /v1/conventions/export',                                        [401, 200, 200, 200, 200, 403]],
  ['GET /openapi.json',                                                 [401, 200, 200, 200, 200, 403]],
  ['GET /v1/status',                                                    [401, 200, 200, 200, 200, 403]],
  // Adoption telemetry (OTLP): every signed-in user and the agents' token.
  ['POST /v1/otlp/v1/metrics',                                          [401, 200, 200, 200, 200, 403]],
  ['POST /v1/otlp/v1/logs',                                             [401, 200, 200, 200, 200, 403]],
  // Adoption figures: every signed-in user and the agents' token (the adoption read permission).
  ['GET /v1/adoption/overview',                                         [401, 200, 200, 200, 200, 403]],
  ['GET /v1/adoption/teams',                                            [401, 200, 200, 200, 200, 403]],
  ['GET /v1/adoption/entities',                                         [401, 200, 200, 200, 200, 403]],
  ['GET /v1/adoption/entities/{kind}/{namespace}/{name}',               [401, 200, 200, 200, 200, 403]],
  ['invoke get-adoption-summary',                                       [401, 200, 200, 200, 200, 403]],
  ['MCP get-adoption-summary',                                          [401, 200, 200, 200, 200, 403]],
  // The org codex: its admins only. Services never write.
  ['POST /v1/conventions/global',                                       [401, 403, 403, 201, 403, 403]],
  ['PUT /v1/conventions/global/{id}',                                   [401, 403, 403, 200, 403, 403]],
  ['DELETE /v1/conventions/global/{id}',                                [401, 403, 403, 204, 403, 403]],
  // checkout-service's own conventions: its owners only, not the codex admins.
  ['POST /v1/conventions/entities/{kind}/{namespace}/{name}',           [401, 403, 201, 403, 403, 403]],
  ['PUT /v1/conventions/entities/{kind}/{namespace}/{name}/{id}',       [401, 403, 200, 403, 403, 403]],
  ['DELETE /v1/conventions/entities/{kind}/{namespace}/{name}/{id}',    [401, 403, 204, 403, 403, 403]],
  // Adoption: usage is pushed by signed-in users and the agents' token; GitHub signs its deliveries instead.
  ['POST /v1/adoption/events',                                          [401, 200, 200, 200, 200, 403]],
  ['POST /v1/adoption/webhooks/github',                                 [401, 401, 401, 401, 401, 401]],
  // The skills index is public in the example portal, for `npx skills add`.
  ['GET /.well-known/agent-skills/index.json',                          [200, 200, 200, 200, 200, 200]],
  ['GET /.well-known/skills/index.json',                                [200, 200, 200, 200, 200, 200]],
  ['GET /.well-known/agent-skills/{name}/SKILL.md',                     [200, 200, 200, 200, 200, 200]],
  // The actions registry's own endpoints on the plugin.
  ['GET /.backstage/actions/v1/actions',                                [401, 200, 200, 200, 200, 403]],
  ['invoke get-entity-context',                                         [401, 200, 200, 200, 200, 403]],
  ['invoke get-agents-md',                                              [401, 200, 200, 200, 200, 403]],
  ['invoke get-context-for-repository',                                 [401, 200, 200, 200, 200, 403]],
  ['invoke get-blast-radius',                                           [401, 200, 200, 200, 200, 403]],
  ['invoke list-conventions',                                           [401, 200, 200, 200, 200, 403]],
  // MCP: the catalog-only token may not use the MCP endpoint at all.
  ['MCP tools/list',                                                    [401, 200, 200, 200, 200, 403]],
  ['MCP get-entity-context',                                            [401, 200, 200, 200, 200, 403]],
  ['MCP get-agents-md',                                                 [401, 200, 200, 200, 200, 403]],
  ['MCP get-context-for-repository',                                    [401, 200, 200, 200, 200, 403]],
  ['MCP get-blast-radius',                                              [401, 200, 200, 200, 200, 403]],
  ['MCP list-conventions',                                              [401, 200, 200, 200, 200, 403]],
  // Agent readiness: read like contexts.
  ['GET /v1/readiness',                                                 [401, 200, 200, 200, 200, 403]],
  ['GET /v1/entities/{kind}/{namespace}/{name}/readiness',              [401, 200, 200, 200, 200, 403]],
  ['invoke get-agent-readiness',                                        [401, 200, 200, 200, 200, 403]],
  ['MCP get-agent-readiness',                                           [401, 200, 200, 200, 200, 403]],
];

/** Whether each scope view tells a reader they may edit it (the editor relies on it). */
// prettier-ignore
const CAN_EDIT: Array<[string, [boolean, boolean, boolean, boolean]]> = [
  // Readers:                                        nobody owner  admin  agent
  ['/v1/conventions/global',                          [false, false, true,  false]],
  ['/v1/conventions/entities/component/default/checkout-service', [false, true,  false, false]],
  ['/v1/conventions/entities/group/default/checkout-team',        [false, true,  false, false]],
];

const API = '/api/agent-context';
const CHECKOUT = 'component/default/checkout-service';
const GLOBAL_SCOPE = `${API}/v1/conventions/global`;
const CHECKOUT_SCOPE = `${API}/v1/conventions/entities/${CHECKOUT}`;
const ACTIONS = `${API}/.backstage/actions/v1/actions`;
const REPOSITORY = {
  url: 'git@github.com:northwind-commerce/commerce-monorepo.git',
  path: 'services/checkout-service',
};

/** Conventions only this file writes, so no other row sees its writes. */
const FIXTURE_ID = 'MATRIX-1';
const NEW_ID = 'MATRIX-NEW';

const rule = (id: string) => ({
  id,
  category: 'rule',
  title: `Matrix rule ${id}`,
  body: 'Written by the authorization matrix.',
  severity: 'may',
});

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
let portal: SecuredPortal;

function send(
  method: 'get' | 'post' | 'put' | 'delete',
  path: string,
  caller: Caller,
  body?: object,
) {
  let call = request(portal.server)[method](path);
  const authorization = portal.authorization[caller];
  if (authorization) {
    call = call.set('Authorization', authorization);
  }
  return body ? call.send(body) : call;
}

const statusOf = async (response: PromiseLike<{ status: number }>) =>
  (await response).status;

/**
 * The fixture convention's revision at a scope, creating it first if an
 * earlier cell deleted it. Writes are sent as of this revision, so that a
 * refusal can only be about who writes.
 */
async function fixtureRevision(scope: string, editor: Caller) {
  const view = await send('get', scope, editor);
  const fixture = view.body.conventions.find(
    (c: { id: string; source: string }) =>
      c.id === FIXTURE_ID && c.source === 'database',
  );
  if (fixture) {
    return fixture.revision as number;
  }
  const created = await send('post', scope, editor, rule(FIXTURE_ID));
  if (created.status !== 201) {
    throw new Error(
      `Could not create ${FIXTURE_ID} at ${scope}: ${created.text}`,
    );
  }
  return created.body.revision as number;
}

/** Create, update and delete at one scope, each undone for the next caller. */
function writesAt(scope: string, editor: Caller) {
  return {
    create: async (caller: Caller) => {
      const response = await send('post', scope, caller, rule(NEW_ID));
      if (response.status === 201) {
        const revision = response.body.revision;
        await send('delete', `${scope}/${NEW_ID}?revision=${revision}`, editor);
      }
      return response.status;
    },
    update: async (caller: Caller) => {
      const revision = await fixtureRevision(scope, editor);
      return statusOf(
        send('put', `${scope}/${FIXTURE_ID}`, caller, {
          ...rule(FIXTURE_ID),
          revision,
        }),
      );
    },
    delete: async (caller: Caller) => {
      const revision = await fixtureRevision(scope, editor);
      return statusOf(
        send('delete', `${scope}/${FIXTURE_ID}?revision=${revision}`, caller),
      );
    },
  };
}

const globalWrites = writesAt(GLOBAL_SCOPE, 'admin');
const checkoutWrites = writesAt(CHECKOUT_SCOPE, 'owner');

const invoke = (action: string, input: object) => (caller: Caller) =>
  statusOf(
    send('post', `${ACTIONS}/agent-context:${action}/invoke`, caller, input),
  );

const mcpTool = (name: string, input: object) => async (caller: Caller) =>
  (
    await callMcp(portal.server, portal.authorization[caller], 'tools/call', {
      name,
      arguments: input,
    })
  ).status;

/** How each row is called; a row the table names must be here (the compiler checks). */
const ROWS = {
  'GET /v1/entities/{kind}/{namespace}/{name}/context': (caller: Caller) =>
    statusOf(send('get', `${API}/v1/entities/${CHECKOUT}/context`, caller)),
  'GET /v1/entities/{kind}/{namespace}/{name}/agents.md': (caller: Caller) =>
    statusOf(
      send(
        'get',
        `${API}/v1/entities/${CHECKOUT}/agents.md?maxTokens=2000`,
        caller,
      ),
    ),
  'GET /v1/context/by-repository': (caller: Caller) =>
    statusOf(
      send(
        'get',
        `${API}/v1/context/by-repository?${new URLSearchParams(REPOSITORY)}`,
        caller,
      ),
    ),
  'GET /v1/entities/{kind}/{namespace}/{name}/conventions': (caller: Caller) =>
    statusOf(send('get', `${API}/v1/entities/${CHECKOUT}/conventions`, caller)),
  'GET /v1/conventions/global': (caller: Caller) =>
    statusOf(send('get', GLOBAL_SCOPE, caller)),
  'GET /v1/conventions/global/history': (caller: Caller) =>
    statusOf(send('get', `${GLOBAL_SCOPE}/history`, caller)),
  'GET /v1/conventions/entities/{kind}/{namespace}/{name}': (caller: Caller) =>
    statusOf(send('get', CHECKOUT_SCOPE, caller)),
  'GET /v1/conventions/entities/{kind}/{namespace}/{name}/history': (
    caller: Caller,
  ) => statusOf(send('get', `${CHECKOUT_SCOPE}/history`, caller)),
  'GET /v1/conventions/export': (caller: Caller) =>
    statusOf(send('get', `${API}/v1/conventions/export?format=md`, caller)),
  'GET /v1/status': (caller: Caller) =>
    statusOf(send('get', `${API}/v1/status`, caller)),
  'GET /openapi.json': (caller: Caller) =>
    statusOf(send('get', `${API}/openapi.json`, caller)),
  'POST /v1/otlp/v1/metrics': (caller: Caller) =>
    statusOf(send('post', `${API}/v1/otlp/v1/metrics`, caller, {})),
  'POST /v1/otlp/v1/logs': (caller: Caller) =>
    statusOf(send('post', `${API}/v1/otlp/v1/logs`, caller, {})),
  'GET /v1/adoption/overview': (caller: Caller) =>
    statusOf(send('get', `${API}/v1/adoption/overview`, caller)),
  'GET /v1/adoption/teams': (caller: Caller) =>
    statusOf(send('get', `${API}/v1/adoption/teams`, caller)),
  'GET /v1/adoption/entities': (caller: Caller) =>
    statusOf(send('get', `${API}/v1/adoption/entities`, caller)),
  'GET /v1/adoption/entities/{kind}/{namespace}/{name}': (caller: Caller) =>
    statusOf(send('get', `${API}/v1/adoption/entities/${CHECKOUT}`, caller)),
  'invoke get-adoption-summary': invoke('get-adoption-summary', {
    entityRef: 'group:default/checkout-team',
  }),
  'MCP get-adoption-summary': mcpTool('get-adoption-summary', {
    entityRef: 'group:default/checkout-team',
  }),
  'POST /v1/conventions/global': globalWrites.create,
  'PUT /v1/conventions/global/{id}': globalWrites.update,
  'DELETE /v1/conventions/global/{id}': globalWrites.delete,
  'POST /v1/conventions/entities/{kind}/{namespace}/{name}':
    checkoutWrites.create,
  'PUT /v1/conventions/entities/{kind}/{namespace}/{name}/{id}':
    checkoutWrites.update,
  'DELETE /v1/conventions/entities/{kind}/{namespace}/{name}/{id}':
    checkoutWrites.delete,
  'POST /v1/adoption/events': (caller: Caller) =>
    statusOf(
      send('post', `${API}/v1/adoption/events`, caller, {
        rows: [
          {
            type: 'daily',
            source: 'authorization-matrix',
            sourceId: '2026-12-01',
            day: '2026-12-01',
            entityRef: 'component:default/checkout-service',
            metrics: { requests: 1 },
          },
        ],
      }),
    ),
  // A delivery with a signature the portal's secret did not make.
  'POST /v1/adoption/webhooks/github': (caller: Caller) =>
    statusOf(
      send('post', `${API}/v1/adoption/webhooks/github`, caller, { zen: 'x' })
        .set('X-GitHub-Event', 'ping')
        .set('X-Hub-Signature-256', `sha256=${'0'.repeat(64)}`),
    ),
  'GET /.well-known/agent-skills/index.json': (caller: Caller) =>
    statusOf(send('get', '/.well-known/agent-skills/index.json', caller)),
  'GET /.well-known/skills/index.json': (caller: Caller) =>
    statusOf(send('get', '/.well-known/skills/index.json', caller)),
  'GET /.well-known/agent-skills/{name}/SKILL.md': (caller: Caller) =>
    statusOf(
      send('get', '/.well-known/agent-skills/alert-runbook/SKILL.md', caller),
    ),
  'GET /.backstage/actions/v1/actions': (caller: Caller) =>
    statusOf(send('get', ACTIONS, caller)),
  'invoke get-entity-context': invoke('get-entity-context', {
    entityRef: 'checkout-service',
  }),
  'invoke get-agents-md': invoke('get-agents-md', {
    entityRef: 'checkout-service',
    maxTokens: 2000,
  }),
  'invoke get-context-for-repository': invoke(
    'get-context-for-repository',
    REPOSITORY,
  ),
  'invoke get-blast-radius': invoke('get-blast-radius', {
    entityRef: 'identity-service',
  }),
  'invoke list-conventions': invoke('list-conventions', {
    entityRef: 'checkout-service',
  }),
  'MCP tools/list': async (caller: Caller) => {
    const outcome = await callMcp(
      portal.server,
      portal.authorization[caller],
      'tools/list',
    );
    if (outcome.status === 200) {
      // The catalog's tools are listed only to callers who may reach it.
      expect(outcome.result?.tools?.map(tool => tool.name)).toEqual(
        expect.arrayContaining(['get-entity-context', 'list-conventions']),
      );
    }
    return outcome.status;
  },
  'MCP get-entity-context': mcpTool('get-entity-context', {
    entityRef: 'checkout-service',
  }),
  'MCP get-agents-md': mcpTool('get-agents-md', {
    entityRef: 'checkout-service',
    maxTokens: 2000,
  }),
  'MCP get-context-for-repository': mcpTool(
    'get-context-for-repository',
    REPOSITORY,
  ),
  'MCP get-blast-radius': mcpTool('get-blast-radius', {
    entityRef: 'identity-service',
  }),
  'MCP list-conventions': mcpTool('list-conventions', {
    entityRef: 'checkout-service',
  }),
  'GET /v1/readiness': (caller: Caller) =>
    statusOf(send('get', `${API}/v1/readiness?sort=score&limit=10`, caller)),
  'GET /v1/entities/{kind}/{namespace}/{name}/readiness': (caller: Caller) =>
    statusOf(send('get', `${API}/v1/entities/${CHECKOUT}/readiness`, caller)),
  'invoke get-agent-readiness': invoke('get-agent-readiness', {
    entityRef: 'checkout-service',
  }),
  'MCP get-agent-readiness': mcpTool('get-agent-readiness', {
    entityRef: 'checkout-service',
  }),
};

type Row = keyof typeof ROWS;

/** A row's statuses by caller name, so a failure names the caller. */
const byCaller = <T>(values: readonly T[], callers: readonly Caller[]) =>
  Object.fromEntries(callers.map((caller, i) => [caller, values[i]]));

describe('the authorization matrix', () => {
  beforeAll(async () => {
    portal = await startSecuredPortal(databases, 'SQLITE_3');
  }, 120_000);

  it.each(MATRIX)(
    '%s answers each caller as the table says',
    async (row, expected) => {
      const actual: number[] = [];
      for (const caller of CALLERS) {
        actual.push(await ROWS[row](caller));
      }
      expect(byCaller(actual, CALLERS)).toEqual(byCaller(expected, CALLERS));
    },
  );

  it.each(CAN_EDIT)(
    '%s tells each reader whether they may edit',
    async (path, expected) => {
      const readers = ['nobody', 'owner', 'admin', 'agent'] as const;
      const actual: boolean[] = [];
      for (const reader of readers) {
        actual.push((await send('get', `${API}${path}`, reader)).body.canEdit);
      }
      expect(byCaller(actual, readers)).toEqual(byCaller(expected, readers));
    },
  );

  it('has a row for every operation of the OpenAPI document it serves', async () => {
    const document = await send('get', `${API}/openapi.json`, 'agent');
    const operations = Object.entries(
      document.body.paths as Record<string, Record<string, unknown>>,
    ).flatMap(([path, methods]) =>
      Object.keys(methods).map(
        method => `${method.toUpperCase()} ${path.slice(API.length)}`,
      ),
    );
    expect(operations.length).toBeGreaterThan(0);
    const rows = MATRIX.map(([row]) => row as string);
    expect(operations.filter(operation => !rows.includes(operation))).toEqual(
      [],
    );
  });

  it('has an invoke row and an MCP row for every action of the plugin', async () => {
    const listed = await send('get', ACTIONS, 'agent');
    const names: string[] = listed.body.actions.map(
      (action: { name: string }) => action.name,
    );
    expect(names.length).toBeGreaterThan(0);
    const rows = MATRIX.map(([row]) => row as string);
    const missing = names.flatMap(name =>
      [`invoke ${name}`, `MCP ${name}`].filter(row => !rows.includes(row)),
    );
    expect(missing).toEqual([]);
  });
});
