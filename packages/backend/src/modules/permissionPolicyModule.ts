import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import { AgentContextPermissionPolicy } from './AgentContextPermissionPolicy';

/** Installs {@link AgentContextPermissionPolicy} in the permission backend. */
export const permissionPolicyModule = createBackendModule({
  pluginId: 'permission',
  moduleId: 'agent-context-policy',
  register(reg) {
    reg.registerInit({
      deps: { policy: policyExtensionPoint, config: coreServices.rootConfig },
      async init({ policy, config }) {
        policy.setPolicy(
          new AgentContextPermissionPolicy({
            conventionAdmins:
              config.getOptionalStringArray(
                'agentContext.conventions.admins',
              ) ?? [],
          }),
        );
      },
    });
  },
});
