import {
  CONTEXT_RELATION_SECTIONS,
  ContextRelationSectionId,
  carriesSection,
  contextRelationsOf,
} from '../relations';
import { ApiUsage, EntityContext, RelatedEntity } from '../types';
import { codeOrText, escapeInline } from './escapeMarkdown';
import {
  kindNoun,
  renderByKind,
  renderRef,
  renderRefList,
  renderRelated,
} from './relatedEntityText';
import { DEFAULT_PEER_LIMIT, RenderTrims } from './renderTrims';

const titleOf = (id: ContextRelationSectionId) =>
  CONTEXT_RELATION_SECTIONS[id].title;

function subsection(heading: string, items: string[]): string[] {
  return items.length > 0 ? [`### ${heading}`, '', ...items, ''] : [];
}

function others(entities: readonly RelatedEntity[], self: string) {
  return entities.filter(e => e.ref !== self);
}

/** One entity per line, the first `limit` of them, then how many more. */
function relatedLines(
  entities: readonly RelatedEntity[],
  portalUrl: string,
  limit = entities.length,
): string[] {
  const shown = entities.slice(0, limit);
  const left = entities.length - shown.length;
  return [
    ...shown.map(e => `- ${renderRelated(e, portalUrl)}`),
    ...(left > 0 ? [`- and ${left} more`] : []),
  ];
}

/** An API this entity provides: who else provides it, and who consumes it. */
function renderProvidedApi(
  usage: ApiUsage,
  self: string,
  trims: RenderTrims,
  portalUrl: string,
): string[] {
  const lines = [`- ${renderRelated(usage.api, portalUrl)}`];
  const consumers = others(usage.consumers, self);
  const providers = others(usage.providers, self);
  if (consumers.length > 0) {
    lines.push(
      `  - Consumed by (${consumers.length}): ${renderRefList(
        consumers,
        trims.apiPeers,
      )}`,
    );
  }
  if (providers.length > 0) {
    lines.push(
      `  - Also provided by: ${renderRefList(providers, trims.apiPeers)}`,
    );
  }
  return lines;
}

/**
 * An API this entity consumes: who provides it (whom a change must be
 * agreed with), and only how many others consume it, since their names
 * matter to the provider rather than to this entity.
 */
function renderConsumedApi(
  usage: ApiUsage,
  self: string,
  trims: RenderTrims,
  portalUrl: string,
): string[] {
  const lines = [`- ${renderRelated(usage.api, portalUrl)}`];
  const providers = others(usage.providers, self);
  if (providers.length > 0) {
    lines.push(`  - Provided by: ${renderRefList(providers, trims.apiPeers)}`);
  }
  const consumers = others(usage.consumers, self).length;
  if (consumers > 0) {
    lines.push(`  - Other consumers: ${consumers}`);
  }
  return lines;
}

/** The system this entity is part of, its domain and its other parts. */
function renderSystem(
  context: EntityContext,
  trims: RenderTrims,
  portalUrl: string,
): string[] {
  const { system } = context;
  if (!system) {
    return [];
  }
  const lines = [`- ${renderRelated(system.system, portalUrl)}`];
  if (system.domain) {
    lines.push(
      `  - Domain: ${renderRef(system.domain.ref, portalUrl)}${
        system.domain.title ? ` (${escapeInline(system.domain.title, 80)})` : ''
      }`,
    );
  }
  if (trims.systemParts && system.partCount > 0) {
    lines.push(
      `  - Other parts (${system.partCount}): ${renderRefList(
        system.parts,
        DEFAULT_PEER_LIMIT,
        system.partCount,
      )}`,
    );
  }
  return lines;
}

/**
 * The parts of a whole (a system's, a domain's), all of them by kind: they
 * are the whole's own relations. The budget may cut them to the count.
 */
function partLines(
  parts: readonly RelatedEntity[],
  count: number,
  trims: RenderTrims,
): string[] {
  if (count === 0) {
    return [];
  }
  return trims.systemParts
    ? renderByKind(parts, count)
    : [`- ${count} in all, not listed`];
}

/** What a system or domain is part of and made of. */
function renderWhole(
  context: EntityContext,
  trims: RenderTrims,
  portalUrl: string,
): string[] {
  const { system, domain } = context;
  if (domain) {
    return [
      ...subsection(
        titleOf('subdomainOf'),
        domain.subdomainOf ? relatedLines([domain.subdomainOf], portalUrl) : [],
      ),
      ...subsection(
        `${titleOf('domainParts')} (${domain.partCount})`,
        partLines(domain.parts, domain.partCount, trims),
      ),
    ];
  }
  if (!system) {
    return [];
  }
  return [
    ...subsection(
      titleOf('domain'),
      system.domain ? relatedLines([system.domain], portalUrl) : [],
    ),
    ...subsection(
      `${titleOf('parts')} (${system.partCount})`,
      partLines(system.parts, system.partCount, trims),
    ),
  ];
}

// Rendered in other sections: Ownership, Organisation and Owns.
const ELSEWHERE = new Set<ContextRelationSectionId>([
  'owner',
  'parentGroup',
  'childGroups',
  'members',
  'memberOf',
  'owns',
]);

// At most one target each: shown by ref even when only counts are.
const SINGLE = new Set<ContextRelationSectionId>([
  'system',
  'domain',
  'subcomponentOf',
  'subdomainOf',
]);

/** The sections of the kind that the Dependencies section shows. */
function dependencySections(context: EntityContext) {
  return contextRelationsOf(context.entity.kind).sections.filter(
    id => !ELSEWHERE.has(id),
  );
}

/** Whether the Dependencies section has any list to show (or to cut). */
export function hasDependencyLists(context: EntityContext): boolean {
  return dependencySections(context).some(
    id => CONTEXT_RELATION_SECTIONS[id].read(context).count > 0,
  );
}

/**
 * One line for when the budget leaves no room for the lists: each section
 * the kind carries, by its count (or its ref, for a single target).
 */
function renderDependencyCounts(context: EntityContext): string[] {
  const { kind } = context.entity;
  const facts = dependencySections(context).flatMap(id => {
    const { refs, count } = CONTEXT_RELATION_SECTIONS[id].read(context);
    // A list the catalog holds nothing for says nothing worth a token.
    if (count === 0) {
      return [];
    }
    return SINGLE.has(id)
      ? [`${titleOf(id)} ${codeOrText(refs[0])}`]
      : [`${titleOf(id)} ${count}`];
  });
  return facts.length > 0
    ? ['## Dependencies', '', `This ${kindNoun(kind)}: ${facts.join(', ')}.`]
    : [];
}

/**
 * Dependencies both ways, APIs both ways with the entities on the other
 * side, an API's own providers and consumers, a component's place among
 * components, and the system or domain: whatever the kind carries.
 * Subsections without entries are left out.
 */
export function renderDependencies(
  context: EntityContext,
  trims: RenderTrims,
  portalUrl: string,
): string[] {
  if (!trims.dependencyLists) {
    return renderDependencyCounts(context);
  }
  const self = context.entity.ref;
  const { dependsOn, dependedOnBy } = context.dependencies;
  const { api, component } = context;
  const isWhole =
    carriesSection(context.entity.kind, 'parts') || context.domain;

  const body = [
    ...subsection(
      titleOf('dependsOn'),
      relatedLines(dependsOn, portalUrl, trims.dependsOn),
    ),
    ...subsection(
      titleOf('dependedOnBy'),
      relatedLines(dependedOnBy, portalUrl, trims.dependedOnBy),
    ),
    ...subsection(
      titleOf('providers'),
      relatedLines(api?.providedBy ?? [], portalUrl),
    ),
    ...subsection(
      titleOf('consumers'),
      relatedLines(api?.consumedBy ?? [], portalUrl, trims.consumedBy),
    ),
    ...subsection(
      titleOf('providesApis'),
      context.apis.provides.flatMap(u =>
        renderProvidedApi(u, self, trims, portalUrl),
      ),
    ),
    ...subsection(
      titleOf('consumesApis'),
      context.apis.consumes.flatMap(u =>
        renderConsumedApi(u, self, trims, portalUrl),
      ),
    ),
    ...subsection(
      titleOf('subcomponentOf'),
      component?.subcomponentOf
        ? relatedLines([component.subcomponentOf], portalUrl)
        : [],
    ),
    ...subsection(
      `${titleOf('subcomponents')} (${component?.subcomponentCount ?? 0})`,
      component
        ? partLines(component.subcomponents, component.subcomponentCount, trims)
        : [],
    ),
    ...(isWhole
      ? renderWhole(context, trims, portalUrl)
      : subsection(titleOf('system'), renderSystem(context, trims, portalUrl))),
  ];
  return body.length > 0 ? ['## Dependencies', '', ...body.slice(0, -1)] : [];
}
