import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  ConventionScopeLevel,
  scopePathOf,
} from '@agent-context/plugin-agent-context-common';
import { PlacementService } from '../answers/ContextAnswers';

const lower = (ref: string) => ref.toLocaleLowerCase('en-US');

/**
 * The scopes whose conventions a scope inherits, broadest first: what
 * every entity below it sees above it in its own path. That is the
 * entity's own placement without itself: the whole path for an ordinary
 * entity; for a group, global and the groups above it to the root; for a
 * system, global and its domain; for a domain, global alone. (A system's
 * owners are not above it: in a component's path they come after the
 * system.) Read from the same placement that resolution reads, so a write
 * is checked against exactly what its readers will inherit.
 */
export async function scopesAbove(
  scopeEntity: Entity,
  deps: { placements: PlacementService },
  credentials: BackstageCredentials,
): Promise<ConventionScopeLevel[]> {
  const kind = scopeEntity.kind.toLocaleLowerCase('en-US');
  const self = lower(stringifyEntityRef(scopeEntity));
  const context = await deps.placements.getPlacement(
    {
      kind,
      namespace: scopeEntity.metadata.namespace ?? 'default',
      name: scopeEntity.metadata.name,
    },
    { credentials },
  );
  const path = scopePathOf(context).filter(level => level.scope !== self);
  if (kind === 'system' || kind === 'domain') {
    return path.filter(
      level => level.level === 'global' || level.level === 'domain',
    );
  }
  return path;
}
