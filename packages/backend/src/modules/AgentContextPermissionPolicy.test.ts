import { mockCredentials } from '@backstage/backend-test-utils';
import {
  catalogEntityDeletePermission,
  catalogEntityReadPermission,
} from '@backstage/plugin-catalog-common/alpha';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
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
