import {
  ANNOTATION_SOURCE_LOCATION,
  Entity,
  RELATION_OWNED_BY,
  RELATION_PART_OF,
  getCompoundEntityRef,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  EntityContextSubject,
  OwnerSummary,
  RelatedEntity,
  neutralizeText,
} from '@agent-context/plugin-agent-context-common';

const TECHDOCS_REF_ANNOTATION = 'backstage.io/techdocs-ref';

/**
 * The targets of one relation type, in the order the catalog lists them;
 * only those of the given kinds (lower case) when kinds are given, for
 * relations such as `partOf` that lead to several kinds.
 */
export function relationTargets(
  entity: Entity,
  type: string,
  kinds?: readonly string[],
): string[] {
  return (entity.relations ?? [])
    .filter(relation => relation.type === type)
    .map(relation => relation.targetRef)
    .filter(
      ref =>
        !kinds ||
        kinds.includes(parseEntityRef(ref).kind.toLocaleLowerCase('en-US')),
    );
}

/**
 * Catalog text as agents get it, without the characters a person reading
 * the catalog cannot see (see `neutralizeText`); undefined when nothing is
 * left. Every text field of a summary goes through here, since contexts
 * are served as JSON as well as rendered.
 */
function optionalText(value: unknown): string | undefined {
  if (typeof value !== 'string') {
    return undefined;
  }
  const text = neutralizeText(value);
  return text.length > 0 ? text : undefined;
}

/**
 * Only the first line of a description: agents read many of these side by
 * side, and catalog descriptions sometimes run to pages.
 */
export function firstLine(text: unknown): string | undefined {
  const line = optionalText(text)?.trim().split(/\r?\n/, 1)[0]?.trim();
  return line ? line : undefined;
}

/** A related entity as it appears in lists of dependencies. */
export function summarizeRelated(entity: Entity): RelatedEntity {
  return {
    ref: stringifyEntityRef(entity),
    kind: entity.kind,
    type: optionalText(entity.spec?.type),
    title: optionalText(entity.metadata.title),
    description: firstLine(entity.metadata.description),
    owner: relationTargets(entity, RELATION_OWNED_BY)[0],
    lifecycle: optionalText(entity.spec?.lifecycle),
    resolved: true,
  };
}

/**
 * A relation whose target is not in the catalog, or not readable by the
 * caller: kept so that the gap is visible rather than silently dropped.
 */
export function unresolvedRelated(ref: string): RelatedEntity {
  return { ref, kind: parseEntityRef(ref).kind, resolved: false };
}

/** A group or user as it appears in an ownership chain. */
export function summarizeOwner(entity: Entity): OwnerSummary {
  const profile = (entity.spec?.profile ?? {}) as {
    displayName?: unknown;
    email?: unknown;
  };
  return {
    ref: stringifyEntityRef(entity),
    kind: entity.kind,
    displayName:
      optionalText(profile.displayName) ??
      optionalText(entity.metadata.title) ??
      entity.metadata.name,
    email: optionalText(profile.email),
    type: optionalText(entity.spec?.type),
    ...(entity.metadata.links?.length ? { links: linksOf(entity) } : {}),
    resolved: true,
  };
}

function linksOf(entity: Entity) {
  return (entity.metadata.links ?? []).map(link => {
    const title = optionalText(link.title);
    const type = optionalText(link.type);
    return {
      url: neutralizeText(link.url),
      ...(title ? { title } : {}),
      ...(type ? { type } : {}),
    };
  });
}

/** An owner ref that the catalog does not resolve. */
export function unresolvedOwner(ref: string): OwnerSummary {
  const { kind, name } = parseEntityRef(ref);
  return { ref, kind, displayName: name, resolved: false };
}

function stripLocationPrefix(location: string): string {
  // Source locations are written `url:https://...`; agents want the URL.
  return location.replace(/^url:/, '');
}

/**
 * The target entity's own facts. `domain` comes from the caller because it
 * lives on the system entity, not on this one.
 */
export function summarizeSubject(
  entity: Entity,
  related: { system?: string; domain?: string },
): EntityContextSubject {
  const { kind, namespace, name } = getCompoundEntityRef(entity);
  const annotations = entity.metadata.annotations ?? {};
  const sourceLocation = optionalText(annotations[ANNOTATION_SOURCE_LOCATION]);
  return {
    ref: stringifyEntityRef(entity),
    kind,
    namespace,
    name,
    title: optionalText(entity.metadata.title),
    type: optionalText(entity.spec?.type),
    description: optionalText(entity.metadata.description)?.trim() || undefined,
    lifecycle: optionalText(entity.spec?.lifecycle),
    tags: (entity.metadata.tags ?? [])
      .map(optionalText)
      .filter((tag): tag is string => tag !== undefined),
    links: linksOf(entity),
    system: related.system,
    domain: related.domain,
    sourceLocation: sourceLocation && stripLocationPrefix(sourceLocation),
    docsUrl: docsUrlOf(entity),
  };
}

function docsUrlOf(entity: Entity): string | undefined {
  const docsLink = (entity.metadata.links ?? []).find(
    link =>
      link.type === 'docs' || /docs|documentation/i.test(link.title ?? ''),
  );
  if (docsLink) {
    // As in `links`, so the renderer finds the link by its URL.
    return neutralizeText(docsLink.url);
  }
  const techdocsRef = entity.metadata.annotations?.[TECHDOCS_REF_ANNOTATION];
  if (!techdocsRef) {
    return undefined;
  }
  // TechDocs built from the entity's own repository live at a portal path
  // relative to the app; agents get the path and resolve it against the
  // portal they called.
  const { kind, namespace, name } = getCompoundEntityRef(entity);
  return `/docs/${namespace}/${kind.toLocaleLowerCase('en-US')}/${name}`;
}

/** The system an entity is part of, if its `partOf` names one. */
export function systemOf(entity: Entity): string | undefined {
  return relationTargets(entity, RELATION_PART_OF, ['system'])[0];
}

/** The domain a system (or a domain-level entity) is part of. */
export function domainOf(entity: Entity): string | undefined {
  return relationTargets(entity, RELATION_PART_OF, ['domain'])[0];
}
