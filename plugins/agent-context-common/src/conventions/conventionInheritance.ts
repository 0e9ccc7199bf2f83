import {
  Convention,
  ConventionAction,
  ConventionConflict,
  ConventionScopeLevel,
  BuiltInConventionSourceId,
  ConventionSourceId,
  ResolvedConvention,
  WaivedConvention,
} from '../types';

/**
 * The conventions recorded at one scope of an entity's path, from every
 * source.
 *
 * @public
 */
export interface ConventionLayer {
  /** The scope, and what it is to the entity. */
  level: ConventionScopeLevel;
  /** Every source's entries recorded at the scope. */
  conventions: Convention[];
}

/**
 * Which entry wins when one scope has the same id from several sources: the
 * ones an administrator ships (config) and the catalog's own rules first,
 * then conventions as code, then what was typed into the portal. A backend
 * with sources of its own passes its full order (`sourcePrecedence`) to the
 * resolution; sources missing from the order come after those in it.
 *
 * @public
 */
export const CONVENTION_SOURCE_PRECEDENCE: readonly BuiltInConventionSourceId[] =
  ['config', 'catalog', 'repository', 'database'];

/**
 * Whether a convention comes from one of the suite's own sources rather
 * than from one a backend module added.
 *
 * @public
 */
export function isBuiltInConventionSource(
  source: ConventionSourceId,
): source is BuiltInConventionSourceId {
  return (CONVENTION_SOURCE_PRECEDENCE as readonly string[]).includes(source);
}

/**
 * How a walk down the layers orders each scope's sources.
 *
 * @public
 */
export interface ConventionPrecedenceOptions {
  /**
   * Source ids, the winner of a duplicate id first. Default:
   * `CONVENTION_SOURCE_PRECEDENCE`.
   */
  sourcePrecedence?: readonly ConventionSourceId[];
}

/** Whether an entry takes part for the entity being resolved. */
export type Applicability =
  | { applies: true }
  | { applies: false; problem?: string };

/** The state of a walk down the layers. */
export interface LayerWalk {
  /** The entries in effect, by id. */
  effective: Map<string, ResolvedConvention>;
  /** Ids in the order they first took effect. */
  order: string[];
  /** Inherited entries switched off, by id. */
  waived: Map<string, WaivedConvention>;
  conflicts: ConventionConflict[];
}

/** The messages of refused entries, shared by resolution and write checks. */
export const conventionMessages = {
  duplicate: (id: string, winner: ConventionSourceId) =>
    `${id} is defined more than once at this scope; the ${winner} one is used`,
  enforcedOverride: (id: string, enforcedAt: string) =>
    `${id} is enforced at ${enforcedAt} and cannot be overridden`,
  enforcedWaiver: (id: string, enforcedAt: string) =>
    `${id} is enforced at ${enforcedAt} and cannot be waived`,
  nothingToWaive: (id: string) =>
    `${id} is not in effect at any broader scope, so there is nothing to waive`,
};

function sourceRanker(precedence: readonly ConventionSourceId[]) {
  return (source: ConventionSourceId) => {
    const rank = precedence.indexOf(source);
    return rank < 0 ? precedence.length : rank;
  };
}

/** Code-point order, the same on every machine whatever its locale. */
function compareText(a: string, b: string): number {
  if (a < b) {
    return -1;
  }
  return a > b ? 1 : 0;
}

/**
 * One layer's entries by source precedence, then id. Entries of the same
 * source and id (a config list or a file that repeats itself) are ordered
 * by where they live and what they say, so the same set of entries always
 * gives the same winner, whatever order they were read in.
 */
function orderLayer(
  conventions: readonly Convention[],
  sourceRank: (source: ConventionSourceId) => number,
): Convention[] {
  return [...conventions].sort(
    (a, b) =>
      sourceRank(a.source) - sourceRank(b.source) ||
      compareText(a.source, b.source) ||
      compareText(a.id, b.id) ||
      compareText(a.location ?? '', b.location ?? '') ||
      a.revision - b.revision ||
      compareText(a.title, b.title) ||
      compareText(a.body, b.body),
  );
}

function conflict(entry: Convention, message: string): ConventionConflict {
  return {
    id: entry.id,
    scope: entry.scope,
    source: entry.source,
    message,
  };
}

function withoutOverrides(convention: ResolvedConvention): Convention {
  const { overrides: _overrides, ...rest } = convention;
  return rest;
}

/**
 * Walks the layers broadest first, applying each entry's define or waive
 * (see `resolveConventions` for the rules). `applicability` decides whether
 * an entry takes part for the entity at hand; an entry that does not is
 * remembered, so that a waiver of it is not reported as having nothing to
 * waive.
 */
export function walkConventionLayers(
  layers: readonly ConventionLayer[],
  applicability: (entry: Convention) => Applicability,
  options: ConventionPrecedenceOptions = {},
): LayerWalk {
  const sourceRank = sourceRanker(
    options.sourcePrecedence ?? CONVENTION_SOURCE_PRECEDENCE,
  );
  const walk: LayerWalk = {
    effective: new Map(),
    order: [],
    waived: new Map(),
    conflicts: [],
  };
  // Ids defined somewhere above that do not apply to the entity.
  const elsewhere = new Set<string>();

  for (const layer of layers) {
    const taken = new Map<string, Convention>();
    for (const entry of orderLayer(layer.conventions, sourceRank)) {
      const winner = taken.get(entry.id);
      if (winner) {
        walk.conflicts.push(
          conflict(
            entry,
            conventionMessages.duplicate(entry.id, winner.source),
          ),
        );
        continue;
      }
      taken.set(entry.id, entry);

      const fit = applicability(entry);
      if (!fit.applies) {
        if (fit.problem) {
          walk.conflicts.push(conflict(entry, fit.problem));
        }
        if (entry.action === 'define') {
          elsewhere.add(entry.id);
        }
        continue;
      }

      const inherited = walk.effective.get(entry.id);
      if (entry.action === 'waive') {
        if (!inherited) {
          if (!elsewhere.has(entry.id)) {
            walk.conflicts.push(
              conflict(entry, conventionMessages.nothingToWaive(entry.id)),
            );
          }
          continue;
        }
        if (inherited.enforced) {
          walk.conflicts.push(
            conflict(
              entry,
              conventionMessages.enforcedWaiver(entry.id, inherited.scope),
            ),
          );
          continue;
        }
        walk.effective.delete(entry.id);
        walk.waived.set(entry.id, {
          ...withoutOverrides(inherited),
          waivedBy: {
            scope: entry.scope,
            reason: entry.reason ?? '',
            by: entry.updatedBy,
            at: entry.updatedAt,
          },
        });
        continue;
      }

      if (inherited?.enforced) {
        walk.conflicts.push(
          conflict(
            entry,
            conventionMessages.enforcedOverride(entry.id, inherited.scope),
          ),
        );
        continue;
      }
      const resolved: ResolvedConvention = { ...entry };
      if (inherited) {
        resolved.overrides = [
          ...(inherited.overrides ?? []),
          { scope: inherited.scope, source: inherited.source },
        ];
      }
      walk.effective.set(entry.id, resolved);
      // A define below a waiver brings the id back.
      walk.waived.delete(entry.id);
      if (!walk.order.includes(entry.id)) {
        walk.order.push(entry.id);
      }
    }
  }
  return walk;
}

const everywhere = (): Applicability => ({ applies: true });

/**
 * The convention with this id in effect after the given layers (the scopes
 * broader than the one being written), or undefined when none is. Every
 * entry counts, whatever its `appliesTo`: a write is checked against all
 * the entities below its scope at once, so an enforced rule blocks an
 * override even if it reaches only some of them.
 *
 * @public
 */
export function findInherited(
  layers: readonly ConventionLayer[],
  id: string,
  options: ConventionPrecedenceOptions = {},
): ResolvedConvention | undefined {
  return walkConventionLayers(layers, everywhere, options).effective.get(id);
}

/**
 * Why a write at a scope would be refused by the resolution, given the
 * broader layers: an override or waiver of an enforced convention, or a
 * waiver with nothing inherited to waive. Undefined when the write is fine.
 * The backend checks this before storing, so the editor learns at once
 * rather than from a conflict in the resolved view.
 *
 * @public
 */
export function inheritanceProblem(
  broaderLayers: readonly ConventionLayer[],
  entry: { id: string; action?: ConventionAction },
  options: ConventionPrecedenceOptions = {},
): string | undefined {
  const inherited = findInherited(broaderLayers, entry.id, options);
  if ((entry.action ?? 'define') === 'waive') {
    if (!inherited) {
      return conventionMessages.nothingToWaive(entry.id);
    }
    return inherited.enforced
      ? conventionMessages.enforcedWaiver(entry.id, inherited.scope)
      : undefined;
  }
  return inherited?.enforced
    ? conventionMessages.enforcedOverride(entry.id, inherited.scope)
    : undefined;
}
