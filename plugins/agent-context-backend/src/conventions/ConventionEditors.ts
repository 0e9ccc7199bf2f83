import {
  AuthService,
  BackstageCredentials,
  PermissionsService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import {
  Entity,
  RELATION_OWNED_BY,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { NotAllowedError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  ConventionScope,
  GLOBAL_SCOPE,
  codexUpdatePermission,
  conventionsUpdatePermission,
} from '@agent-context/plugin-agent-context-common';

const lower = (ref: string) => ref.toLocaleLowerCase('en-US');

/**
 * Decides who may write a scope's conventions.
 *
 * With the permission framework on, the app's policy decides
 * (`agent-context.conventions.update` for entity scopes,
 * `agent-context.codex.update` for the global one). With it off, every
 * permission would be allowed, so the plugin checks ownership itself: the
 * owners of the scope entity (a group owns itself), or for the global scope
 * the admin groups from `agentContext.conventions.admins`. Only users write;
 * service tokens, such as agents', read.
 */
export class ConventionEditors {
  constructor(
    private readonly options: {
      auth: AuthService;
      permissions: PermissionsService;
      userInfo: UserInfoService;
      admins: string[];
      permissionFrameworkEnabled: boolean;
    },
  ) {}

  /** Whom a read-only viewer should ask: the owners, or the admins. */
  editorsOf(scope: ConventionScope, scopeEntity?: Entity): string[] {
    if (scope === GLOBAL_SCOPE || !scopeEntity) {
      return this.options.admins.map(lower);
    }
    if (scopeEntity.kind.toLocaleLowerCase('en-US') === 'group') {
      return [lower(stringifyEntityRef(scopeEntity))];
    }
    return (scopeEntity.relations ?? [])
      .filter(relation => relation.type === RELATION_OWNED_BY)
      .map(relation => lower(relation.targetRef));
  }

  async canEdit(
    scope: ConventionScope,
    scopeEntity: Entity | undefined,
    credentials: BackstageCredentials,
  ): Promise<boolean> {
    const { auth, permissions, userInfo } = this.options;
    if (!auth.isPrincipal(credentials, 'user')) {
      return false;
    }
    if (this.options.permissionFrameworkEnabled) {
      const [decision] = await permissions.authorize(
        [
          scope === GLOBAL_SCOPE
            ? { permission: codexUpdatePermission }
            : { permission: conventionsUpdatePermission, resourceRef: scope },
        ],
        { credentials },
      );
      return decision.result === AuthorizeResult.ALLOW;
    }
    const { ownershipEntityRefs } = await userInfo.getUserInfo(credentials);
    const claims = new Set(ownershipEntityRefs.map(lower));
    return this.editorsOf(scope, scopeEntity).some(ref => claims.has(ref));
  }

  async assertCanEdit(
    scope: ConventionScope,
    scopeEntity: Entity | undefined,
    credentials: BackstageCredentials,
  ): Promise<void> {
    if (await this.canEdit(scope, scopeEntity, credentials)) {
      return;
    }
    const editors = this.editorsOf(scope, scopeEntity);
    const who = editors.length > 0 ? editors.join(', ') : 'nobody yet';
    throw new NotAllowedError(
      `You may not edit the conventions of ${scope}; ask ${who}`,
    );
  }
}
