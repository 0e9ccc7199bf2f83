import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import { readConventionAdmins } from '@agent-context/plugin-agent-context-backend';
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
            // Read as the plugin reads them, so `group:platform-team` means
            // the same to the policy as to the plugin's own checks.
            conventionAdmins: readConventionAdmins(config),
          }),
        );
      },
    });
  },
});
