import {
  AuthorizeResult,
  PolicyDecision,
  isPermission,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import {
  catalogConditions,
  createCatalogConditionalDecision,
} from '@backstage/plugin-catalog-backend/alpha';
import {
  catalogEntityDeletePermission,
  catalogEntityRefreshPermission,
} from '@backstage/plugin-catalog-common/alpha';
import { AgentContextPermissionPolicy } from '@agent-context/plugin-agent-context-backend';
import {
  adoptionIngestPermission,
  adoptionReadPermission,
} from '@agent-context/plugin-agent-context-common';

/**
 * The portal's permission policy, composed the way an installation with a
 * policy of its own would: the Agent Context suite decides its own
 * permissions (owners edit conventions, admins the codex), and the portal
 * decides the rest. Everyone signed in may read the whole catalog (agents
 * are only useful with the whole map), while unregistering or refreshing
 * an entity is left to its owners.
 *
 * Service principals (static agent tokens) never reach a policy: the
 * permission framework allows them unless their `accessRestrictions` say
 * otherwise, which is why app-config restricts those tokens by plugin, and
 * why the conventions API takes writes from users only.
 */
export class ExamplePortalPermissionPolicy implements PermissionPolicy {
  constructor(private readonly agentContext: AgentContextPermissionPolicy) {}

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    const suiteDecision = this.agentContext.decide(request, user);
    if (suiteDecision) {
      return suiteDecision;
    }
    // Usage is sent by signed-in users (a script run as its owner, a coding
    // agent's telemetry) or with the agents' token: a service principal,
    // which the framework allows without reaching this policy.
    if (isPermission(request.permission, adoptionIngestPermission)) {
      return { result: user ? AuthorizeResult.ALLOW : AuthorizeResult.DENY };
    }
    // Adoption figures are aggregates with a minimum group size, never
    // about one person: everyone signed in may read them (the agents' token,
    // a service principal, is allowed by its access restrictions).
    if (isPermission(request.permission, adoptionReadPermission)) {
      return { result: AuthorizeResult.ALLOW };
    }
    if (
      isPermission(request.permission, catalogEntityDeletePermission) ||
      isPermission(request.permission, catalogEntityRefreshPermission)
    ) {
      return createCatalogConditionalDecision(
        request.permission,
        catalogConditions.isEntityOwner({
          claims: user?.info.ownershipEntityRefs ?? [],
        }),
      );
    }
    return { result: AuthorizeResult.ALLOW };
  }
}
