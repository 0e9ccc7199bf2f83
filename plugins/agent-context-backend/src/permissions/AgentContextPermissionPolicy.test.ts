import { mockServices } from '@backstage/backend-test-utils';
import {
  catalogConditions,
  createCatalogConditionalDecision,
} from '@backstage/plugin-catalog-backend/alpha';
import {
  AuthorizeResult,
  createPermission,
} from '@backstage/plugin-permission-common';
import {
  codexUpdatePermission,
  conventionsUpdatePermission,
} from '@agent-context/plugin-agent-context-common';
import { AgentContextPermissionPolicy } from './AgentContextPermissionPolicy';

const guest = {
  info: {
    ownershipEntityRefs: ['user:default/guest', 'group:default/checkout-team'],
  },
};

/** Someone else's permission, which the suite leaves alone. */
const catalogEntityDelete = createPermission({
  name: 'catalog.entity.delete',
  attributes: { action: 'delete' },
  resourceType: 'catalog-entity',
});

describe('AgentContextPermissionPolicy', () => {
  const policy = new AgentContextPermissionPolicy({
    conventionAdmins: ['group:default/Platform-Team'],
  });

  describe('agent-context.conventions.update', () => {
    it('is granted by the catalog on the entities the user owns and the groups it is in', async () => {
      const decision = await policy.handle(
        { permission: conventionsUpdatePermission },
        guest,
      );
      expect(decision).toEqual({
        result: AuthorizeResult.CONDITIONAL,
        pluginId: 'catalog',
        resourceType: 'catalog-entity',
        conditions: {
          anyOf: [
            {
              rule: 'IS_ENTITY_OWNER',
              resourceType: 'catalog-entity',
              params: { claims: guest.info.ownershipEntityRefs },
            },
            {
              allOf: [
                {
                  rule: 'IS_ENTITY_KIND',
                  resourceType: 'catalog-entity',
                  params: { kinds: ['Group'] },
                },
                {
                  rule: 'HAS_METADATA',
                  resourceType: 'catalog-entity',
                  params: { key: 'namespace', value: 'default' },
                },
                {
                  rule: 'HAS_METADATA',
                  resourceType: 'catalog-entity',
                  params: { key: 'name', value: 'checkout-team' },
                },
              ],
            },
          ],
        },
      });
    });

    it("builds the decision exactly as the catalog's own condition factories do", async () => {
      const decision = await policy.handle(
        { permission: conventionsUpdatePermission },
        guest,
      );
      expect(decision).toEqual(
        createCatalogConditionalDecision(conventionsUpdatePermission, {
          anyOf: [
            catalogConditions.isEntityOwner({
              claims: guest.info.ownershipEntityRefs,
            }),
            {
              allOf: [
                catalogConditions.isEntityKind({ kinds: ['Group'] }),
                catalogConditions.hasMetadata({
                  key: 'namespace',
                  value: 'default',
                }),
                catalogConditions.hasMetadata({
                  key: 'name',
                  value: 'checkout-team',
                }),
              ],
            },
          ],
        }),
      );
    });

    it('matches nothing for a caller without a user identity', async () => {
      await expect(
        policy.handle({ permission: conventionsUpdatePermission }),
      ).resolves.toMatchObject({
        result: AuthorizeResult.CONDITIONAL,
        resourceType: 'catalog-entity',
        conditions: {
          anyOf: [{ rule: 'IS_ENTITY_OWNER', params: { claims: [] } }],
        },
      });
    });
  });

  describe('agent-context.codex.update', () => {
    it('is allowed to the admins, whatever the case of their refs', async () => {
      await expect(
        policy.handle(
          { permission: codexUpdatePermission },
          { info: { ownershipEntityRefs: ['group:default/platform-team'] } },
        ),
      ).resolves.toEqual({ result: AuthorizeResult.ALLOW });
    });

    it('is denied to everyone else', async () => {
      await expect(
        policy.handle({ permission: codexUpdatePermission }, guest),
      ).resolves.toEqual({ result: AuthorizeResult.DENY });
      await expect(
        policy.handle({ permission: codexUpdatePermission }),
      ).resolves.toEqual({ result: AuthorizeResult.DENY });
      await expect(
        new AgentContextPermissionPolicy().handle(
          { permission: codexUpdatePermission },
          guest,
        ),
      ).resolves.toEqual({ result: AuthorizeResult.DENY });
    });
  });

  describe('other permissions', () => {
    it('are allowed by default, as by an allow-all policy', async () => {
      await expect(
        policy.handle({ permission: catalogEntityDelete }, guest),
      ).resolves.toEqual({ result: AuthorizeResult.ALLOW });
    });

    it('are left to the policy it wraps, with the same query and user', async () => {
      const otherwise = {
        handle: jest.fn(async () => ({ result: AuthorizeResult.DENY })),
      };
      const wrapping = new AgentContextPermissionPolicy({ otherwise });
      await expect(
        wrapping.handle({ permission: catalogEntityDelete }, guest),
      ).resolves.toEqual({ result: AuthorizeResult.DENY });
      expect(otherwise.handle).toHaveBeenCalledWith(
        { permission: catalogEntityDelete },
        guest,
      );
      // The suite's own are never asked of it.
      await wrapping.handle({ permission: conventionsUpdatePermission }, guest);
      expect(otherwise.handle).toHaveBeenCalledTimes(1);
    });

    it('get no decision from decide, for a policy of your own', () => {
      expect(
        policy.decide({ permission: catalogEntityDelete }, guest),
      ).toBeUndefined();
      expect(
        policy.decide({ permission: codexUpdatePermission }, guest),
      ).toEqual({ result: AuthorizeResult.DENY });
    });
  });

  describe('fromConfig', () => {
    it('reads the admins as the plugin does, and refuses bad ones', async () => {
      const fromConfig = AgentContextPermissionPolicy.fromConfig(
        mockServices.rootConfig({
          data: {
            agentContext: {
              conventions: { admins: ['group:default/platform-team'] },
            },
          },
        }),
      );
      await expect(
        fromConfig.handle(
          { permission: codexUpdatePermission },
          { info: { ownershipEntityRefs: ['group:default/platform-team'] } },
        ),
      ).resolves.toEqual({ result: AuthorizeResult.ALLOW });
      expect(() =>
        AgentContextPermissionPolicy.fromConfig(
          mockServices.rootConfig({
            data: { agentContext: { conventions: { admins: ['platform'] } } },
          }),
        ),
      ).toThrow(/Invalid convention admins in app-config/);
    });
  });
});
