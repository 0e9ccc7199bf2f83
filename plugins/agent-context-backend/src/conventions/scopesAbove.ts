import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  Entity,
  RELATION_CHILD_OF,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  ConventionScopeLevel,
  GLOBAL_SCOPE,
  scopePathOf,
} from '@agent-context/plugin-agent-context-common';
import { EntityContextService } from '../context';

/** As deep as the context service follows parent groups. */
const MAX_GROUP_DEPTH = 10;

const lower = (ref: string) => ref.toLocaleLowerCase('en-US');
const GLOBAL_LEVEL: ConventionScopeLevel = {
  scope: GLOBAL_SCOPE,
  level: 'global',
};

/** A group's parents, nearest first, bounded and safe against cycles. */
async function groupAncestors(
  group: Entity,
  catalog: CatalogService,
  credentials: BackstageCredentials,
): Promise<string[]> {
  const seen = new Set([lower(stringifyEntityRef(group))]);
  const ancestors: string[] = [];
  let current: Entity | undefined = group;
  while (current && ancestors.length < MAX_GROUP_DEPTH) {
    const parentRef = current.relations?.find(
      relation => relation.type === RELATION_CHILD_OF,
    )?.targetRef;
    if (!parentRef || seen.has(lower(parentRef))) {
      break;
    }
    seen.add(lower(parentRef));
    ancestors.push(lower(parentRef));
    current = await catalog.getEntityByRef(parentRef, { credentials });
  }
  return ancestors;
}

/**
 * The scopes whose conventions a scope inherits, broadest first: what
 * every entity below it sees above it in its own path. That is the whole
 * path for an ordinary entity; for a group, global and the groups above it;
 * for a system, global and its domain; for a domain, global alone. (A
 * system's owners are not above it: in a component's path they come after
 * the system.)
 */
export async function scopesAbove(
  scopeEntity: Entity,
  deps: { catalog: CatalogService; contextService: EntityContextService },
  credentials: BackstageCredentials,
): Promise<ConventionScopeLevel[]> {
  const kind = scopeEntity.kind.toLocaleLowerCase('en-US');
  if (kind === 'domain') {
    return [GLOBAL_LEVEL];
  }
  if (kind === 'group') {
    const ancestors = await groupAncestors(
      scopeEntity,
      deps.catalog,
      credentials,
    );
    return [
      GLOBAL_LEVEL,
      ...ancestors.reverse().map(scope => ({ scope, level: 'group' as const })),
    ];
  }
  const self = lower(stringifyEntityRef(scopeEntity));
  const context = await deps.contextService.getEntityContext(
    {
      kind,
      namespace: scopeEntity.metadata.namespace ?? 'default',
      name: scopeEntity.metadata.name,
    },
    { credentials },
  );
  const path = scopePathOf(context).filter(level => level.scope !== self);
  if (kind === 'system') {
    return path.filter(
      level => level.level === 'global' || level.level === 'domain',
    );
  }
  return path;
}
