import { RelatedEntity } from '../types';
import { codeOrText, escapeInline } from './escapeMarkdown';
import { toSafeUrl } from './safeUrl';

// The shape the catalog gives refs: `kind:namespace/name`.
const ENTITY_REF =
  /^([A-Za-z0-9][A-Za-z0-9_.-]*):([A-Za-z0-9][A-Za-z0-9_.-]*)\/([A-Za-z0-9][A-Za-z0-9_.-]*)$/;

/** Longest description shown for a related entity. */
const DESCRIPTION_LENGTH = 140;

/**
 * The portal page of an entity (`/catalog/:namespace/:kind/:name`, kind and
 * namespace lower-cased as Backstage's routes do), or undefined for a ref
 * that does not have the catalog's shape.
 */
export function entityPageUrlOf(
  ref: string,
  portalUrl: string,
): string | undefined {
  const match = ENTITY_REF.exec(ref);
  const base = toSafeUrl(portalUrl);
  if (!match || !base) {
    return undefined;
  }
  const [, kind, namespace, name] = match;
  return `${base.replace(
    /\/+$/,
    '',
  )}/catalog/${namespace.toLowerCase()}/${kind.toLowerCase()}/${name}`;
}

/** A ref in a code span, linked to its portal page when `portalUrl` is given. */
export function renderRef(ref: string, portalUrl?: string): string {
  const code = codeOrText(ref);
  const url = portalUrl ? entityPageUrlOf(ref, portalUrl) : undefined;
  return url ? `[${code}](${url})` : code;
}

/** The name part of a ref (`namespace/name` outside the default namespace). */
export function shortName(ref: string): string {
  const match = ENTITY_REF.exec(ref);
  if (!match) {
    return escapeInline(ref, 80);
  }
  const [, , namespace, name] = match;
  return escapeInline(namespace === 'default' ? name : `${namespace}/${name}`);
}

/**
 * One related entity as a list item's text: ref (linked when it is in the
 * catalog), type, lifecycle and owner in brackets, then its description.
 */
export function renderRelated(
  entity: RelatedEntity,
  portalUrl: string,
): string {
  if (!entity.resolved) {
    return `${codeOrText(entity.ref)} (not in catalog)`;
  }
  const facts = [entity.type, entity.lifecycle]
    .filter((f): f is string => !!f)
    .map(f => escapeInline(f, 40));
  if (entity.owner) {
    facts.push(`owner ${codeOrText(entity.owner)}`);
  }
  const details = facts.length > 0 ? ` (${facts.join(', ')})` : '';
  const description = entity.description
    ? `: ${escapeInline(entity.description, DESCRIPTION_LENGTH)}`
    : '';
  return `${renderRef(entity.ref, portalUrl)}${details}${description}`;
}

/** Refs as a comma-separated list, at most `limit` of them, then "and N more". */
export function renderRefList(
  entities: readonly RelatedEntity[],
  limit: number,
): string {
  const shown = entities
    .slice(0, limit)
    .map(e =>
      e.resolved ? codeOrText(e.ref) : `${codeOrText(e.ref)} (not in catalog)`,
    );
  const rest = entities.length - shown.length;
  return rest > 0 ? `${shown.join(', ')} and ${rest} more` : shown.join(', ');
}
