import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { ForwardedError } from '@backstage/errors';
import {
  ContextSkill,
  Convention,
  ConventionLayer,
  ConventionScope,
  ConventionScopeLevel,
  GLOBAL_SCOPE,
  UnverifiedCatalogResource,
} from '@agent-context/plugin-agent-context-common';
import { ConventionSource } from '@agent-context/plugin-agent-context-node';
import { assertValidExtensions } from '../extensions/assertValidExtensions';

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
 * Gathers every registered source's conventions for a scope path: the
 * suite's own (app-config, the catalog's AiResource rules, conventions as
 * code, the database) and those modules added. All sources are read at
 * once, so a path costs the slowest source's read, whatever its length.
 */
export class ConventionLayers {
  /**
   * Orders the sources by precedence (in registration order where two
   * share one) and refuses, naming them, ids that are malformed or taken
   * twice and precedences out of range: the backend does not start with a
   * source it cannot tell apart from another.
   */
  static create(options: { sources: ConventionSource[] }): ConventionLayers {
    assertValidExtensions(
      'convention sources',
      options.sources.map(source => ({
        id: source.id,
        rank: source.precedence,
      })),
      'precedence',
    );
    return new ConventionLayers(
      [...options.sources].sort((a, b) => a.precedence - b.precedence),
    );
  }

  private constructor(private readonly sources: ConventionSource[]) {}

  /** The source ids, the winner of a duplicate id at a scope first. */
  get sourcePrecedence(): string[] {
    return this.sources.map(source => source.id);
  }

  /** The sources that take part in the codex export, in precedence order. */
  get exportedSources(): ConventionSource[] {
    return this.sources.filter(source => source.listAll !== undefined);
  }

  async gather(
    path: ConventionScopeLevel[],
    credentials: BackstageCredentials,
  ): Promise<{
    layers: ConventionLayer[];
    skills: ContextSkill[];
    unverified: UnverifiedCatalogResource[];
  }> {
    const results = await Promise.all(
      this.sources.map(source =>
        source
          .conventionsFor({ path, credentials })
          .then(result => ({ source, result }))
          .catch(error => {
            throw new ForwardedError(
              `Convention source '${source.id}' failed`,
              error,
            );
          }),
      ),
    );
    const byScope = new Map<string, Convention[]>(
      path.map(level => [level.scope, []]),
    );
    for (const { source, result } of results) {
      for (const convention of result.conventions) {
        // Sources answer with refs as they hold them; the path is lower case.
        byScope
          .get(lower(convention.scope))
          // A source names its conventions' source by its own id and no
          // other, so none can pass for an editable database entry.
          ?.push({ ...convention, source: source.id });
      }
    }
    return {
      layers: path.map(level => ({
        level,
        conventions: byScope.get(level.scope) ?? [],
      })),
      skills: results.flatMap(({ result }) => result.skills ?? []),
      unverified: results.flatMap(({ result }) => result.unverified ?? []),
    };
  }
}
