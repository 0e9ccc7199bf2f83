import { BlastRadius, BlastRadiusEntry } from '../types';
import { codeOrText, escapeInline } from './escapeMarkdown';
import { RenderTrims } from './renderTrims';

function entityCount(n: number): string {
  return n === 1 ? '1 entity' : `${n} entities`;
}

function renderEntry(
  entry: BlastRadiusEntry,
  self: { ref: string; kind: string },
): string {
  const via =
    entry.via === self.ref
      ? `this ${escapeInline(self.kind.toLowerCase(), 40)}`
      : codeOrText(entry.via);
  const how =
    entry.relation === 'consumesApi'
      ? `consumes an API of ${via}`
      : `depends on ${via}`;
  const facts = [how];
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
 */
export function renderBlastRadius(
  blastRadius: BlastRadius,
  self: { ref: string; kind: string },
  trims: RenderTrims,
): string[] {
  const { entries, maxDepth, truncated } = blastRadius;
  if (entries.length === 0 && !truncated) {
    return [];
  }
  const lines = [
    '## Blast radius',
    '',
    `A change here can affect ${entityCount(
      entries.length,
    )} (depth ≤ ${maxDepth}).${
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
