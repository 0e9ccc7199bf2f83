import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { actionsRegistryServiceMock } from '@backstage/backend-test-utils/alpha';
import {
  BackendFeature,
  BackstageCredentials,
  ServiceFactory,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { Entity } from '@backstage/catalog-model';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import type { Knex } from 'knex';
import { agentContextPlugin } from '../plugin';
import { exampleEntities } from '../__fixtures__/entities';

/** The group allowed to edit the org codex. */
export const CODEX_ADMINS = 'group:default/platform-team';

/**
 * Who each test user is, with the ownership claims a sign-in resolver
 * would give them: Alice is in the team that owns checkout-service, Bob in
 * another team, Pat an admin of the org codex.
 */
export const testUsers = {
  alice: {
    ref: 'user:default/alice',
    claims: ['user:default/alice', 'group:default/checkout-team'],
  },
  bob: {
    ref: 'user:default/bob',
    claims: ['user:default/bob', 'group:default/payments-team'],
  },
  pat: {
    ref: 'user:default/pat',
    claims: ['user:default/pat', CODEX_ADMINS],
  },
};

/**
 * The org codex shipped in app-config: an enforced rule nobody may
 * override or waive, an ordinary rule, and a command.
 */
export const orgCodex = [
  {
    id: 'SEC-001',
    category: 'rule',
    title: 'Keep secrets out of the repository',
    body: 'Read credentials from the vault at runtime.',
    severity: 'must',
    enforced: true,
  },
  {
    id: 'DOC-001',
    category: 'rule',
    title: 'Document public APIs',
    body: 'Every public endpoint has an OpenAPI description.',
    severity: 'should',
  },
  {
    id: 'CMD-TEST',
    category: 'command',
    title: 'Run the tests',
    body: '`yarn test`',
  },
];

/** The claims of a user, or just their own ref for users not listed. */
function ownershipOf(userEntityRef: string): string[] {
  return (
    Object.values(testUsers).find(user => user.ref === userEntityRef)
      ?.claims ?? [userEntityRef]
  );
}

/**
 * Starts a backend with the real plugin, the example organisation, the org
 * codex above and users with group claims. The auditor and the actions
 * registry are mocks the caller can inspect.
 *
 * @param options.knex - a test database; an in-memory SQLite one otherwise
 * @param options.permissions - turns the permission framework on, with
 *   every decision being this result; the returned `permissions` mock
 *   records what was asked
 * @param options.catalog - a catalog other than the example one
 * @param options.features - more features, such as modules of the plugin
 */
export async function startConventionsBackend(
  options: {
    knex?: Knex;
    permissions?: AuthorizeResult.ALLOW | AuthorizeResult.DENY;
    entities?: Entity[];
    catalog?: ServiceFactory<CatalogService, 'plugin', 'singleton'>;
    features?: BackendFeature[];
  } = {},
) {
  const auditor = mockServices.auditor.mock();
  const actionsRegistry = actionsRegistryServiceMock({
    logger: mockServices.logger.mock(),
  });
  const decide = async (requests: unknown[]) =>
    requests.map(() => ({
      result: options.permissions ?? AuthorizeResult.ALLOW,
    }));
  const permissions = mockServices.permissions.mock({
    authorize: decide,
    // The catalog's read decision, which the plugin asks for per request.
    authorizeConditional: decide,
  });
  const userInfo = mockServices.userInfo.mock({
    getUserInfo: async (credentials: BackstageCredentials) => {
      const { userEntityRef } = credentials.principal as {
        userEntityRef: string;
      };
      return { userEntityRef, ownershipEntityRefs: ownershipOf(userEntityRef) };
    },
  });
  const { server } = await startTestBackend({
    features: [
      agentContextPlugin,
      options.catalog ??
        catalogServiceMock.factory({
          entities: [...exampleEntities, ...(options.entities ?? [])],
        }),
      mockServices.rootConfig.factory({
        data: {
          app: { baseUrl: 'http://portal.test' },
          agentContext: {
            conventions: { admins: [CODEX_ADMINS], global: orgCodex },
          },
          ...(options.permissions ? { permission: { enabled: true } } : {}),
        },
      }),
      ...(options.knex
        ? [mockServices.database.factory({ knex: options.knex })]
        : []),
      ...(options.permissions ? [permissions.factory] : []),
      userInfo.factory,
      auditor.factory,
      createServiceFactory({
        service: actionsRegistryServiceRef,
        deps: {},
        factory: () => actionsRegistry,
      }),
      ...(options.features ?? []),
    ],
  });
  return { server, auditor, actionsRegistry, userInfo, permissions };
}
