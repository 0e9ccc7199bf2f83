import { ContextSection } from '../types';
import { codeOrText, escapeInline } from './escapeMarkdown';
import { RenderTrims } from './renderTrims';
import { sanitizeConventionBody } from './sanitizeConventionBody';

const TITLE_LENGTH = 80;

/**
 * The sections that backend modules contributed, each under a heading of
 * its own, in the order the normalised context has them (highest priority
 * first). A module's Markdown is treated as a convention body is: it may
 * use lists, emphasis, links and fenced code, but cannot add a heading,
 * leave a fence open or carry HTML, so it cannot reach the document around
 * it. A section without Markdown is in the JSON only; one the budget
 * dropped is named under "Left out" instead.
 */
export function renderContributedSections(
  sections: readonly ContextSection[] | undefined,
  trims: RenderTrims,
): string[][] {
  return (sections ?? [])
    .filter(section => !trims.droppedSections.includes(section.id))
    .map(section => ({
      section,
      body: sanitizeConventionBody(section.markdown),
    }))
    .filter(({ body }) => body.length > 0)
    .map(({ section, body }) => [`## ${sectionTitleOf(section)}`, '', ...body]);
}

/** A section's title as one line of Markdown; its id if it has none. */
export function sectionTitleOf(section: ContextSection): string {
  return escapeInline(section.title, TITLE_LENGTH) || codeOrText(section.id);
}

/** Whether a section shows anything in AGENTS.md for the budget to drop. */
export function rendersSection(section: ContextSection): boolean {
  return sanitizeConventionBody(section.markdown).length > 0;
}
