import { contextRelationsOf } from '../relations';
import { BlastRadius, BlastRadiusEntry } from '../types';
import { codeOrText } from './escapeMarkdown';
import { kindNoun } from './relatedEntityText';
import { RenderTrims } from './renderTrims';

function entityCount(n: number): string {
  return n === 1 ? '1 entity' : `${n} entities`;
}

/** How an entry is affected: what it depends on, or which API it consumes. */
function howAffected(
  entry: BlastRadiusEntry,
  self: { ref: string; kind: string },
): string {
  const name = (ref: string) =>
    ref === self.ref ? `this ${kindNoun(self.kind)}` : codeOrText(ref);
  if (entry.relation !== 'consumesApi') {
    return `depends on ${name(entry.via)}`;
  }
  if (!entry.api) {
    // Contexts from before entries named the API.
    return `consumes an API of ${name(entry.via)}`;
  }
  return entry.api === entry.via.toLocaleLowerCase('en-US')
    ? `consumes ${name(entry.via)}`
    : `consumes ${codeOrText(entry.api)} of ${name(entry.via)}`;
}

function renderEntry(
  entry: BlastRadiusEntry,
  self: { ref: string; kind: string },
): string {
  const facts = [howAffected(entry, self)];
  if (!entry.resolved) {
    facts.push('not in catalog');
  } else if (entry.owner) {
    facts.push(`owner ${codeOrText(entry.owner)}`);
  }
  return `- ${codeOrText(entry.ref)}: ${facts.join('; ')}`;
}

/**
 * Who a change here can break, nearest first: a count, then the entries by
 * depth. The budget may cut the list to depth 1, then to the count alone.
 * Every kind gets the section: one whose table row follows no relation
 * (groups, users) says why it has none, and an empty walk says what it
 * counted.
 */
export function renderBlastRadius(
  blastRadius: BlastRadius,
  self: { ref: string; kind: string },
  trims: RenderTrims,
): string[] {
  const { entries, maxDepth, truncated } = blastRadius;
  const rule = contextRelationsOf(self.kind).blastRadius;
  const heading = ['## Blast radius', ''];
  if (rule.follows.length === 0) {
    return [...heading, `None for a ${kindNoun(self.kind)}: ${rule.summary}.`];
  }
  if (entries.length === 0 && !truncated) {
    return [
      ...heading,
      `A change here affects no other entity in the catalog (counted: ${rule.summary}; depth ≤ ${maxDepth}).`,
    ];
  }
  const where = rule.throughParts ? ` outside this ${kindNoun(self.kind)}` : '';
  const lines = [
    ...heading,
    `A change here can affect ${entityCount(
      entries.length,
    )}${where} (depth ≤ ${maxDepth}).${
      truncated
        ? ' The walk stopped at its depth or size bound, so more may be affected.'
        : ''
    }`,
  ];
  const shownDepth = { all: Infinity, direct: 1, count: 0 }[trims.blastRadius];
  const shown = entries.filter(e => e.depth <= shownDepth);
  const depths = [...new Set(shown.map(e => e.depth))].sort((a, b) => a - b);
  for (const depth of depths) {
    lines.push(
      '',
      `### Depth ${depth}`,
      '',
      ...shown.filter(e => e.depth === depth).map(e => renderEntry(e, self)),
    );
  }
  return lines;
}
