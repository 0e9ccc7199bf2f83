import {
  Convention,
  GLOBAL_SCOPE,
} from '@agent-context/plugin-agent-context-common';
import {
  BUILT_IN_CONVENTION_SOURCE_PRECEDENCE,
  ConventionSource,
} from '@agent-context/plugin-agent-context-node';
import { scopeLevelOf } from '../ConventionLayers';
import {
  CatalogAiResources,
  ConventionStore,
  RepositoryConventionsStore,
} from '../types';

/**
 * The suite's own four sources, through the interface modules implement:
 * the org codex from app-config, the catalog's `AiResource` rules and
 * skills, conventions-as-code files and the database. The plugin registers
 * them before any module's.
 */
export function builtInConventionSources(options: {
  configCodex: Convention[];
  catalogAiResources: CatalogAiResources;
  repositoryStore: RepositoryConventionsStore;
  store: ConventionStore;
}): ConventionSource[] {
  const { configCodex, catalogAiResources, repositoryStore, store } = options;
  const config: ConventionSource = {
    id: 'config',
    precedence: BUILT_IN_CONVENTION_SOURCE_PRECEDENCE.config,
    async conventionsFor({ path }) {
      return {
        conventions: path.some(level => level.scope === GLOBAL_SCOPE)
          ? configCodex
          : [],
      };
    },
    async listAll() {
      return configCodex;
    },
  };
  const catalog: ConventionSource = {
    id: 'catalog',
    precedence: BUILT_IN_CONVENTION_SOURCE_PRECEDENCE.catalog,
    async conventionsFor({ path, credentials }) {
      // A system or group read as itself stands at the `entity` level of
      // its own path, yet its catalog rules are still its own.
      const levels = path.map(level =>
        level.level === 'entity' ? scopeLevelOf(level.scope) : level,
      );
      const found = await catalogAiResources.forScopes(
        {
          systemRef: levels.find(level => level.level === 'system')?.scope,
          ownerRefs: levels
            .filter(level => level.level === 'group')
            .map(level => level.scope),
        },
        credentials,
      );
      return {
        conventions: found.rules,
        skills: found.skills,
        unverified: found.unverified,
      };
    },
    // No listAll: the export leaves the catalog's rules to the catalog.
  };
  const repository: ConventionSource = {
    id: 'repository',
    precedence: BUILT_IN_CONVENTION_SOURCE_PRECEDENCE.repository,
    async conventionsFor({ path }) {
      const files = await repositoryStore.get(
        path.map(level => level.scope).filter(scope => scope !== GLOBAL_SCOPE),
      );
      return {
        conventions: [...files.values()].flatMap(file => file.conventions),
      };
    },
    async listAll() {
      return (await repositoryStore.list()).flatMap(file => file.conventions);
    },
  };
  const database: ConventionSource = {
    id: 'database',
    precedence: BUILT_IN_CONVENTION_SOURCE_PRECEDENCE.database,
    async conventionsFor({ path }) {
      return {
        conventions: await store.listByScopes(path.map(level => level.scope)),
      };
    },
    async listAll() {
      return store.listAll();
    },
  };
  return [config, catalog, repository, database];
}
