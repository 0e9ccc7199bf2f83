import { mockCredentials } from '@backstage/backend-test-utils';
import {
  catalogEntityDeletePermission,
  catalogEntityReadPermission,
  catalogEntityRefreshPermission,
} from '@backstage/plugin-catalog-common/alpha';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  adoptionIngestPermission,
  codexUpdatePermission,
  conventionsUpdatePermission,
} from '@agent-context/plugin-agent-context-common';
import { AgentContextPermissionPolicy } from '@agent-context/plugin-agent-context-backend';
import { ExamplePortalPermissionPolicy } from './ExamplePortalPermissionPolicy';

const guest = {
  credentials: mockCredentials.user('user:default/guest'),
  info: {
    userEntityRef: 'user:default/guest',
    ownershipEntityRefs: ['user:default/guest', 'group:default/checkout-team'],
  },
};

describe('ExamplePortalPermissionPolicy', () => {
  const suite = new AgentContextPermissionPolicy({
    conventionAdmins: ['group:default/platform-team'],
  });
  const policy = new ExamplePortalPermissionPolicy(suite);

  it('lets every signed-in user read the catalog', async () => {
    await expect(
      policy.handle({ permission: catalogEntityReadPermission }, guest),
    ).resolves.toEqual({ result: AuthorizeResult.ALLOW });
  });

  it.each([catalogEntityDeletePermission, catalogEntityRefreshPermission])(
    'leaves $name to the entity owners',
    async permission => {
      await expect(policy.handle({ permission }, guest)).resolves.toEqual({
        result: AuthorizeResult.CONDITIONAL,
        pluginId: 'catalog',
        resourceType: 'catalog-entity',
        conditions: {
          rule: 'IS_ENTITY_OWNER',
          resourceType: 'catalog-entity',
          params: { claims: guest.info.ownershipEntityRefs },
        },
      });
    },
  );

  it('lets signed-in users push adoption data, and no one without a user identity', async () => {
    await expect(
      policy.handle({ permission: adoptionIngestPermission }, guest),
    ).resolves.toEqual({ result: AuthorizeResult.ALLOW });
    await expect(
      policy.handle({ permission: adoptionIngestPermission }),
    ).resolves.toEqual({ result: AuthorizeResult.DENY });
  });

  it('gives a caller without a user identity no ownership claims', async () => {
    await expect(
      policy.handle({ permission: catalogEntityDeletePermission }),
    ).resolves.toMatchObject({
      result: AuthorizeResult.CONDITIONAL,
      conditions: { params: { claims: [] } },
    });
  });

  it('lets signed-in users send adoption telemetry, and no caller without a user identity', async () => {
    await expect(
      policy.handle({ permission: adoptionIngestPermission }, guest),
    ).resolves.toEqual({ result: AuthorizeResult.ALLOW });
    await expect(
      policy.handle({ permission: adoptionIngestPermission }),
    ).resolves.toEqual({ result: AuthorizeResult.DENY });
  });

  it("leaves the suite's permissions to the suite's policy", async () => {
    const conventions = await policy.handle(
      { permission: conventionsUpdatePermission },
      guest,
    );
    expect(conventions).toEqual(
      suite.decide({ permission: conventionsUpdatePermission }, guest),
    );
    // Decided on the catalog entity, by the catalog.
    expect(conventions).toMatchObject({
      result: AuthorizeResult.CONDITIONAL,
      pluginId: 'catalog',
      resourceType: 'catalog-entity',
    });
    await expect(
      policy.handle({ permission: codexUpdatePermission }, guest),
    ).resolves.toEqual({ result: AuthorizeResult.DENY });
    await expect(
      policy.handle(
        { permission: codexUpdatePermission },
        {
          ...guest,
          info: {
            ...guest.info,
            ownershipEntityRefs: ['group:default/platform-team'],
          },
        },
      ),
    ).resolves.toEqual({ result: AuthorizeResult.ALLOW });
  });
});
