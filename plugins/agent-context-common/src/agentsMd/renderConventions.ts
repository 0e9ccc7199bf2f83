import { ContextConvention } from '../types';
import { codeOrText, escapeInline } from './escapeMarkdown';
import { RenderTrims } from './renderTrims';
import { renderUrl } from './safeUrl';
import { sanitizeConventionBody } from './sanitizeConventionBody';

const TITLE_LENGTH = 160;

/** The three severities, strongest first, with their subsection titles. */
export const SEVERITIES = [
  { severity: 'must', heading: 'MUST' },
  { severity: 'should', heading: 'SHOULD' },
  { severity: 'may', heading: 'MAY' },
] as const;

/** A rule's severity; a rule without a known one counts as SHOULD. */
export function severityOf(
  convention: ContextConvention,
): 'must' | 'should' | 'may' {
  const severity = convention.severity;
  return severity === 'must' || severity === 'may' ? severity : 'should';
}

/**
 * One convention as a list item. A one-line body follows the lead on the
 * same line; a longer one (a fenced command, a list) is indented under it,
 * so it stays inside the item and cannot reach the document around it.
 */
function renderItem(
  lead: string,
  body: string | undefined,
  suffix?: string,
): string[] {
  const tail = suffix ? ` ${suffix}` : '';
  const lines = body ? sanitizeConventionBody(body) : [];
  if (lines.length === 0) {
    return [`- ${lead}${tail}`];
  }
  if (lines.length === 1 && !/^\s*(`{3,}|~{3,})/.test(lines[0])) {
    return [`- ${lead}: ${lines[0].trim()}${tail}`];
  }
  return [
    `- ${lead}${tail}:`,
    ...lines.map(line => (line === '' ? '' : `  ${line}`)),
  ];
}

/**
 * List items one after another; an item with a blank line inside (a
 * paragraph and a fence, say) is followed by a blank line, which is how
 * Prettier writes loose items, so a repository that formats its Markdown
 * keeps the file byte for byte.
 */
function joinItems(items: string[][]): string[] {
  return items.flatMap((item, index) =>
    index < items.length - 1 && item.includes('') ? [...item, ''] : item,
  );
}

function titleOf(convention: ContextConvention): string {
  return `**${
    escapeInline(convention.title, TITLE_LENGTH) || codeOrText(convention.id)
  }**`;
}

function byCategory(
  conventions: readonly ContextConvention[],
  category: ContextConvention['category'],
) {
  return conventions.filter(c => c.category === category);
}

/**
 * Commands: how to build, test, lint and run. Kept even when empty, with
 * the place to add them, because they are what agents use most.
 */
export function renderCommands(
  conventions: readonly ContextConvention[],
  entityPageUrl: string,
): string[] {
  const commands = byCategory(conventions, 'command');
  if (commands.length === 0) {
    return [
      '## Commands',
      '',
      `No commands recorded yet: add them at ${renderUrl(entityPageUrl)}.`,
    ];
  }
  return [
    '## Commands',
    '',
    ...joinItems(commands.map(c => renderItem(titleOf(c), c.body))),
  ];
}

/** Boundaries: what an agent must not touch or do. */
export function renderBoundaries(
  conventions: readonly ContextConvention[],
): string[] {
  const boundaries = byCategory(conventions, 'boundary');
  if (boundaries.length === 0) {
    return [];
  }
  return [
    '## Boundaries',
    '',
    ...joinItems(boundaries.map(c => renderItem(titleOf(c), c.body))),
  ];
}

/**
 * Rules by severity, each with its id (reviewers cite it) and the scope it
 * comes from. The budget may drop MAY rules, then SHOULD bodies, then
 * SHOULD rules; never MUST rules.
 */
export function renderRules(
  conventions: readonly ContextConvention[],
  trims: RenderTrims,
): string[] {
  const rules = byCategory(conventions, 'rule');
  const lines: string[] = [];
  for (const { severity, heading } of SEVERITIES) {
    if (
      (severity === 'may' && !trims.mayRules) ||
      (severity === 'should' && !trims.shouldRules)
    ) {
      continue;
    }
    const group = rules.filter(rule => severityOf(rule) === severity);
    if (group.length === 0) {
      continue;
    }
    const keepBody = severity !== 'should' || trims.shouldBodies;
    const items = group.map(rule =>
      renderItem(
        `${codeOrText(rule.id)} ${titleOf(rule)}`,
        keepBody ? rule.body : undefined,
        `(from ${codeOrText(rule.scope)})`,
      ),
    );
    lines.push(`### ${heading}`, '', ...joinItems(items), '');
  }
  if (lines.length === 0) {
    return [];
  }
  return ['## Conventions', '', ...lines.slice(0, -1)];
}
