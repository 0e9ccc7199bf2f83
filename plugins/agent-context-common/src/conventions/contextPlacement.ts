import {
  ContextConvention,
  ConventionScopeLevel,
  EntityContext,
  ResolvedConvention,
} from '../types';
import { buildScopePath } from './buildScopePath';

const lower = (ref: string) => ref.toLocaleLowerCase('en-US');

/**
 * The context fields that place an entity in the codex.
 *
 * @public
 */
export type ContextPlacement = Pick<
  EntityContext,
  'entity' | 'ownership' | 'placement'
>;

/**
 * The scopes an entity inherits from, broadest first: global, its domain,
 * its system, its owner's group chain from the root down, then itself.
 * Read from the entity's placement, never from the ownership chain shown
 * to people, which a display setting may shorten.
 *
 * @public
 */
export function scopePathOf(
  context: Pick<EntityContext, 'entity' | 'placement'>,
): ConventionScopeLevel[] {
  const { entity, placement } = context;
  return buildScopePath({
    entityRef: lower(entity.ref),
    kind: entity.kind,
    domainRef: placement.domain,
    systemRef: placement.system,
    ownerChain: placement.ownerChain,
  });
}

/**
 * The entity as `appliesTo` predicates see it: the catalog fields a
 * convention may be narrowed by (kind, name, tags, type, lifecycle, owner,
 * system), rebuilt from the context so no second catalog read is needed.
 *
 * @public
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
 * The part of a resolved convention an agent is told, as the context
 * carries it.
 *
 * @public
 */
export function toContextConvention(
  convention: ResolvedConvention,
): ContextConvention {
  const { id, category, title, body, severity, scope, source } = convention;
  return {
    id,
    category,
    title,
    body,
    ...(severity ? { severity } : {}),
    scope,
    source,
    ...(convention.enforced ? { enforced: true } : {}),
    ...(convention.rationale ? { rationale: convention.rationale } : {}),
    ...(convention.topic ? { topic: convention.topic } : {}),
    ...(convention.location ? { location: convention.location } : {}),
    ...(convention.locationOwner
      ? { locationOwner: convention.locationOwner }
      : {}),
    ...(convention.overrides?.length
      ? { overrides: convention.overrides }
      : {}),
  };
}
