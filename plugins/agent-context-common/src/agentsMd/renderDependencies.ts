import { ApiUsage, EntityContext, RelatedEntity } from '../types';
import { codeOrText, escapeInline } from './escapeMarkdown';
import { renderRef, renderRefList, renderRelated } from './relatedEntityText';
import { DEFAULT_PEER_LIMIT, RenderTrims } from './renderTrims';

function subsection(heading: string, items: string[]): string[] {
  return items.length > 0 ? [`### ${heading}`, '', ...items, ''] : [];
}

function others(entities: readonly RelatedEntity[], self: string) {
  return entities.filter(e => e.ref !== self);
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

/** The system, its domain and its other parts (bounded). */
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
  if (trims.systemParts && system.parts.length > 0) {
    lines.push(
      `  - Other parts (${system.parts.length}): ${renderRefList(
        system.parts,
        DEFAULT_PEER_LIMIT,
      )}`,
    );
  }
  return lines;
}

function counted(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** One line of counts, for when the budget leaves no room for the lists. */
function renderDependencyCounts(context: EntityContext): string[] {
  const { dependsOn, dependedOnBy } = context.dependencies;
  const facts = [
    `depends on ${counted(dependsOn.length, 'entity', 'entities')}`,
    `is depended on by ${dependedOnBy.length}`,
    `provides ${counted(context.apis.provides.length, 'API')}`,
    `consumes ${counted(context.apis.consumes.length, 'API')}`,
  ];
  if (context.system) {
    facts.push(`is part of system ${codeOrText(context.system.system.ref)}`);
  }
  return ['## Dependencies', '', `This entity ${facts.join(', ')}.`];
}

/**
 * Dependencies both ways, APIs both ways with the entities on the other
 * side, and the system. Subsections without entries are left out.
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
  const shownDependents =
    trims.dependedOnBy === undefined
      ? dependedOnBy
      : dependedOnBy.slice(0, trims.dependedOnBy);
  const dependentsLeft = dependedOnBy.length - shownDependents.length;

  const body = [
    ...subsection(
      'Depends on',
      dependsOn.map(e => `- ${renderRelated(e, portalUrl)}`),
    ),
    ...subsection('Depended on by', [
      ...shownDependents.map(e => `- ${renderRelated(e, portalUrl)}`),
      ...(dependentsLeft > 0 ? [`- and ${dependentsLeft} more`] : []),
    ]),
    ...subsection(
      'APIs provided',
      context.apis.provides.flatMap(u =>
        renderProvidedApi(u, self, trims, portalUrl),
      ),
    ),
    ...subsection(
      'APIs consumed',
      context.apis.consumes.flatMap(u =>
        renderConsumedApi(u, self, trims, portalUrl),
      ),
    ),
    ...subsection('System', renderSystem(context, trims, portalUrl)),
  ];
  return body.length > 0 ? ['## Dependencies', '', ...body.slice(0, -1)] : [];
}
