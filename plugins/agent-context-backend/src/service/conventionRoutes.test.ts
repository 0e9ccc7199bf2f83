import {
  mockCredentials,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import {
  CompoundEntityRef,
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { GetEntitiesByRefsRequest } from '@backstage/catalog-client';
import { InputError, NotAllowedError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  BackstageCredentials,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { InMemoryCatalogClient } from '@backstage/catalog-client/testUtils';
import request from 'supertest';
import { exampleEntities } from '../__fixtures__/entities';
import {
  CODEX_ADMINS,
  orgCodex,
  startConventionsBackend,
  testUsers,
} from '../__testUtils__/startConventionsBackend';

const API = '/api/agent-context/v1';
const GLOBAL = `${API}/conventions/global`;
const CHECKOUT_REF = 'component:default/checkout-service';
const CHECKOUT = `${API}/conventions/entities/component/default/checkout-service`;
const CHECKOUT_SYSTEM = `${API}/conventions/entities/system/default/checkout`;
const CHECKOUT_TEAM = `${API}/conventions/entities/group/default/checkout-team`;
const RESOLVED = `${API}/entities/component/default/checkout-service/conventions`;

type TestUser = keyof typeof testUsers;
const as = (user: TestUser) => mockCredentials.user.header(testUsers[user].ref);

/** A valid rule, to vary one field at a time. */
function rule(id: string, fields: Record<string, unknown> = {}) {
  return {
    id,
    category: 'rule',
    title: `Rule ${id}`,
    body: `The body of ${id}.`,
    severity: 'should',
    ...fields,
  };
}

/** An `AiResource` rule filed under the checkout system, as the catalog holds it. */
const apiStyleRule: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'AiResource',
  metadata: {
    name: 'api-style',
    namespace: 'default',
    title: 'Follow the API style guide',
    annotations: { 'agent-context.io/severity': 'must' },
  },
  spec: { type: 'rule', owner: 'checkout-team', system: 'checkout' },
  relations: [
    { type: 'ownedBy', targetRef: 'group:default/checkout-team' },
    { type: 'partOf', targetRef: 'system:default/checkout' },
  ],
};

describe('conventionRoutes', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  /** Posts a convention and expects it stored. */
  async function create(
    server: Awaited<ReturnType<typeof startConventionsBackend>>['server'],
    path: string,
    user: TestUser,
    body: object,
  ) {
    const response = await request(server)
      .post(path)
      .set('Authorization', as(user))
      .send(body);
    expect(response.status).toBe(201);
    return response.body;
  }

  /** The database entries of a scope, to show a refused write changed nothing. */
  async function storedAt(
    server: Awaited<ReturnType<typeof startConventionsBackend>>['server'],
    path: string,
  ) {
    const scope = await request(server)
      .get(path)
      .set('Authorization', as('pat'));
    const history = await request(server)
      .get(`${path}/history`)
      .set('Authorization', as('pat'));
    return {
      conventions: scope.body.conventions.filter(
        (c: { source: string }) => c.source === 'database',
      ),
      history: history.body.entries,
    };
  }

  describe('without credentials', () => {
    let backend: Awaited<ReturnType<typeof startConventionsBackend>>;

    beforeAll(async () => {
      backend = await startConventionsBackend();
      await create(backend.server, CHECKOUT, 'alice', rule('STY-001'));
      backend.auditor.createEvent.mockClear();
    });

    it.each<{
      method: 'get' | 'post' | 'put' | 'delete';
      path: string;
      body?: object;
    }>([
      { method: 'get', path: RESOLVED },
      { method: 'get', path: GLOBAL },
      { method: 'get', path: `${GLOBAL}/history` },
      { method: 'post', path: GLOBAL, body: rule('X-1') },
      {
        method: 'put',
        path: `${GLOBAL}/X-1`,
        body: { ...rule('X-1'), revision: 1 },
      },
      { method: 'delete', path: `${GLOBAL}/X-1?revision=1` },
      { method: 'get', path: CHECKOUT },
      { method: 'get', path: `${CHECKOUT}/history` },
      { method: 'post', path: CHECKOUT, body: rule('X-1') },
      {
        method: 'put',
        path: `${CHECKOUT}/STY-001`,
        body: { ...rule('STY-001'), revision: 1 },
      },
      { method: 'delete', path: `${CHECKOUT}/STY-001?revision=1` },
      { method: 'get', path: `${API}/conventions/export` },
    ])(
      '$method $path answers 401 and does nothing',
      async ({ method, path, body }) => {
        // The mock auth takes a request without a header for a default
        // user; this header is how it spells "no credentials".
        const call = request(backend.server)
          [method](path)
          .set('Authorization', mockCredentials.none.header());
        const response = await (body ? call.send(body) : call);
        expect(response.status).toBe(401);
        expect(response.body.error.name).toBe('AuthenticationError');
        // Not even a refused write is attempted, so none is audited.
        expect(backend.auditor.createEvent).not.toHaveBeenCalled();
      },
    );

    it('left the stored convention as it was', async () => {
      const scope = await request(backend.server)
        .get(CHECKOUT)
        .set('Authorization', as('alice'));
      expect(scope.body.conventions).toEqual([
        expect.objectContaining({ id: 'STY-001', revision: 1 }),
      ]);
    });
  });

  describe('GET /v1/conventions/global', () => {
    it('shows the org codex, editable by its admins', async () => {
      const { server } = await startConventionsBackend();
      const response = await request(server)
        .get(GLOBAL)
        .set('Authorization', as('pat'));

      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        scope: 'global',
        conventions: orgCodex.map(entry =>
          expect.objectContaining({
            id: entry.id,
            scope: 'global',
            source: 'config',
            location: 'agentContext.conventions.global',
            revision: 0,
          }),
        ),
        canEdit: true,
        editors: [CODEX_ADMINS],
      });
    });

    it('is read-only for everyone else, naming the admins to ask', async () => {
      const { server } = await startConventionsBackend();
      for (const header of [as('alice'), mockCredentials.service.header()]) {
        const response = await request(server)
          .get(GLOBAL)
          .set('Authorization', header);
        expect(response.status).toBe(200);
        expect(response.body).toMatchObject({
          canEdit: false,
          editors: [CODEX_ADMINS],
        });
      }
    });
  });

  describe('GET /v1/conventions/entities/:kind/:namespace/:name', () => {
    it("lists every source's entries at the scope, editable by its owners", async () => {
      const { server } = await startConventionsBackend({
        entities: [apiStyleRule],
      });
      await create(server, CHECKOUT_SYSTEM, 'alice', rule('SYS-001'));

      const owner = await request(server)
        .get(CHECKOUT_SYSTEM)
        .set('Authorization', as('alice'));
      expect(owner.status).toBe(200);
      expect(owner.body).toEqual({
        scope: 'system:default/checkout',
        conventions: [
          expect.objectContaining({
            id: 'api-style',
            source: 'catalog',
            severity: 'must',
            location: 'airesource:default/api-style',
          }),
          expect.objectContaining({
            id: 'SYS-001',
            source: 'database',
            revision: 1,
            createdBy: testUsers.alice.ref,
          }),
        ],
        canEdit: true,
        editors: ['group:default/checkout-team'],
      });

      const other = await request(server)
        .get(CHECKOUT_SYSTEM)
        .set('Authorization', as('bob'));
      expect(other.status).toBe(200);
      expect(other.body).toMatchObject({
        canEdit: false,
        editors: ['group:default/checkout-team'],
      });
      expect(other.body.conventions).toHaveLength(2);

      const twin = await request(server)
        .post(CHECKOUT_SYSTEM)
        .set('Authorization', as('alice'))
        .send(rule('api-style'));
      expect(twin.status).toBe(400);
      expect(twin.body.error.message).toContain(
        "id 'api-style' is already used at system:default/checkout by a convention kept in catalog (airesource:default/api-style)",
      );
    });

    it("lets a group's members edit the group's own scope", async () => {
      const { server } = await startConventionsBackend();
      const member = await request(server)
        .get(CHECKOUT_TEAM)
        .set('Authorization', as('alice'));
      expect(member.body).toMatchObject({
        scope: 'group:default/checkout-team',
        conventions: [],
        canEdit: true,
        editors: ['group:default/checkout-team'],
      });
      const outsider = await request(server)
        .get(CHECKOUT_TEAM)
        .set('Authorization', as('pat'));
      expect(outsider.body.canEdit).toBe(false);
    });

    it('answers 404 for an unknown scope entity', async () => {
      const { server } = await startConventionsBackend();
      const response = await request(server)
        .get(`${API}/conventions/entities/component/default/missing`)
        .set('Authorization', as('alice'));
      expect(response.status).toBe(404);
      expect(response.body.error).toEqual(
        expect.objectContaining({
          name: 'NotFoundError',
          message: "No entity 'component:default/missing' found",
        }),
      );
    });

    it('answers 400 naming a malformed ref', async () => {
      const { server } = await startConventionsBackend();
      const response = await request(server)
        .get(`${API}/conventions/entities/9bad/default/x`)
        .set('Authorization', as('alice'));
      expect(response.status).toBe(400);
      expect(response.body.error.name).toBe('InputError');
      expect(response.body.error.message).toContain(
        "Invalid entity kind '9bad'",
      );
    });
  });

  describe.each(databases.eachSupportedId())('writes on %s', databaseId => {
    const start = async (id: TestDatabaseId) =>
      startConventionsBackend({ knex: await databases.init(id) });

    it('creates, updates and deletes with revisions and history', async () => {
      const { server } = await start(databaseId);
      const created = await create(server, CHECKOUT, 'alice', rule('STY-001'));
      expect(created).toMatchObject({
        id: 'STY-001',
        scope: CHECKOUT_REF,
        source: 'database',
        action: 'define',
        severity: 'should',
        enforced: false,
        revision: 1,
        createdBy: testUsers.alice.ref,
        updatedBy: testUsers.alice.ref,
      });

      const updated = await request(server)
        .put(`${CHECKOUT}/STY-001`)
        .set('Authorization', as('alice'))
        .send({
          ...rule('STY-001', { title: 'Format with prettier' }),
          revision: 1,
        });
      expect(updated.status).toBe(200);
      expect(updated.body).toMatchObject({
        title: 'Format with prettier',
        revision: 2,
      });

      await create(server, CHECKOUT, 'alice', rule('STY-002'));

      const deleted = await request(server)
        .delete(`${CHECKOUT}/STY-001?revision=2`)
        .set('Authorization', as('alice'));
      expect(deleted.status).toBe(204);

      const scope = await request(server)
        .get(CHECKOUT)
        .set('Authorization', as('alice'));
      expect(scope.body.conventions.map((c: { id: string }) => c.id)).toEqual([
        'STY-002',
      ]);

      const history = await request(server)
        .get(`${CHECKOUT}/history`)
        .set('Authorization', as('bob'));
      expect(history.status).toBe(200);
      expect(
        history.body.entries.map(
          (e: { change: string; conventionId: string; revision: number }) =>
            `${e.change} ${e.conventionId} r${e.revision}`,
        ),
      ).toEqual([
        'delete STY-001 r2',
        'create STY-002 r1',
        'update STY-001 r2',
        'create STY-001 r1',
      ]);
      const [removal, , update] = history.body.entries;
      expect(removal).toMatchObject({
        scope: CHECKOUT_REF,
        author: testUsers.alice.ref,
        before: { title: 'Format with prettier', revision: 2 },
      });
      expect(removal.after).toBeUndefined();
      expect(update).toMatchObject({
        before: { title: 'Rule STY-001', revision: 1 },
        after: { title: 'Format with prettier', revision: 2 },
      });

      const filtered = await request(server)
        .get(`${CHECKOUT}/history?conventionId=STY-002`)
        .set('Authorization', as('alice'));
      expect(filtered.body.entries).toEqual([
        expect.objectContaining({ conventionId: 'STY-002', change: 'create' }),
      ]);

      // A filter no id can match is a mistake to point out, not an empty
      // history (and PostgreSQL cannot compare text holding a NUL).
      for (const bad of ['STY 002', 'STY%00002']) {
        const refused = await request(server)
          .get(`${CHECKOUT}/history?conventionId=${bad}`)
          .set('Authorization', as('alice'));
        expect(refused.status).toBe(400);
        expect(refused.body.error.message).toContain('Invalid conventionId');
      }

      // On both kinds of scope, a filter given twice is refused by the
      // OpenAPI validator (one string), not read as one value or as both.
      for (const scopePath of [CHECKOUT, GLOBAL]) {
        const twice = await request(server)
          .get(`${scopePath}/history?conventionId=STY-001&conventionId=STY-002`)
          .set('Authorization', as('alice'));
        expect(twice.status).toBe(400);
        expect(twice.body.error.message).toContain('conventionId');
      }
    });

    it('answers 409 with the winner to a stale update or delete, changing nothing', async () => {
      const { server } = await start(databaseId);
      await create(server, CHECKOUT, 'alice', rule('STY-001'));
      const winner = await request(server)
        .put(`${CHECKOUT}/STY-001`)
        .set('Authorization', as('alice'))
        .send({ ...rule('STY-001', { title: 'First writer' }), revision: 1 });
      expect(winner.status).toBe(200);
      const before = await storedAt(server, CHECKOUT);

      const staleUpdate = await request(server)
        .put(`${CHECKOUT}/STY-001`)
        .set('Authorization', as('alice'))
        .send({ ...rule('STY-001', { title: 'Second writer' }), revision: 1 });
      expect(staleUpdate.status).toBe(409);
      expect(staleUpdate.body).toEqual({
        error: {
          name: 'ConflictError',
          message: expect.stringContaining('is at revision 2, not 1'),
        },
        current: expect.objectContaining({
          id: 'STY-001',
          title: 'First writer',
          revision: 2,
        }),
      });

      const staleDelete = await request(server)
        .delete(`${CHECKOUT}/STY-001?revision=1`)
        .set('Authorization', as('alice'));
      expect(staleDelete.status).toBe(409);
      expect(staleDelete.body.current).toMatchObject({
        title: 'First writer',
        revision: 2,
      });

      expect(await storedAt(server, CHECKOUT)).toEqual(before);
    });
  });

  describe('refused writes', () => {
    let server: Awaited<ReturnType<typeof startConventionsBackend>>['server'];
    let before: Record<string, Awaited<ReturnType<typeof storedAt>>>;

    beforeAll(async () => {
      ({ server } = await startConventionsBackend());
      await create(server, CHECKOUT, 'alice', rule('STY-001'));
      before = {
        [CHECKOUT]: await storedAt(server, CHECKOUT),
        [GLOBAL]: await storedAt(server, GLOBAL),
      };
    });

    /** Every refusal leaves the scopes and their history as they were. */
    async function expectNothingChanged() {
      for (const [path, stored] of Object.entries(before)) {
        expect(await storedAt(server, path)).toEqual(stored);
      }
    }

    it.each<[string, string, object, string]>([
      ['a bad id', CHECKOUT, rule('sec 4'), 'id "sec 4" must be letters'],
      [
        'an id the database has at the scope',
        CHECKOUT,
        rule('STY-001'),
        "id 'STY-001' already exists at component:default/checkout-service",
      ],
      [
        'an unknown category',
        CHECKOUT,
        { id: 'X-1', category: 'guideline', title: 'X' },
        'category "guideline" is not one of rule, command, boundary',
      ],
      [
        'an unknown severity',
        CHECKOUT,
        rule('X-1', { severity: 'critical' }),
        'severity "critical" is not one of must, should, may',
      ],
      [
        'a severity on a command',
        CHECKOUT,
        rule('X-1', { category: 'command' }),
        'severity only rules have a severity',
      ],
      [
        'a rule without a severity',
        CHECKOUT,
        rule('X-1', { severity: undefined }),
        'severity is required for rules',
      ],
      [
        'a body over 16384 characters',
        CHECKOUT,
        rule('X-1', { body: 'x'.repeat(16385) }),
        'body must be at most 16384 characters',
      ],
      [
        'a bad appliesTo predicate',
        CHECKOUT,
        rule('X-1', { appliesTo: { kind: { $bogus: 1 } } }),
        'appliesTo is not a valid filter predicate',
      ],
      [
        'an unknown field',
        CHECKOUT,
        rule('X-1', { colour: 'red' }),
        'colour is not a convention field',
      ],
      [
        'a waiver without a reason',
        CHECKOUT,
        { id: 'DOC-001', action: 'waive' },
        'reason is required for a waiver',
      ],
      [
        'a waiver of nothing inherited',
        CHECKOUT,
        { id: 'NONE-1', action: 'waive', reason: 'Not needed' },
        'NONE-1 is not in effect at any broader scope, so there is nothing to waive for component:default/checkout-service',
      ],
    ])(
      'answers 400 to a create with %s',
      async (_case, path, body, message) => {
        const response = await request(server)
          .post(path)
          .set('Authorization', as('alice'))
          .send(body);
        expect(response.status).toBe(400);
        expect(response.body.error.name).toBe('InputError');
        expect(response.body.error.message).toContain(message);
        await expectNothingChanged();
      },
    );

    it('answers 400 to a global entry whose id app-config already uses', async () => {
      const response = await request(server)
        .post(GLOBAL)
        .set('Authorization', as('pat'))
        .send(rule('DOC-001'));
      expect(response.status).toBe(400);
      expect(response.body.error.message).toBe(
        "Invalid convention: id 'DOC-001' is already used at global by a convention kept in config (agentContext.conventions.global); edit it there, or choose another id",
      );
      await expectNothingChanged();
    });

    it.each<[string, object, string]>([
      [
        'an id differing from the path',
        { ...rule('STY-002'), revision: 1 },
        "id 'STY-002' differs from 'STY-001' in the path",
      ],
      ['no revision', rule('STY-001'), "Invalid revision 'undefined'"],
      [
        'a revision of 0',
        { ...rule('STY-001'), revision: 0 },
        "Invalid revision '0'",
      ],
      [
        'a revision as text',
        { ...rule('STY-001'), revision: 'one' },
        'revision',
      ],
      [
        'a revision past 32 bits, which no convention reaches',
        { ...rule('STY-001'), revision: 2 ** 31 },
        "Invalid revision '2147483648'",
      ],
    ])('answers 400 to an update with %s', async (_case, body, message) => {
      const response = await request(server)
        .put(`${CHECKOUT}/STY-001`)
        .set('Authorization', as('alice'))
        .send(body);
      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain(message);
      await expectNothingChanged();
    });

    it.each([
      ['no revision', '', 'revision'],
      [
        'a revision that is no number',
        '?revision=latest',
        "Invalid revision 'latest'",
      ],
      ['a revision of 1.5', '?revision=1.5', "Invalid revision '1.5'"],
      // Each of these reads as 1 to Number(), the revision stored.
      ['a revision in hex', '?revision=0x1', "Invalid revision '0x1'"],
      ['a revision after a space', '?revision=%201', "Invalid revision ' 1'"],
      [
        'a revision with an exponent',
        '?revision=1e0',
        "Invalid revision '1e0'",
      ],
    ])('answers 400 to a delete with %s', async (_case, query, message) => {
      const response = await request(server)
        .delete(`${CHECKOUT}/STY-001${query}`)
        .set('Authorization', as('alice'));
      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain(message);
      await expectNothingChanged();
    });

    it.each([
      ['a space', 'STY%20001', "'STY 001'"],
      ['a NUL', 'STY%00001', "'STY\u0000001'"],
      ['65 characters', 'S'.repeat(65), `'${'S'.repeat(65)}'`],
    ])(
      'answers 400 naming a convention id in the path with %s',
      async (_case, id, quoted) => {
        for (const send of [
          () =>
            request(server)
              .put(`${CHECKOUT}/${id}`)
              .send({ ...rule('STY-001'), revision: 1 }),
          () => request(server).delete(`${CHECKOUT}/${id}?revision=1`),
        ]) {
          const response = await send().set('Authorization', as('alice'));
          expect(response.status).toBe(400);
          expect(response.body.error.message).toContain(
            `Invalid convention id ${quoted}`,
          );
        }
        await expectNothingChanged();
      },
    );

    it('answers 403 to a non-owner, naming the owners to ask', async () => {
      for (const send of [
        () => request(server).post(CHECKOUT).send(rule('X-1')),
        () =>
          request(server)
            .put(`${CHECKOUT}/STY-001`)
            .send({ ...rule('STY-001'), revision: 1 }),
        () => request(server).delete(`${CHECKOUT}/STY-001?revision=1`),
      ]) {
        const response = await send().set('Authorization', as('bob'));
        expect(response.status).toBe(403);
        expect(response.body.error).toEqual(
          expect.objectContaining({
            name: 'NotAllowedError',
            message: `You may not edit the conventions of ${CHECKOUT_REF}; ask group:default/checkout-team`,
          }),
        );
      }
      await expectNothingChanged();
    });

    it('answers 403 to a non-admin writing the org codex', async () => {
      const response = await request(server)
        .post(GLOBAL)
        .set('Authorization', as('alice'))
        .send(rule('X-1'));
      expect(response.status).toBe(403);
      expect(response.body.error.message).toBe(
        `You may not edit the conventions of global; ask ${CODEX_ADMINS}`,
      );
      await expectNothingChanged();
    });

    it('answers 403 to a service principal writing', async () => {
      const response = await request(server)
        .post(CHECKOUT)
        .set('Authorization', mockCredentials.service.header())
        .send(rule('X-1'));
      expect(response.status).toBe(403);
      expect(response.body.error.name).toBe('NotAllowedError');
      await expectNothingChanged();
    });

    it.each([
      ['overriding', rule('SEC-001', { severity: 'may' }), 'overridden'],
      [
        'waiving',
        { id: 'SEC-001', action: 'waive', reason: 'Legacy' },
        'waived',
      ],
    ])(
      'answers 422 to %s an enforced inherited convention',
      async (_case, body, verb) => {
        const response = await request(server)
          .post(CHECKOUT)
          .set('Authorization', as('alice'))
          .send(body);
        expect(response.status).toBe(422);
        expect(response.body.error).toEqual(
          expect.objectContaining({
            name: 'EnforcedConventionError',
            message: expect.stringContaining(
              `SEC-001 is enforced at global and cannot be ${verb} at ${CHECKOUT_REF}`,
            ),
          }),
        );
        expect(response.body.error.message).toMatch(
          verb === 'overridden' ? /overridden/ : /waived/,
        );
        await expectNothingChanged();
      },
    );
  });

  describe('with the permission framework enabled', () => {
    /** What the policy was asked, per call: permission, resource and user. */
    function askedOf(
      permissions: Awaited<
        ReturnType<typeof startConventionsBackend>
      >['permissions'],
    ) {
      return permissions.authorize.mock.calls.map(([requests, options]) => ({
        requests: requests.map(r => ({
          permission: r.permission.name,
          resourceRef: 'resourceRef' in r ? r.resourceRef : undefined,
        })),
        user: (options?.credentials.principal as { userEntityRef?: string })
          .userEntityRef,
      }));
    }

    it('refuses an owner the policy denies', async () => {
      const { server, permissions } = await startConventionsBackend({
        permissions: AuthorizeResult.DENY,
      });
      const view = await request(server)
        .get(CHECKOUT)
        .set('Authorization', as('alice'));
      expect(view.body.canEdit).toBe(false);

      const response = await request(server)
        .post(CHECKOUT)
        .set('Authorization', as('alice'))
        .send(rule('X-1'));
      expect(response.status).toBe(403);

      const asked = {
        requests: [
          {
            permission: 'agent-context.conventions.update',
            resourceRef: CHECKOUT_REF,
          },
        ],
        user: testUsers.alice.ref,
      };
      // Once for the view's canEdit, once for the write.
      expect(askedOf(permissions)).toEqual([asked, asked]);
      expect((await storedAt(server, CHECKOUT)).history).toEqual([]);
    });

    it('lets anyone the policy allows write, owner or not', async () => {
      const { server, permissions } = await startConventionsBackend({
        permissions: AuthorizeResult.ALLOW,
      });
      const view = await request(server)
        .get(GLOBAL)
        .set('Authorization', as('bob'));
      expect(view.body.canEdit).toBe(true);

      const created = await create(server, CHECKOUT, 'bob', rule('X-1'));
      expect(created).toMatchObject({
        id: 'X-1',
        createdBy: testUsers.bob.ref,
      });

      expect(askedOf(permissions)).toEqual([
        // The org codex is no catalog entity: a permission without a resource.
        {
          requests: [
            {
              permission: 'agent-context.codex.update',
              resourceRef: undefined,
            },
          ],
          user: testUsers.bob.ref,
        },
        {
          requests: [
            {
              permission: 'agent-context.conventions.update',
              resourceRef: CHECKOUT_REF,
            },
          ],
          user: testUsers.bob.ref,
        },
      ]);
    });

    it("asks about a group's scope by the group's own ref", async () => {
      const { server, permissions } = await startConventionsBackend({
        permissions: AuthorizeResult.ALLOW,
      });
      await create(server, CHECKOUT_TEAM, 'bob', rule('GRP-001'));
      const deleted = await request(server)
        .delete(`${CHECKOUT_TEAM}/GRP-001?revision=1`)
        .set('Authorization', as('bob'));
      expect(deleted.status).toBe(204);

      const asked = {
        requests: [
          {
            permission: 'agent-context.conventions.update',
            resourceRef: 'group:default/checkout-team',
          },
        ],
        user: testUsers.bob.ref,
      };
      expect(askedOf(permissions)).toEqual([asked, asked]);
    });

    it('never asks on behalf of a service, which may not write', async () => {
      const { server, permissions } = await startConventionsBackend({
        permissions: AuthorizeResult.ALLOW,
      });
      const response = await request(server)
        .post(CHECKOUT)
        .set('Authorization', mockCredentials.service.header())
        .send(rule('X-1'));
      expect(response.status).toBe(403);
      expect(permissions.authorize).not.toHaveBeenCalled();
    });
  });

  describe('GET /v1/entities/:kind/:namespace/:name/conventions', () => {
    it('resolves every layer, with overrides and waivers', async () => {
      const { server } = await startConventionsBackend();
      await create(server, GLOBAL, 'pat', rule('REV-001'));
      await create(server, CHECKOUT_SYSTEM, 'alice', rule('SYS-001'));
      await create(server, CHECKOUT_TEAM, 'alice', rule('GRP-001'));
      await create(
        server,
        CHECKOUT,
        'alice',
        rule('DOC-001', { reason: 'Internal service' }),
      );
      await create(server, CHECKOUT, 'alice', {
        id: 'CMD-TEST',
        action: 'waive',
        reason: 'Tested by the contract suite',
      });

      const response = await request(server)
        .get(RESOLVED)
        .set('Authorization', mockCredentials.service.header());
      expect(response.status).toBe(200);
      expect(response.body.entityRef).toBe(CHECKOUT_REF);
      expect(
        response.body.path.map(
          (l: { level: string; scope: string }) => `${l.level} ${l.scope}`,
        ),
      ).toEqual([
        'global global',
        'domain domain:default/commerce',
        'system system:default/checkout',
        'group group:default/root',
        'group group:default/commerce',
        'group group:default/checkout-team',
        `entity ${CHECKOUT_REF}`,
      ]);
      const byId = Object.fromEntries(
        response.body.conventions.map((c: { id: string }) => [c.id, c]),
      );
      expect(Object.keys(byId).sort()).toEqual([
        'DOC-001',
        'GRP-001',
        'REV-001',
        'SEC-001',
        'SYS-001',
      ]);
      expect(byId['SEC-001']).toMatchObject({
        scope: 'global',
        source: 'config',
        enforced: true,
      });
      expect(byId['REV-001']).toMatchObject({
        scope: 'global',
        source: 'database',
      });
      expect(byId['SYS-001'].scope).toBe('system:default/checkout');
      expect(byId['GRP-001'].scope).toBe('group:default/checkout-team');
      expect(byId['DOC-001']).toMatchObject({
        scope: CHECKOUT_REF,
        source: 'database',
        overrides: [{ scope: 'global', source: 'config' }],
      });
      expect(response.body.waived).toEqual([
        expect.objectContaining({
          id: 'CMD-TEST',
          scope: 'global',
          waivedBy: expect.objectContaining({
            scope: CHECKOUT_REF,
            reason: 'Tested by the contract suite',
            by: testUsers.alice.ref,
          }),
        }),
      ]);
      expect(response.body.conflicts).toEqual([]);
    });

    it('shows a write in the context and AGENTS.md at once, with a new ETag', async () => {
      const { server } = await startConventionsBackend();
      const agentsMd = `${API}/entities/component/default/checkout-service/agents.md`;
      const context = `${API}/entities/component/default/checkout-service/context`;
      const first = await request(server)
        .get(agentsMd)
        .set('Authorization', as('alice'));
      expect(first.status).toBe(200);
      expect(first.text).not.toContain('OPS-042');
      await request(server).get(context).set('Authorization', as('alice'));

      await create(
        server,
        CHECKOUT,
        'alice',
        rule('OPS-042', { title: 'Page the on-call before rollbacks' }),
      );

      const again = await request(server)
        .get(agentsMd)
        .set('Authorization', as('alice'));
      expect(again.text).toContain('OPS-042');
      expect(again.text).toContain('Page the on-call before rollbacks');
      expect(again.headers.etag).not.toBe(first.headers.etag);

      const json = await request(server)
        .get(context)
        .set('Authorization', as('alice'));
      expect(json.body.conventions).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ id: 'OPS-042', scope: CHECKOUT_REF }),
        ]),
      );
    });
  });

  describe('GET /v1/conventions/export', () => {
    it('exports every scope as JSON and as Markdown', async () => {
      const { server } = await startConventionsBackend();
      await create(server, GLOBAL, 'pat', rule('REV-001'));
      await create(server, CHECKOUT, 'alice', rule('STY-001'));

      const json = await request(server)
        .get(`${API}/conventions/export`)
        .set('Authorization', mockCredentials.service.header());
      expect(json.status).toBe(200);
      expect(
        json.body.scopes.map(
          (s: { scope: string; conventions: Array<{ id: string }> }) =>
            `${s.scope}: ${s.conventions.map(c => c.id).join(' ')}`,
        ),
      ).toEqual([
        'global: CMD-TEST DOC-001 REV-001 SEC-001',
        `${CHECKOUT_REF}: STY-001`,
      ]);

      const md = await request(server)
        .get(`${API}/conventions/export?format=md`)
        .set('Authorization', as('bob'));
      expect(md.status).toBe(200);
      expect(md.headers['content-type']).toContain('text/markdown');
      for (const id of ['SEC-001', 'REV-001', 'STY-001', CHECKOUT_REF]) {
        expect(md.text).toContain(id);
      }
    });

    it('leaves out the scopes of entities the caller cannot read', async () => {
      const vault: Entity = {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: { name: 'vault-service', namespace: 'default' },
        spec: {
          type: 'service',
          lifecycle: 'production',
          owner: 'checkout-team',
        },
        relations: [
          { type: 'ownedBy', targetRef: 'group:default/checkout-team' },
        ],
      };
      const { server } = await startConventionsBackend({
        catalog: catalogHiding('component:default/vault-service', {
          from: testUsers.bob.ref,
          entities: [...exampleEntities, vault],
        }),
      });
      const VAULT = `${API}/conventions/entities/component/default/vault-service`;
      await create(server, VAULT, 'alice', rule('VLT-001'));
      await create(server, CHECKOUT, 'alice', rule('STY-001'));

      const scopesFor = async (user: TestUser) =>
        (
          await request(server)
            .get(`${API}/conventions/export`)
            .set('Authorization', as(user))
        ).body.scopes.map((s: { scope: string }) => s.scope);
      expect(await scopesFor('alice')).toEqual([
        'global',
        CHECKOUT_REF,
        'component:default/vault-service',
      ]);
      expect(await scopesFor('bob')).toEqual(['global', CHECKOUT_REF]);

      const hidden = await request(server)
        .get(VAULT)
        .set('Authorization', as('bob'));
      expect(hidden.status).toBe(404);
    });
  });

  describe('audit events', () => {
    it('records a successful write and a refused one', async () => {
      const { server, auditor } = await startConventionsBackend();
      await create(server, CHECKOUT, 'alice', rule('STY-001'));
      const refused = await request(server)
        .post(GLOBAL)
        .set('Authorization', as('bob'))
        .send(rule('X-1'));
      expect(refused.status).toBe(403);
      const misnamed = await request(server)
        .put(`${CHECKOUT}/STY-001`)
        .set('Authorization', as('alice'))
        .send({ ...rule('STY-009'), revision: 1 });
      expect(misnamed.status).toBe(400);

      expect(auditor.createEvent).toHaveBeenCalledTimes(3);
      expect(
        auditor.createEvent.mock.calls.map(([options]) => options),
      ).toEqual([
        expect.objectContaining({
          eventId: 'convention-write',
          severityLevel: 'medium',
          meta: {
            action: 'create',
            scope: CHECKOUT_REF,
            conventionId: 'STY-001',
          },
        }),
        expect.objectContaining({
          eventId: 'convention-write',
          severityLevel: 'high',
          meta: { action: 'create', scope: 'global', conventionId: 'X-1' },
        }),
        expect.objectContaining({
          meta: {
            action: 'update',
            scope: CHECKOUT_REF,
            conventionId: 'STY-001',
          },
        }),
      ]);
      const [success, failure, invalid] = await Promise.all(
        auditor.createEvent.mock.results.map(result => result.value),
      );
      expect(success.success).toHaveBeenCalledWith({ meta: { revision: 1 } });
      expect(success.fail).not.toHaveBeenCalled();
      expect(failure.success).not.toHaveBeenCalled();
      expect(failure.fail).toHaveBeenCalledWith({
        error: expect.any(NotAllowedError),
      });
      expect(invalid.fail).toHaveBeenCalledWith({
        error: expect.any(InputError),
      });
    });
  });
});

/**
 * A catalog in which one entity is invisible to one user, as a permission
 * policy would make it; the catalog mock itself ignores credentials.
 */
class PartlyHiddenCatalog extends InMemoryCatalogClient {
  constructor(
    private readonly hidden: { ref: string; from: string },
    entities: Entity[],
  ) {
    super({ entities });
  }

  async getEntityByRef(
    entityRef: string | CompoundEntityRef,
    options?: { credentials?: BackstageCredentials },
  ) {
    return this.hides(entityRef, options?.credentials)
      ? undefined
      : super.getEntityByRef(entityRef);
  }

  async getEntitiesByRefs(
    refs: GetEntitiesByRefsRequest,
    options?: { credentials?: BackstageCredentials },
  ) {
    const { items } = await super.getEntitiesByRefs(refs);
    return {
      items: items.map((item, index) =>
        this.hides(refs.entityRefs[index], options?.credentials)
          ? undefined
          : item,
      ),
    };
  }

  private hides(
    entityRef: string | CompoundEntityRef,
    credentials: BackstageCredentials | undefined,
  ): boolean {
    const ref = stringifyEntityRef(parseEntityRef(entityRef));
    const user = (credentials?.principal as { userEntityRef?: string })
      ?.userEntityRef;
    return user === this.hidden.from && ref === this.hidden.ref;
  }
}

function catalogHiding(
  hiddenRef: string,
  options: { from: string; entities: Entity[] },
) {
  return createServiceFactory({
    service: catalogServiceRef,
    deps: {},
    factory: () =>
      new PartlyHiddenCatalog(
        { ref: hiddenRef, from: options.from },
        options.entities,
      ),
  });
}
