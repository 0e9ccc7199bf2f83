import { mockCredentials } from '@backstage/backend-test-utils';
import {
  catalogEntityDeletePermission,
  catalogEntityReadPermission,
} from '@backstage/plugin-catalog-common/alpha';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  codexUpdatePermission,
  conventionsUpdatePermission,
} from '@agent-context/plugin-agent-context-common';
import { AgentContextPermissionPolicy } from './AgentContextPermissionPolicy';

const guest = {
  credentials: mockCredentials.user('user:default/guest'),
  info: {
    userEntityRef: 'user:default/guest',
    ownershipEntityRefs: ['user:default/guest', 'group:default/checkout-team'],
  },
};

describe('AgentContextPermissionPolicy', () => {
  const policy = new AgentContextPermissionPolicy();

  it('lets every signed-in user read the catalog', async () => {
    await expect(
      policy.handle({ permission: catalogEntityReadPermission }, guest),
    ).resolves.toEqual({ result: AuthorizeResult.ALLOW });
  });

  it('leaves unregistering an entity to its owners', async () => {
    const decision = await policy.handle(
      { permission: catalogEntityDeletePermission },
      guest,
    );
    expect(decision).toMatchObject({
      result: AuthorizeResult.CONDITIONAL,
      pluginId: 'catalog',
      resourceType: 'catalog-entity',
      conditions: {
        rule: 'IS_ENTITY_OWNER',
        params: {
          claims: ['user:default/guest', 'group:default/checkout-team'],
        },
      },
    });
  });

  it('gives a caller without a user identity no ownership claims', async () => {
    const decision = await policy.handle({
      permission: catalogEntityDeletePermission,
    });
    expect(decision).toMatchObject({
      result: AuthorizeResult.CONDITIONAL,
      conditions: { params: { claims: [] } },
    });
  });
});

describe('AgentContextPermissionPolicy for conventions', () => {
  const policy = new AgentContextPermissionPolicy({
    conventionAdmins: ['group:default/Platform-Team'],
  });

  it("grants an entity's conventions to its owners and a group's to its members", async () => {
    const decision = await policy.handle(
      { permission: conventionsUpdatePermission },
      guest,
    );
    expect(decision).toMatchObject({
      result: AuthorizeResult.CONDITIONAL,
      pluginId: 'catalog',
      resourceType: 'catalog-entity',
      conditions: {
        anyOf: [
          {
            rule: 'IS_ENTITY_OWNER',
            params: { claims: guest.info.ownershipEntityRefs },
          },
          {
            allOf: [
              { rule: 'IS_ENTITY_KIND', params: { kinds: ['Group'] } },
              {
                rule: 'HAS_METADATA',
                params: { key: 'namespace', value: 'default' },
              },
              {
                rule: 'HAS_METADATA',
                params: { key: 'name', value: 'checkout-team' },
              },
            ],
          },
        ],
      },
    });
  });

  it('grants the global codex to the admin groups only', async () => {
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
    await expect(
      policy.handle({ permission: codexUpdatePermission }),
    ).resolves.toEqual({ result: AuthorizeResult.DENY });
  });
});
