import { carriesSection } from '../relations';
import { EntityContext } from '../types';
import { agentsMdHeaderOf, renderAgentsMdHeader } from './agentsMdHeader';
import { renderAgentsMdTextDigest } from './agentsMdTextDigest';
import { escapeInline } from './escapeMarkdown';
import { renderBlastRadius } from './renderBlastRadius';
import { renderContributedSections } from './renderContributedSections';
import {
  renderBoundaries,
  renderCommands,
  renderRules,
} from './renderConventions';
import { renderDependencies } from './renderDependencies';
import { renderDocsAndLinks } from './renderDocsAndLinks';
import { renderOwned, renderOrganisation } from './renderOrganisation';
import { renderOwnership } from './renderOwnership';
import { renderSkills } from './renderSkills';
import { renderTitleAndSummary } from './renderSummary';
import { RenderTrims } from './renderTrims';

/** What a render needs besides the context. */
export interface RenderSettings {
  entityPageUrl: string;
  portalUrl: string;
  trims: RenderTrims;
  /** What the budget left out so far, in the order it went. */
  omitted: readonly string[];
}

/**
 * The closing list of what the budget dropped. It does not quote the
 * budget, nor say which limit (tokens, lines) it met: the same drops then
 * give the same bytes, whatever the numbers. It tells an agent how to ask
 * for the rest, since the portal applies a default budget unasked.
 */
function renderLeftOut(omitted: readonly string[]): string[] {
  if (omitted.length === 0) {
    return [];
  }
  return [
    '## Left out',
    '',
    'To fit the size budget, this was left out; `maxTokens` 0 shows it all:',
    '',
    ...omitted.map(item => `- ${escapeInline(item)}`),
  ];
}

/** Sections separated by one blank line, with one final newline. */
function joinSections(sections: string[][]): string {
  return `${sections.map(lines => lines.join('\n')).join('\n\n')}\n`;
}

/**
 * The whole document for one set of trims: sections in a fixed order, each
 * separated by one blank line, empty sections left out, one final newline.
 * The header ends with a digest of the rest of the text (see
 * `agentsMdTextDigest`). The context must already be normalised (see
 * `normalizeContext`).
 */
export function renderDocument(
  context: EntityContext,
  settings: RenderSettings,
): string {
  const { entityPageUrl, portalUrl, trims } = settings;
  const header = renderAgentsMdHeader(agentsMdHeaderOf(context), entityPageUrl);
  const body = [
    renderTitleAndSummary(context),
    renderCommands(context.conventions, entityPageUrl),
    renderBoundaries(context.conventions),
    renderRules(context.conventions, trims),
    renderSkills(context.skills, trims),
    // Groups and users have no owner: they get their place in the
    // organisation instead, and what they own.
    carriesSection(context.entity.kind, 'owner')
      ? renderOwnership(context.ownership, trims, portalUrl)
      : [],
    renderOrganisation(context, trims),
    renderOwned(context, trims),
    renderDependencies(context, trims, portalUrl),
    renderBlastRadius(context.blastRadius, context.entity, trims),
    // What installed modules add comes after the catalog's own facts and
    // before the links, which close the document.
    ...renderContributedSections(context.sections, trims),
    renderDocsAndLinks(context.entity, trims, { entityPageUrl, portalUrl }),
    renderLeftOut(settings.omitted),
  ].filter(lines => lines.length > 0);
  const unsigned = joinSections([header, ...body]);
  return joinSections([
    [...header, renderAgentsMdTextDigest(unsigned)],
    ...body,
  ]);
}
