import {
  CONTEXT_RELATIONS,
  CONTEXT_RELATION_SECTIONS,
} from '@agent-context/plugin-agent-context-common';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The README documents the per-kind relations table; the code's table is
 * the one that runs. This keeps the two alike, cell for cell.
 */

const code = (text: string) => `\`${text}\``;

/** The rows of every Markdown table in the README section, as cells. */
function tablesUnder(heading: string): string[][][] {
  const readme = readFileSync(resolve(__dirname, '../../README.md'), 'utf8');
  const start = readme.indexOf(`\n${heading}\n`);
  expect(start).toBeGreaterThan(0);
  const end = readme.indexOf('\n### ', start + heading.length + 2);
  const tables: string[][][] = [];
  let table: string[][] | undefined;
  for (const line of readme.slice(start, end).split('\n')) {
    if (!line.startsWith('|')) {
      table = undefined;
      continue;
    }
    const cells = line
      .slice(1, -1)
      .split('|')
      .map(cell => cell.trim());
    if (!table) {
      table = [];
      tables.push(table);
    }
    // The header's separator row.
    if (!cells.every(cell => /^-+$/.test(cell))) {
      table.push(cells);
    }
  }
  return tables;
}

describe('the relations table in the README', () => {
  const [kinds, sections] = tablesUnder('### Relations per kind');

  it('has a row per kind, as the code has, with its sections and blast radius', () => {
    const expected = CONTEXT_RELATIONS.map(row => {
      const { follows, throughParts, summary } = row.blastRadius;
      const walked = follows
        .map(step => step.path.map(code).join(' → '))
        .join(', ');
      return [
        code(row.kind),
        row.sections.map(code).join(', '),
        follows.length === 0
          ? 'none'
          : `${walked}${
              throughParts
                ? ', from itself and each of its parts (`hasPart`)'
                : ''
            }`,
        summary,
      ];
    });
    expect(kinds.slice(1)).toEqual(expected);
  });

  it('has a row per section, with its relation, field and title', () => {
    const expected = Object.values(CONTEXT_RELATION_SECTIONS).map(section => [
      code(section.id),
      `${code(section.relation)}${
        section.targetKinds ? ` to ${section.targetKinds.join(', ')}` : ''
      }`,
      code(section.field),
      section.title,
    ]);
    expect(sections.slice(1)).toEqual(expected);
  });
});
