import { OwnerSummary, RelatedEntity } from '../types';
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

/**
 * Refs as a comma-separated list, at most `limit` of them, then "and N
 * more". `total` counts entities the context itself left out (a bounded
 * list), so that "more" counts them too.
 */
export function renderRefList(
  entities: readonly RelatedEntity[],
  limit: number,
  total = entities.length,
): string {
  const shown = entities
    .slice(0, limit)
    .map(e =>
      e.resolved ? codeOrText(e.ref) : `${codeOrText(e.ref)} (not in catalog)`,
    );
  const rest = total - shown.length;
  return rest > 0 ? `${shown.join(', ')} and ${rest} more` : shown.join(', ');
}

const NAME_LENGTH = 80;

/**
 * A group or user by name with its ref (an agent calls the tools with
 * refs, not names), then whether the catalog lacks it, then its email when
 * asked for: `Checkout Team (`group:default/checkout-team`)`.
 */
export function renderOwnerText(
  owner: OwnerSummary,
  options: { email?: boolean } = {},
): string {
  const facts = [codeOrText(owner.ref)];
  if (!owner.resolved) {
    facts.push('not in catalog');
  }
  if (options.email && owner.email) {
    facts.push(escapeInline(owner.email, NAME_LENGTH));
  }
  const name = escapeInline(owner.displayName, NAME_LENGTH);
  return name ? `${name} (${facts.join(', ')})` : facts.join(', ');
}

// How AGENTS.md names a kind where the catalog's own spelling reads badly.
const KIND_NOUNS: Record<string, [string, string]> = {
  api: ['API', 'APIs'],
  airesource: ['AI resource', 'AI resources'],
};

/** A kind as a noun in running text, one or many: `API`, `components`. */
export function kindNoun(kind: string, count = 1): string {
  const lower = kind.toLocaleLowerCase('en-US');
  const [one, many] = KIND_NOUNS[lower] ?? [lower, `${lower}s`];
  return escapeInline(count === 1 ? one : many, 40);
}

/**
 * Entities grouped by kind, one list item per kind in the order of first
 * appearance (refs sort kinds alphabetically): `- Components (3): ...`,
 * `- APIs (1): ...`.
 * `total` counts those a bound left out of the context, which a last item
 * names.
 */
export function renderByKind(
  entities: readonly RelatedEntity[],
  total = entities.length,
): string[] {
  const byKind = new Map<string, RelatedEntity[]>();
  for (const entity of entities) {
    const kind = entity.kind.toLocaleLowerCase('en-US');
    byKind.set(kind, [...(byKind.get(kind) ?? []), entity]);
  }
  const lines = [...byKind].map(([kind, group]) => {
    const noun = kindNoun(kind, 2);
    const label = noun.charAt(0).toLocaleUpperCase('en-US') + noun.slice(1);
    return `- ${label} (${group.length}): ${renderRefList(
      group,
      group.length,
    )}`;
  });
  const left = total - entities.length;
  return left > 0 ? [...lines, `- and ${left} more, not listed`] : lines;
}
