import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { Entity, getCompoundEntityRef } from '@backstage/catalog-model';
import {
  ConventionLayer,
  ConventionScopeLevel,
  ContextSkill,
  filterSubjectOf,
  resolveConventions,
  scopePathOf,
} from '@agent-context/plugin-agent-context-common';
import { PlacementService } from '../answers/ContextAnswers';

/** What the convention checks read of an entity's resolved conventions. */
export interface ConventionFacts {
  conventions: number;
  commands: number;
  conflicts: number;
}

/** Convention facts for many entities at once. */
export interface ReadinessConventions {
  /** Facts keyed by lower-case entity ref, for each entity given. */
  factsFor(entities: Entity[]): Promise<Map<string, ConventionFacts>>;
}

/** How many scope paths are gathered at the same time. */
const GATHER_CONCURRENCY = 4;

const lower = (value: string) => value.toLocaleLowerCase('en-US');

/**
 * Resolves conventions for a whole catalog with one read of the sources
 * per distinct scope path: entities of one team and system share every
 * layer above their own, so those are gathered once and only the cheap
 * in-memory resolution (which applies `appliesTo` per entity) runs per
 * entity. Conventions recorded on an entity's own scope are not read here,
 * which would take one read of every source per entity; see ADR 0032.
 */
export class LayeredReadinessConventions implements ReadinessConventions {
  constructor(
    private readonly deps: {
      placements: PlacementService;
      layers: {
        gather(
          path: ConventionScopeLevel[],
          credentials: BackstageCredentials,
        ): Promise<{ layers: ConventionLayer[]; skills: ContextSkill[] }>;
        readonly sourcePrecedence: string[];
      };
      /** The plugin's own: readiness is a fact of the entity, not of a reader. */
      credentials: () => Promise<BackstageCredentials>;
    },
  ) {}

  async factsFor(entities: Entity[]): Promise<Map<string, ConventionFacts>> {
    const credentials = await this.deps.credentials();
    const placed = await Promise.all(
      entities.map(async entity => {
        const placement = await this.deps.placements.getPlacement(
          getCompoundEntityRef(entity),
          { credentials },
        );
        const path = scopePathOf(placement);
        const shared = path.filter(level => level.level !== 'entity');
        return {
          placement,
          path,
          shared,
          key: shared.map(level => level.scope).join('\n'),
        };
      }),
    );
    const gathered = new Map<string, ConventionLayer[]>();
    const pending = [...new Map(placed.map(p => [p.key, p.shared])).entries()];
    const workers = Array.from({ length: GATHER_CONCURRENCY }, async () => {
      for (let next = pending.shift(); next; next = pending.shift()) {
        const [key, shared] = next;
        gathered.set(
          key,
          (await this.deps.layers.gather(shared, credentials)).layers,
        );
      }
    });
    await Promise.all(workers);

    const result = new Map<string, ConventionFacts>();
    for (const { placement, path, key } of placed) {
      const byScope = new Map(
        (gathered.get(key) ?? []).map(layer => [layer.level.scope, layer]),
      );
      const resolution = resolveConventions({
        entityRef: lower(placement.entity.ref),
        entity: filterSubjectOf(placement),
        layers: path.map(
          level => byScope.get(level.scope) ?? { level, conventions: [] },
        ),
        sourcePrecedence: this.deps.layers.sourcePrecedence,
      });
      result.set(lower(placement.entity.ref), {
        conventions: resolution.conventions.filter(
          convention => convention.category !== 'command',
        ).length,
        commands: resolution.conventions.filter(
          convention => convention.category === 'command',
        ).length,
        conflicts: resolution.conflicts.length,
      });
    }
    return result;
  }
}
