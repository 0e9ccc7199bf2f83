import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import {
  ContextSkill,
  Convention,
  ConventionLayer,
  ConventionScope,
  ConventionScopeLevel,
  GLOBAL_SCOPE,
  UnverifiedCatalogResource,
} from '@agent-context/plugin-agent-context-common';
import {
  CatalogAiResources,
  ConventionStore,
  RepositoryConventionsStore,
} from './types';

const lower = (ref: string) => ref.toLocaleLowerCase('en-US');

const LEVEL_KINDS = new Set(['domain', 'system', 'group']);

/**
 * A scope read on its own, at the level its kind gives it: the catalog's
 * `AiResource` rules are filed under systems and owning groups, so a system
 * or group scope read as a plain entity would leave them out.
 */
export function scopeLevelOf(scope: ConventionScope): ConventionScopeLevel {
  if (scope === GLOBAL_SCOPE) {
    return { scope, level: 'global' };
  }
  const kind = parseEntityRef(scope).kind.toLocaleLowerCase('en-US');
  return {
    scope,
    level: LEVEL_KINDS.has(kind)
      ? (kind as ConventionScopeLevel['level'])
      : 'entity',
  };
}

/**
 * Gathers every source's conventions for a scope path: the org codex from
 * app-config, the catalog's AiResource rules, conventions-as-code files and
 * the database. A handful of reads whatever the path's length.
 */
export class ConventionLayers {
  constructor(
    private readonly sources: {
      store: ConventionStore;
      repositoryStore: RepositoryConventionsStore;
      catalogAiResources: CatalogAiResources;
      configCodex: Convention[];
    },
  ) {}

  async gather(
    path: ConventionScopeLevel[],
    credentials: BackstageCredentials,
  ): Promise<{
    layers: ConventionLayer[];
    skills: ContextSkill[];
    unverified: UnverifiedCatalogResource[];
  }> {
    const { store, repositoryStore, catalogAiResources, configCodex } =
      this.sources;
    const scopes = path.map(level => level.scope);
    const entityScopes = scopes.filter(scope => scope !== GLOBAL_SCOPE);
    // A system or group read as itself stands at the `entity` level of its
    // own path, yet its catalog rules are still its own.
    const levels = path.map(level =>
      level.level === 'entity' ? scopeLevelOf(level.scope) : level,
    );
    const systemRef = levels.find(level => level.level === 'system')?.scope;
    const ownerRefs = levels
      .filter(level => level.level === 'group')
      .map(level => level.scope);
    const [database, repository, catalog] = await Promise.all([
      store.listByScopes(scopes),
      repositoryStore.get(entityScopes),
      catalogAiResources.forScopes({ systemRef, ownerRefs }, credentials),
    ]);
    const layers = path.map(level => ({
      level,
      conventions: [
        ...(level.scope === GLOBAL_SCOPE ? configCodex : []),
        ...catalog.rules.filter(rule => lower(rule.scope) === level.scope),
        ...(repository.get(level.scope)?.conventions ?? []),
        ...database.filter(convention => convention.scope === level.scope),
      ],
    }));
    return { layers, skills: catalog.skills, unverified: catalog.unverified };
  }
}
