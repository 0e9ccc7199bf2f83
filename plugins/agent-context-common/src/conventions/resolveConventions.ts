import {
  evaluateFilterPredicate,
  parseFilterPredicate,
} from '@backstage/filter-predicates';
import { JsonObject } from '@backstage/types';
import {
  ContextSkill,
  Convention,
  ConventionResolution,
  ResolvedConvention,
} from '../types';
import {
  Applicability,
  ConventionLayer,
  ConventionPrecedenceOptions,
  walkConventionLayers,
} from './conventionInheritance';

/**
 * Whether an entry's `appliesTo` matches the entity. A predicate that
 * cannot be evaluated (a hand-edited file or config can hold one) matches
 * nothing and is reported, rather than failing the whole resolution.
 */
function applicabilityTo(entity: JsonObject) {
  return (entry: Convention): Applicability => {
    if (!entry.appliesTo) {
      return { applies: true };
    }
    try {
      return evaluateFilterPredicate(
        parseFilterPredicate(entry.appliesTo),
        entity,
      )
        ? { applies: true }
        : { applies: false };
    } catch (error) {
      return {
        applies: false,
        problem: `appliesTo of ${
          entry.id
        } is not a valid filter predicate, so it applies to no entity: ${
          error instanceof Error ? error.message : String(error)
        }`,
      };
    }
  };
}

function compareRefs(a: ContextSkill, b: ContextSkill): number {
  if (a.ref !== b.ref) {
    return a.ref < b.ref ? -1 : 1;
  }
  if (a.scope !== b.scope) {
    return a.scope < b.scope ? -1 : 1;
  }
  return 0;
}

/** Skills by ref, one of each (a skill can reach an entity twice, through its system and its owner). */
function sortSkills(skills: readonly ContextSkill[]): ContextSkill[] {
  return [...skills]
    .sort(compareRefs)
    .filter((skill, i, sorted) => i === 0 || sorted[i - 1].ref !== skill.ref);
}

/**
 * Resolves the conventions that apply to one entity from the layers of its
 * scope path (see `buildScopePath`). Pure and deterministic: the same
 * layers give the same result, whatever order each layer's entries are in.
 *
 * 1. Layers are walked broadest first. Within a layer, entries are taken by
 *    source precedence (`sourcePrecedence`, by default config, catalog,
 *    repository, database; sources it does not name come last); a second
 *    entry with an id already taken at that scope is refused as a conflict,
 *    and the first one is used.
 * 2. An entry whose `appliesTo` (a Backstage filter predicate over the
 *    entity) does not match plays no part for this entity: it neither
 *    takes effect nor overrides nor waives. So an override meant for, say,
 *    websites leaves the broader rule in place for a service.
 * 3. `define`: with nothing of that id in effect, the entry takes effect.
 *    Over an enforced one it is refused (conflict) and the broader one
 *    stays; over any other it replaces it, and its `overrides` lists the
 *    replaced entry after whatever that one overrode, broadest first.
 * 4. `waive`: the inherited entry of that id leaves the effective set and
 *    is listed in `waived`, unless it is enforced (conflict). A waiver with
 *    nothing inherited is a conflict too, except when what it names exists
 *    above but does not apply to this entity. A narrower `define` brings a
 *    waived id back.
 * 5. `conventions` lists what is in effect in path order: the order in
 *    which each id first took effect, a narrower replacement keeping its
 *    slot. `path` is the layers' levels; `skills` are sorted by ref.
 *
 * @public
 */
export function resolveConventions(
  options: {
    entityRef: string;
    /** The raw catalog entity, which `appliesTo` predicates are matched against. */
    entity: JsonObject;
    /** The scopes of the entity's path, broadest first. */
    layers: ConventionLayer[];
    skills?: ContextSkill[];
  } & ConventionPrecedenceOptions,
): ConventionResolution {
  const { entityRef, entity, layers, skills = [] } = options;
  const walk = walkConventionLayers(layers, applicabilityTo(entity), options);
  const conventions = walk.order
    .map(id => walk.effective.get(id))
    .filter((c): c is ResolvedConvention => c !== undefined);
  return {
    entityRef,
    path: layers.map(layer => layer.level),
    conventions,
    // In the order the waivers were met, broadest first.
    waived: [...walk.waived.values()],
    conflicts: walk.conflicts,
    skills: sortSkills(skills),
  };
}
