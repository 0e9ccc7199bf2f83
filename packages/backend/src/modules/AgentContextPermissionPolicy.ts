import {
  AuthorizeResult,
  PermissionCondition,
  PermissionCriteria,
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
import { parseEntityRef } from '@backstage/catalog-model';
import {
  codexUpdatePermission,
  conventionsUpdatePermission,
} from '@agent-context/plugin-agent-context-common';

const lower = (ref: string) => ref.toLocaleLowerCase('en-US');

type CatalogCondition = PermissionCondition<'catalog-entity'>;

/**
 * Conditions matching a group the user belongs to. A group has no owner in
 * the catalog (no `ownedBy` relation), so "owners of a group's scope" means
 * its members, who carry the group among their ownership claims.
 */
function isOneOfGroups(claims: string[]) {
  return claims
    .map(claim => parseEntityRef(claim))
    .filter(ref => ref.kind.toLocaleLowerCase('en-US') === 'group')
    .map(ref => ({
      allOf: [
        catalogConditions.isEntityKind({ kinds: ['Group'] }),
        catalogConditions.hasMetadata({
          key: 'namespace',
          value: ref.namespace,
        }),
        catalogConditions.hasMetadata({ key: 'name', value: ref.name }),
      ] as [
        PermissionCriteria<CatalogCondition>,
        ...PermissionCriteria<CatalogCondition>[],
      ],
    }));
}

/**
 * The portal's permission policy. Everyone signed in may read the whole
 * catalog (agents are only useful with the whole map), while changes are
 * left to owners: an entity's registration and its conventions to its
 * owners (a group's to its members), the global codex to the admin groups
 * of `agentContext.conventions.admins`.
 *
 * Service principals (static agent tokens) never reach a policy: the
 * permission framework allows them unless their `accessRestrictions` say
 * otherwise, which is why app-config restricts those tokens by plugin, and
 * why the conventions API takes writes from users only.
 */
export class AgentContextPermissionPolicy implements PermissionPolicy {
  private readonly admins: Set<string>;

  constructor(options: { conventionAdmins?: string[] } = {}) {
    this.admins = new Set((options.conventionAdmins ?? []).map(lower));
  }

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    const claims = user?.info.ownershipEntityRefs ?? [];
    if (
      isPermission(request.permission, catalogEntityDeletePermission) ||
      isPermission(request.permission, catalogEntityRefreshPermission)
    ) {
      return createCatalogConditionalDecision(
        request.permission,
        catalogConditions.isEntityOwner({ claims }),
      );
    }
    if (isPermission(request.permission, conventionsUpdatePermission)) {
      return createCatalogConditionalDecision(request.permission, {
        anyOf: [
          catalogConditions.isEntityOwner({ claims }),
          ...isOneOfGroups(claims),
        ],
      });
    }
    if (request.permission.name === codexUpdatePermission.name) {
      return {
        result: claims.some(claim => this.admins.has(lower(claim)))
          ? AuthorizeResult.ALLOW
          : AuthorizeResult.DENY,
      };
    }
    return { result: AuthorizeResult.ALLOW };
  }
}
