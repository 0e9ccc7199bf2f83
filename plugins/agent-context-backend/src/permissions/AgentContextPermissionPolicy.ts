import { parseEntityRef } from '@backstage/catalog-model';
import { Config } from '@backstage/config';
import {
  AuthorizeResult,
  Permission,
  PermissionCondition,
  PermissionCriteria,
  PermissionRuleParams,
  PolicyDecision,
  isPermission,
} from '@backstage/plugin-permission-common';
import {
  codexUpdatePermission,
  conventionsUpdatePermission,
} from '@agent-context/plugin-agent-context-common';
import { readConventionAdmins } from '../conventions/sources';

/**
 * What a policy is asked: the permission, as the permission backend passes
 * it (`PolicyQuery`).
 *
 * @public
 */
export interface AgentContextPolicyQuery {
  /** The permission to decide on. */
  permission: Permission;
}

/**
 * The user a decision is for, as the permission backend passes it to a
 * policy (`PolicyQueryUser`); absent for callers without a user identity.
 *
 * @public
 */
export interface AgentContextPolicyUser {
  /** The refs the user's identity claims: the user and its groups. */
  info: { ownershipEntityRefs: string[] };
}

/**
 * Any permission policy: the shape of `PermissionPolicy` from
 * `@backstage/plugin-permission-node`, which the suite does not depend on.
 *
 * @public
 */
export interface AgentContextFallbackPolicy {
  /** Decides on a permission for a user, or for a caller without one. */
  handle(
    request: AgentContextPolicyQuery,
    user?: AgentContextPolicyUser,
  ): Promise<PolicyDecision>;
}

type CatalogCondition = PermissionCondition<'catalog-entity'>;
type CatalogCriteria = PermissionCriteria<CatalogCondition>;

/**
 * A condition on a catalog entity, evaluated by the catalog with its own
 * permission rules, exactly as `catalogConditions` of
 * `@backstage/plugin-catalog-backend/alpha` builds it; built here so that
 * the suite needs no runtime dependency on the catalog backend.
 */
const catalogCondition = (
  rule: 'IS_ENTITY_OWNER' | 'IS_ENTITY_KIND' | 'HAS_METADATA',
  params: PermissionRuleParams,
): CatalogCondition => ({
  rule,
  resourceType: conventionsUpdatePermission.resourceType,
  params,
});

/**
 * Matches a group the user belongs to. A group has no owner in the catalog
 * (no `ownedBy` relation), so "the owners of a group's scope" are its
 * members, who carry the group among their ownership claims.
 */
function isOneOfGroups(claims: string[]): CatalogCriteria[] {
  return claims
    .map(claim => parseEntityRef(claim))
    .filter(ref => ref.kind.toLocaleLowerCase('en-US') === 'group')
    .map(ref => ({
      allOf: [
        catalogCondition('IS_ENTITY_KIND', { kinds: ['Group'] }),
        catalogCondition('HAS_METADATA', {
          key: 'namespace',
          value: ref.namespace,
        }),
        catalogCondition('HAS_METADATA', { key: 'name', value: ref.name }),
      ],
    }));
}

const lower = (ref: string) => ref.toLocaleLowerCase('en-US');

/**
 * The suite's permission policy: only owners write conventions.
 *
 * - `agent-context.conventions.update` (a scope's conventions) is granted
 *   on the entities the user owns (`IS_ENTITY_OWNER` with the user's
 *   ownership claims) and on the groups the user is a member of, as a
 *   conditional decision the catalog evaluates;
 * - `agent-context.codex.update` (the organisation's codex) to users whose
 *   claims include one of `agentContext.conventions.admins`, and to nobody
 *   else.
 *
 * Every other permission is left to the `otherwise` policy (default: allow
 * it, as Backstage's allow-all policy does). Use it as the app's policy,
 * wrap your own with it, or call {@link AgentContextPermissionPolicy.decide}
 * from yours. A policy that allows the suite's permissions outright lets
 * every signed-in user edit every scope.
 *
 * @public
 */
export class AgentContextPermissionPolicy {
  private readonly admins: Set<string>;
  private readonly otherwise?: AgentContextFallbackPolicy;

  /** The admins as the plugin reads them from `agentContext.conventions.admins`. */
  static fromConfig(
    config: Config,
    options: { otherwise?: AgentContextFallbackPolicy } = {},
  ): AgentContextPermissionPolicy {
    return new AgentContextPermissionPolicy({
      // Read as the plugin reads them, so `group:platform-team` means the
      // same to the policy as to the plugin's own checks.
      conventionAdmins: readConventionAdmins(config),
      otherwise: options.otherwise,
    });
  }

  constructor(
    options: {
      /** Full user or group refs allowed to edit the codex. Default: none. */
      conventionAdmins?: string[];
      /** Decides every permission that is not the suite's. Default: allow. */
      otherwise?: AgentContextFallbackPolicy;
    } = {},
  ) {
    this.admins = new Set((options.conventionAdmins ?? []).map(lower));
    this.otherwise = options.otherwise;
  }

  /**
   * The decision on one of the suite's permissions, or `undefined` for any
   * other permission, for a policy of your own to decide.
   */
  decide(
    request: AgentContextPolicyQuery,
    user?: AgentContextPolicyUser,
  ): PolicyDecision | undefined {
    const claims = user?.info.ownershipEntityRefs ?? [];
    if (isPermission(request.permission, conventionsUpdatePermission)) {
      return {
        result: AuthorizeResult.CONDITIONAL,
        pluginId: 'catalog',
        resourceType: conventionsUpdatePermission.resourceType,
        conditions: {
          anyOf: [
            catalogCondition('IS_ENTITY_OWNER', { claims }),
            ...isOneOfGroups(claims),
          ],
        },
      };
    }
    if (isPermission(request.permission, codexUpdatePermission)) {
      return {
        result: claims.some(claim => this.admins.has(lower(claim)))
          ? AuthorizeResult.ALLOW
          : AuthorizeResult.DENY,
      };
    }
    return undefined;
  }

  /**
   * Decides on the suite's permissions, and passes every other to the
   * `otherwise` policy (allowed when there is none).
   */
  async handle(
    request: AgentContextPolicyQuery,
    user?: AgentContextPolicyUser,
  ): Promise<PolicyDecision> {
    const decision = this.decide(request, user);
    if (decision) {
      return decision;
    }
    return this.otherwise
      ? this.otherwise.handle(request, user)
      : { result: AuthorizeResult.ALLOW };
  }
}
