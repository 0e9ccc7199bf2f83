import { codeOrText, escapeInline } from '../agentsMd/escapeMarkdown';
import { sanitizeConventionBody } from '../agentsMd/sanitizeConventionBody';
import { isBuiltInConventionSource } from '../conventions/conventionInheritance';
import {
  BuiltInConventionSourceId,
  Convention,
  ConventionCategory,
  ConventionSourceId,
} from '../types';

const SECTIONS: Array<{ category: ConventionCategory; heading: string }> = [
  { category: 'rule', heading: 'Rules' },
  { category: 'command', heading: 'Commands' },
  { category: 'boundary', heading: 'Boundaries' },
];

const SOURCE_NAMES: Record<BuiltInConventionSourceId, string> = {
  database: 'portal',
  config: 'app-config',
  repository: 'repository file',
  catalog: 'catalog',
};

/** A built-in source in the portal's words; a module's source by its id. */
function sourceNameOf(source: ConventionSourceId): string {
  return isBuiltInConventionSource(source)
    ? SOURCE_NAMES[source]
    : escapeInline(source, 64);
}

function attributesOf(convention: Convention): string {
  return [
    convention.severity,
    convention.enforced ? 'enforced' : undefined,
    sourceNameOf(convention.source),
    convention.revision > 0 ? `revision ${convention.revision}` : undefined,
  ]
    .filter(Boolean)
    .join(', ');
}

function renderConvention(convention: Convention): string[] {
  const lead = `- ${codeOrText(convention.id)} **${escapeInline(
    convention.title,
    200,
  )}** (${attributesOf(convention)})`;
  const body = sanitizeConventionBody(convention.body ?? '');
  return [
    body.length > 0 ? `${lead}:` : lead,
    ...body.map(line => (line === '' ? '' : `  ${line}`)),
  ];
}

function renderWaiver(convention: Convention): string[] {
  return [
    `- ${codeOrText(convention.id)} waived: ${escapeInline(
      convention.reason ?? '',
      2000,
    )} (${sourceNameOf(convention.source)})`,
  ];
}

/**
 * The whole codex as one Markdown document, scope by scope, for review bots
 * and for people auditing it. Built with the AGENTS.md renderer's escaping,
 * so catalog and owner text cannot break out of its list items.
 *
 * @public
 */
export function renderCodexMarkdown(codex: {
  generatedAt: string;
  scopes: Array<{ scope: string; conventions: Convention[] }>;
}): string {
  const lines = [
    '# Codex',
    '',
    `Every convention by scope, as of ${codex.generatedAt}. Resolution for an entity: its domain, system, owning groups and itself narrow the global scope.`,
  ];
  for (const { scope, conventions } of codex.scopes) {
    lines.push('', `## ${codeOrText(scope)}`);
    for (const { category, heading } of SECTIONS) {
      const entries = conventions.filter(
        c => c.action !== 'waive' && c.category === category,
      );
      if (entries.length > 0) {
        lines.push(
          '',
          `### ${heading}`,
          '',
          ...entries.flatMap(renderConvention),
        );
      }
    }
    const waivers = conventions.filter(c => c.action === 'waive');
    if (waivers.length > 0) {
      lines.push('', '### Waivers', '', ...waivers.flatMap(renderWaiver));
    }
  }
  return `${lines.join('\n')}\n`;
}
