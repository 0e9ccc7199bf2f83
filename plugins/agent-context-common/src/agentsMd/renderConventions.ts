import { ContextConvention } from '../types';
import { codeOrText, escapeInline } from './escapeMarkdown';
import { RenderTrims } from './renderTrims';
import { renderUrl } from './safeUrl';
import { sanitizeConventionBody } from './sanitizeConventionBody';

const TITLE_LENGTH = 160;
/** A rationale is a reminder of why, not an essay: one short line. */
const RATIONALE_LENGTH = 200;

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
 * so it stays inside the item and cannot reach the document around it. A
 * `note` (one line of escaped text) ends the body, as its own paragraph
 * when the body is longer than a line.
 */
function renderItem(
  lead: string,
  body: string | undefined,
  options: { suffix?: string; note?: string } = {},
): string[] {
  const { suffix, note } = options;
  const tail = suffix ? ` ${suffix}` : '';
  const lines = body ? sanitizeConventionBody(body) : [];
  const oneLine =
    lines.length === 1 && !/^\s*(`{3,}|~{3,})/.test(lines[0])
      ? lines[0].trim()
      : undefined;
  if (lines.length === 0 || oneLine !== undefined) {
    const text = [oneLine, note].filter(Boolean).join(' ');
    return [`- ${lead}${text ? `: ${text}` : ''}${tail}`];
  }
  return [
    `- ${lead}${tail}:`,
    ...lines.map(line => (line === '' ? '' : `  ${line}`)),
    ...(note ? ['', `  ${note}`] : []),
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

/**
 * Where a rule comes from, and what a reviewer needs to see why it reads
 * as it does: whether it is enforced (no scope below can change it), and
 * which inherited rules of the same id it replaces.
 */
function provenanceOf(rule: ContextConvention): string {
  const facts = [`from ${codeOrText(rule.scope)}`];
  if (rule.source === 'catalog' && rule.location) {
    // A catalog rule counts at its scope because of who owns it; saying
    // which resource and owner lets a reviewer check that claim.
    facts.push(
      `catalog rule ${codeOrText(rule.location)}${
        rule.locationOwner ? ` owned by ${codeOrText(rule.locationOwner)}` : ''
      }`,
    );
  }
  if (rule.topic) {
    facts.push(escapeInline(rule.topic, 40));
  }
  if (rule.enforced) {
    facts.push('enforced');
  }
  const replaced = [...new Set((rule.overrides ?? []).map(o => o.scope))];
  if (replaced.length > 0) {
    facts.push(`overrides ${replaced.map(codeOrText).join(', ')}`);
  }
  return `(${facts.join(', ')})`;
}

/** A catalog rule's rationale as one sentence after its body. */
function rationaleOf(rule: ContextConvention): string | undefined {
  const text = rule.rationale
    ? escapeInline(rule.rationale, RATIONALE_LENGTH)
    : '';
  if (!text) {
    return undefined;
  }
  return `Why: ${text}${/[.!?…]$/.test(text) ? '' : '.'}`;
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
 * Rules by severity, each with its id (reviewers cite it), the scope it
 * comes from, whether it is enforced and what it overrides; a catalog
 * rule's rationale follows its body. The budget may drop MAY rules, then
 * SHOULD bodies (with their rationale), then SHOULD rules; never MUST
 * rules.
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
        {
          suffix: provenanceOf(rule),
          note: keepBody ? rationaleOf(rule) : undefined,
        },
      ),
    );
    lines.push(`### ${heading}`, '', ...joinItems(items), '');
  }
  if (lines.length === 0) {
    return [];
  }
  return ['## Conventions', '', ...lines.slice(0, -1)];
}
