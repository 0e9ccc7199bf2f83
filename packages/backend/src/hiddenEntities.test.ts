import { TestDatabases } from '@backstage/backend-test-utils';
import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import {
  catalogConditions,
  createCatalogConditionalDecision,
} from '@backstage/plugin-catalog-backend/alpha';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import { isPermission } from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import { AgentContextPermissionPolicy } from '@agent-context/plugin-agent-context-backend';
import request from 'supertest';
import { callMcp } from './__testUtils__/callMcp';
import {
  Caller,
  SecuredPortal,
  startSecuredPortal,
} from './__testUtils__/startSecuredPortal';
import { ExamplePortalPermissionPolicy } from './modules/ExamplePortalPermissionPolicy';

/**
 * Nobody sees more through the suite than the catalog shows them, although
 * every answer is built once from an in-process graph that holds the whole
 * catalog and shared between callers. The portal here runs a policy that
 * hides entities from everyone outside the payments team: by owner (what
 * the payments team owns) and by label (what is classified restricted).
 * The agents' token is a service and reads everything. Each route, action,
 * MCP tool and the export is called by both, in both orders, so that a
 * shared answer built for one is never what the other is served.
 */

const PAYMENTS_TEAM = 'group:default/payments-team';
const RESTRICTED_LABEL = 'northwind.example/data-classification';

/** What a policy hiding by owner and by label looks like in a real portal. */
class HidingPolicy implements PermissionPolicy {
  constructor(private readonly portal: ExamplePortalPermissionPolicy) {}

  async handle(query: PolicyQuery, user?: PolicyQueryUser) {
    const claims = user?.info.ownershipEntityRefs ?? [];
    if (
      isPermission(query.permission, catalogEntityReadPermission) &&
      !claims.includes(PAYMENTS_TEAM)
    ) {
      return createCatalogConditionalDecision(query.permission, {
        not: {
          anyOf: [
            catalogConditions.isEntityOwner({ claims: [PAYMENTS_TEAM] }),
            catalogConditions.hasLabel({ label: RESTRICTED_LABEL }),
          ],
        },
      });
    }
    return this.portal.handle(query, user);
  }
}

const hidingPolicyModule = createBackendModule({
  pluginId: 'permission',
  moduleId: 'hiding-policy',
  register(reg) {
    reg.registerInit({
      deps: { policy: policyExtensionPoint, config: coreServices.rootConfig },
      async init({ policy, config }) {
        policy.setPolicy(
          new HidingPolicy(
            new ExamplePortalPermissionPolicy(
              AgentContextPermissionPolicy.fromConfig(config),
            ),
          ),
        );
      },
    });
  },
});

/** Entities the policy hides from the guest, and text only they carry. */
const HIDDEN = {
  'component/default/payments-service': [
    'Payments service',
    'Authorises and captures card and wallet payments',
  ],
  'resource/default/order-events': [
    'Order events topic',
    'Kafka topic with one event each time an order is placed',
  ],
};
const HIDDEN_TEXT = Object.values(HIDDEN).flat();
const PAYMENTS_REPOSITORY =
  'https://github.com/northwind-commerce/payments-platform';

const API = '/api/agent-context';
const ACTIONS = `${API}/.backstage/actions/v1/actions`;

/** Every read that can carry another entity's facts, for one entity. */
function readsOf(path: string) {
  const [kind, namespace, name] = path.split('/');
  const entityRef = `${kind}:${namespace}/${name}`;
  return [
    { route: `${API}/v1/entities/${path}/context` },
    { route: `${API}/v1/entities/${path}/agents.md` },
    { route: `${API}/v1/entities/${path}/agents.md?format=json` },
    { route: `${API}/v1/entities/${path}/agents.md?maxTokens=0` },
    { route: `${API}/v1/entities/${path}/conventions` },
    { route: `${API}/v1/conventions/entities/${path}` },
    { route: `${API}/v1/conventions/entities/${path}/history` },
    { action: 'get-entity-context', input: { entityRef } },
    { action: 'get-agents-md', input: { entityRef } },
    { action: 'get-blast-radius', input: { entityRef } },
    { action: 'list-conventions', input: { entityRef } },
  ] as const;
}

type Read = ReturnType<typeof readsOf>[number];

const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

describe.each(databases.eachSupportedId())(
  'what a policy hides stays hidden, on %s',
  databaseId => {
    let portal: SecuredPortal;

    beforeAll(async () => {
      portal = await startSecuredPortal(databases, databaseId, {
        policyModule: hidingPolicyModule,
      });
    }, 240_000);

    /** Status and text of a read, over HTTP, the actions API and MCP. */
    async function read(what: Read, caller: Caller) {
      const authorization = portal.authorization[caller]!;
      if ('route' in what) {
        const response = await request(portal.server)
          .get(what.route)
          .set('Authorization', authorization);
        return {
          status: response.status,
          text: response.text,
          etag: response.headers.etag as string | undefined,
        };
      }
      const [http, mcp] = await Promise.all([
        request(portal.server)
          .post(`${ACTIONS}/agent-context:${what.action}/invoke`)
          .set('Authorization', authorization)
          .send(what.input),
        callMcp(portal.server, authorization, 'tools/call', {
          name: what.action,
          arguments: what.input,
        }),
      ]);
      // Both doors give the same answer about existence.
      expect(mcp.status).toBe(http.status);
      return {
        status: http.status,
        text: `${http.text}\n${JSON.stringify(mcp.result ?? mcp.message)}`,
        etag: undefined,
      };
    }

    const label = (r: Read) => ('route' in r ? r.route : r.action);

    it.each([
      ['the agents first', ['agent', 'owner'] as Caller[]],
      ['the guest first', ['owner', 'agent'] as Caller[]],
    ])(
      'serves each caller their own view of related entities, %s',
      async (_order, callers) => {
        // checkout-service depends on both hidden entities; the payments
        // team's page lists what it owns.
        const views = new Map<
          string,
          Map<Caller, Array<{ label: string; text: string; etag?: string }>>
        >();
        for (const path of [
          'component/default/checkout-service',
          'group/default/payments-team',
          'system/default/checkout',
        ]) {
          const seen = new Map<
            Caller,
            Array<{ label: string; text: string; etag?: string }>
          >();
          for (const caller of callers) {
            const results = [];
            for (const r of readsOf(path)) {
              const result = await read(r, caller);
              expect({ read: label(r), status: result.status }).toEqual({
                read: label(r),
                status: 200,
              });
              results.push({ label: label(r), ...result });
            }
            seen.set(caller, results);
          }
          const guest = seen.get('owner')!;
          for (const { label: what, text } of guest) {
            for (const hidden of HIDDEN_TEXT) {
              expect({ what, leaks: text.includes(hidden) }).toEqual({
                what,
                leaks: false,
              });
            }
          }
          views.set(path, seen);
        }
        const checkout = views.get('component/default/checkout-service')!;
        const contextFor = (caller: Caller) =>
          checkout.get(caller)!.find(r => r.label.endsWith('/context'))!;
        expect(contextFor('agent').text).toContain('Payments service');
        expect(contextFor('agent').text).toContain('Order events topic');
        // Different bytes, different validators: neither can revalidate
        // into the other's answer.
        expect(contextFor('owner').etag).not.toBe(contextFor('agent').etag);
      },
      120_000,
    );

    it('answers 404 for a hidden entity on every read, as for a missing one', async () => {
      for (const path of Object.keys(HIDDEN)) {
        for (const r of readsOf(path)) {
          // The agents' view first: the shared answer is in the cache.
          expect((await read(r, 'agent')).status).toBe(200);
          const guest = await read(r, 'owner');
          expect({ read: label(r), status: guest.status }).toEqual({
            read: label(r),
            status: 404,
          });
          HIDDEN_TEXT.forEach(hidden =>
            expect(guest.text).not.toContain(hidden),
          );
        }
      }
    }, 120_000);

    it('finds no hidden entity by its repository', async () => {
      const url = `${API}/v1/context/by-repository?url=${encodeURIComponent(
        PAYMENTS_REPOSITORY,
      )}&path=services/payments-service`;
      const agent = await request(portal.server)
        .get(url)
        .set('Authorization', portal.authorization.agent!);
      expect(agent.status).toBe(200);
      expect(agent.body.entity.ref).toBe('component:default/payments-service');
      const guest = await request(portal.server)
        .get(url)
        .set('Authorization', portal.authorization.owner!);
      expect(guest.status).toBe(404);
      HIDDEN_TEXT.forEach(hidden => expect(guest.text).not.toContain(hidden));
    });

    it('leaves hidden scopes out of the codex export', async () => {
      const exportOf = async (caller: Caller, format: string) =>
        (
          await request(portal.server)
            .get(`${API}/v1/conventions/export?format=${format}`)
            .set('Authorization', portal.authorization[caller]!)
        ).text;
      for (const format of ['json', 'md']) {
        expect(await exportOf('agent', format)).toContain(
          'component:default/payments-service',
        );
        expect(await exportOf('owner', format)).not.toContain(
          'component:default/payments-service',
        );
      }
    });

    it('does not answer 304 across views', async () => {
      const route = `${API}/v1/entities/component/default/checkout-service/agents.md`;
      const agent = await request(portal.server)
        .get(route)
        .set('Authorization', portal.authorization.agent!);
      const guest = await request(portal.server)
        .get(route)
        .set('Authorization', portal.authorization.owner!)
        .set('If-None-Match', agent.headers.etag);
      expect(guest.status).toBe(200);
      expect(guest.text).not.toContain('Payments service');
      const again = await request(portal.server)
        .get(route)
        .set('Authorization', portal.authorization.owner!)
        .set('If-None-Match', guest.headers.etag);
      expect(again.status).toBe(304);
      expect(again.text).toBe('');
    });
  },
);
