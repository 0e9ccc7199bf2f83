import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import { AgentContextPermissionPolicy } from '@agent-context/plugin-agent-context-backend';
import { ExamplePortalPermissionPolicy } from './ExamplePortalPermissionPolicy';

/** Installs {@link ExamplePortalPermissionPolicy} in the permission backend. */
export const permissionPolicyModule = createBackendModule({
  pluginId: 'permission',
  moduleId: 'agent-context-policy',
  register(reg) {
    reg.registerInit({
      deps: { policy: policyExtensionPoint, config: coreServices.rootConfig },
      async init({ policy, config }) {
        policy.setPolicy(
          new ExamplePortalPermissionPolicy(
            AgentContextPermissionPolicy.fromConfig(config),
          ),
        );
      },
    });
  },
});
