import { createBackendModule } from '@backstage/backend-plugin-api';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import { AgentContextPermissionPolicy } from './AgentContextPermissionPolicy';

/** Installs {@link AgentContextPermissionPolicy} in the permission backend. */
export const permissionPolicyModule = createBackendModule({
  pluginId: 'permission',
  moduleId: 'agent-context-policy',
  register(reg) {
    reg.registerInit({
      deps: { policy: policyExtensionPoint },
      async init({ policy }) {
        policy.setPolicy(new AgentContextPermissionPolicy());
      },
    });
  },
});
