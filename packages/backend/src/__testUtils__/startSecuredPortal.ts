import {
  TestDatabaseId,
  TestDatabases,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import {
  BackendFeature,
  coreServices,
  createBackendModule,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import {
  actionsRegistryServiceFactory,
  actionsServiceFactory,
} from '@backstage/backend-defaults/alpha';
import { authServiceFactory } from '@backstage/backend-defaults/auth';
import { httpAuthServiceFactory } from '@backstage/backend-defaults/httpAuth';
import { permissionsServiceFactory } from '@backstage/backend-defaults/permissions';
import { userInfoServiceFactory } from '@backstage/backend-defaults/userInfo';
import authPlugin from '@backstage/plugin-auth-backend';
import guestProviderModule from '@backstage/plugin-auth-backend-module-guest-provider';
import {
  authProvidersExtensionPoint,
  createProxyAuthProviderFactory,
  createProxyAuthenticator,
} from '@backstage/plugin-auth-node';
import permissionPlugin from '@backstage/plugin-permission-backend';
import request from 'supertest';
import { permissionPolicyModule } from '../modules/permissionPolicyModule';
import {
  ExamplePortal,
  examplePortalConfig,
  examplePortalFeatures,
  readAppConfig,
  whenCatalogSettled,
  whenGraphCaughtUp,
  whenRepositoryConventionsRead,
} from './startExamplePortal';

/**
 * The example portal as it runs in production, for tests of who may do
 * what: the real auth service with the static tokens of app-config.yaml,
 * sign-in through the auth backend, the permission backend with the
 * portal's policy, and the actions registry's own HTTP endpoints. Only the
 * sign-in of arbitrary catalog users is made up for tests.
 */

/** Who calls, from no credentials at all to tokens meant for other plugins. */
export const CALLERS = [
  'anonymous',
  'nobody',
  'owner',
  'admin',
  'agent',
  'otherPlugin',
] as const;

/** One of {@link CALLERS}. */
export type Caller = (typeof CALLERS)[number];

/**
 * The people behind the user callers, from examples/org.yaml: Hannah is in
 * the organisation's top group, which owns nothing; the guest is in the
 * checkout team, which owns checkout-service; Ana is in the platform team,
 * the codex admins of app-config.yaml, and owns nothing in the checkout
 * system.
 */
export const CALLER_USERS = {
  nobody: 'user:default/hannah-lindqvist',
  owner: 'user:default/guest',
  admin: 'user:default/ana-silva',
} as const;

/** A static token the tests add, allowed only the catalog. */
const OTHER_PLUGIN_TOKEN = 'catalog-only-test-token';

/** A database per plugin, as in production, on the engine under test. */
function perPluginDatabases(
  databases: TestDatabases,
  databaseId: TestDatabaseId,
) {
  const clients = new Map<
    string,
    ReturnType<TestDatabases['init']> | undefined
  >();
  const clientOf = (pluginId: string) => {
    let client = clients.get(pluginId);
    if (!client) {
      client = databases.init(databaseId);
      clients.set(pluginId, client);
    }
    return client;
  };
  const factory = createServiceFactory({
    service: coreServices.database,
    deps: { pluginMetadata: coreServices.pluginMetadata },
    factory: ({ pluginMetadata }) => ({
      getClient: () => clientOf(pluginMetadata.getId()),
    }),
  });
  return { factory, clientOf };
}

/**
 * Signs in any catalog user named in `?user=`, through the auth backend's
 * own catalog sign-in, so the token carries the ownership claims a real
 * sign-in would. Test-only: no portal may ship such a provider.
 */
const testSignInModule = createBackendModule({
  pluginId: 'auth',
  moduleId: 'test-sign-in',
  register(reg) {
    reg.registerInit({
      deps: { providers: authProvidersExtensionPoint },
      async init({ providers }) {
        providers.registerProvider({
          providerId: 'test-sign-in',
          factory: createProxyAuthProviderFactory({
            authenticator: createProxyAuthenticator({
              defaultProfileTransform: async () => ({ profile: {} }),
              initialize: () => undefined,
              authenticate: async ({ req }) => ({
                result: { userEntityRef: String(req.query.user) },
              }),
            }),
            signInResolver: async ({ result }, ctx) =>
              ctx.signInWithCatalogUser({ entityRef: result.userEntityRef }),
          }),
        });
      },
    });
  },
});

/**
 * The portal's security settings from app-config.yaml (static tokens,
 * sign-in, the permission framework), plus what the tests need besides: a
 * token restricted to another plugin, the guest sign-in outside a
 * development build, and the test sign-in above.
 */
function securedPortalConfig() {
  const appConfig = readAppConfig();
  const base = examplePortalConfig();
  return {
    ...base,
    backend: {
      ...base.backend,
      auth: {
        ...appConfig.backend.auth,
        externalAccess: [
          ...appConfig.backend.auth.externalAccess,
          {
            type: 'static',
            options: { token: OTHER_PLUGIN_TOKEN, subject: 'catalog-reader' },
            accessRestrictions: [{ plugin: 'catalog' }],
          },
        ],
      },
    },
    auth: {
      ...appConfig.auth,
      providers: {
        ...appConfig.auth.providers,
        guest: {
          ...appConfig.auth.providers.guest,
          dangerouslyAllowOutsideDevelopment: true,
        },
        'test-sign-in': {},
      },
    },
    permission: appConfig.permission,
  };
}

/** The static token app-config.yaml gives coding agents. */
function agentToken(): string {
  const { externalAccess } = readAppConfig().backend.auth;
  const entry = externalAccess.find(
    (access: { accessRestrictions?: Array<{ plugin: string }> }) =>
      access.accessRestrictions?.some(r => r.plugin === 'agent-context'),
  );
  return entry.options.token;
}

/** A user token from the auth backend, by the portal's guest sign-in or the test one. */
async function signIn(server: ExamplePortal, path: string): Promise<string> {
  const response = await request(server).get(path);
  if (response.status !== 200) {
    throw new Error(
      `Sign-in at ${path} failed: ${response.status} ${response.text}`,
    );
  }
  return response.body.backstageIdentity.token;
}

/** A running secured portal, with each caller's Authorization header. */
export interface SecuredPortal {
  server: ExamplePortal;
  /** The header each caller sends; none for the anonymous one. */
  authorization: Record<Caller, string | undefined>;
  /** The agent-context plugin's own database, to compare its tables. */
  agentContextDatabase: () => ReturnType<TestDatabases['init']>;
}

export async function startSecuredPortal(
  databases: TestDatabases,
  databaseId: TestDatabaseId,
  options: {
    /** Installs another permission policy than the portal's own. */
    policyModule?: BackendFeature;
  } = {},
): Promise<SecuredPortal> {
  const database = perPluginDatabases(databases, databaseId);
  const { server } = await startTestBackend({
    features: [
      ...examplePortalFeatures,
      authPlugin,
      guestProviderModule,
      testSignInModule,
      permissionPlugin,
      options.policyModule ?? permissionPolicyModule,
      authServiceFactory,
      httpAuthServiceFactory,
      userInfoServiceFactory,
      permissionsServiceFactory,
      actionsRegistryServiceFactory,
      actionsServiceFactory,
      database.factory,
      mockServices.rootConfig.factory({ data: securedPortalConfig() }),
    ],
  });

  const bearer = (token: string) => `Bearer ${token}`;
  // Users can sign in only once the catalog holds them.
  await whenCatalogSettled(server, bearer(OTHER_PLUGIN_TOKEN));
  await whenGraphCaughtUp(server, bearer(agentToken()));
  await whenRepositoryConventionsRead(server, bearer(agentToken()));
  const userHeader = async (userEntityRef: string) =>
    bearer(
      await signIn(
        server,
        `/api/auth/test-sign-in/refresh?user=${encodeURIComponent(
          userEntityRef,
        )}`,
      ),
    );

  return {
    server,
    authorization: {
      anonymous: undefined,
      nobody: await userHeader(CALLER_USERS.nobody),
      owner: bearer(await signIn(server, '/api/auth/guest/refresh')),
      admin: await userHeader(CALLER_USERS.admin),
      agent: bearer(agentToken()),
      otherPlugin: bearer(OTHER_PLUGIN_TOKEN),
    },
    agentContextDatabase: () => database.clientOf('agent-context'),
  };
}
