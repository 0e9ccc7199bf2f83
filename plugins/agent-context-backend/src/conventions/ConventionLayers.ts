import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import {
  ContextSkill,
  Convention,
  ConventionLayer,
  ConventionScope,
  ConventionScopeLevel,
  EntityContext,
  GLOBAL_SCOPE,
  buildScopePath,
} from '@agent-context/plugin-agent-context-common';
import {
  CatalogAiResources,
  ConventionStore,
  RepositoryConventionsStore,
} from './types';

const lower = (ref: string) => ref.toLocaleLowerCase('en-US');

/** The context fields that place an entity in the codex. */
export type ContextPlacement = Pick<EntityContext, 'entity' | 'ownership'>;

/**
 * The scopes an entity inherits from, broadest first: global, its domain,
 * its system, its owner's group chain from the root down, then itself.
 */
export function scopePathOf(context: ContextPlacement): ConventionScopeLevel[] {
  const { entity, ownership } = context;
  return buildScopePath({
    entityRef: lower(entity.ref),
    kind: entity.kind,
    domainRef: entity.domain && lower(entity.domain),
    systemRef: entity.system && lower(entity.system),
    ownerChain: [ownership.owner, ...ownership.parents]
      .filter(owner => owner !== undefined)
      .map(owner => lower(owner.ref)),
  });
}

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
 * The entity as `appliesTo` predicates see it: the catalog fields a
 * convention may be narrowed by (kind, name, tags, type, lifecycle, owner,
 * system), rebuilt from the context so no second catalog read is needed.
 */
export function filterSubjectOf(context: ContextPlacement) {
  const { entity, ownership } = context;
  return {
    kind: entity.kind,
    metadata: {
      name: entity.name,
      namespace: entity.namespace,
      ...(entity.title ? { title: entity.title } : {}),
      tags: entity.tags,
    },
    spec: {
      ...(entity.type ? { type: entity.type } : {}),
      ...(entity.lifecycle ? { lifecycle: entity.lifecycle } : {}),
      ...(ownership.owner ? { owner: ownership.owner.ref } : {}),
      ...(entity.system ? { system: entity.system } : {}),
    },
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
  ): Promise<{ layers: ConventionLayer[]; skills: ContextSkill[] }> {
    const { store, repositoryStore, catalogAiResources, configCodex } =
      this.sources;
    const scopes = path.map(level => level.scope);
    const entityScopes = scopes.filter(scope => scope !== GLOBAL_SCOPE);
    const systemRef = path.find(level => level.level === 'system')?.scope;
    const ownerRefs = path
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
    return { layers, skills: catalog.skills };
  }
}
