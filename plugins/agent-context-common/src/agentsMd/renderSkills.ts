import { ContextSkill } from '../types';
import { codeOrText, escapeInline, firstLineOf } from './escapeMarkdown';
import { RenderTrims } from './renderTrims';
import { renderUrl } from './safeUrl';

const TITLE_LENGTH = 80;
const DESCRIPTION_LENGTH = 160;
/** Skills past this many are counted, not listed: an agent picks from a few. */
const MAX_SKILLS = 20;

function renderSkill(skill: ContextSkill): string {
  let text = codeOrText(skill.name);
  const title = escapeInline(skill.title ?? '', TITLE_LENGTH);
  if (title && skill.title !== skill.name) {
    text += ` **${title}**`;
  }
  const facts: string[] = [];
  const description = firstLineOf(skill.description);
  if (description) {
    const line = escapeInline(description, DESCRIPTION_LENGTH);
    facts.push(`${line}${/[.!?…:]$/.test(line) ? '' : '.'}`);
  }
  if (skill.sourceLocation) {
    // The catalog annotation may keep its `url:` location-type prefix.
    facts.push(
      `SKILL.md: ${renderUrl(skill.sourceLocation.replace(/^url:/, ''))}`,
    );
  }
  const body = facts.length > 0 ? `: ${facts.join(' ')}` : '';
  return `- ${text}${body} (from ${codeOrText(skill.scope)})`;
}

/**
 * The catalog's agent skills for the entity's system and owners: name (what
 * an agent installs and invokes), what each is for, and where its SKILL.md
 * lives. The budget may drop the whole list; its names then go to "Left
 * out".
 */
export function renderSkills(
  skills: readonly ContextSkill[],
  trims: RenderTrims,
): string[] {
  if (!trims.skills || skills.length === 0) {
    return [];
  }
  const lines = [
    '## Skills',
    '',
    ...skills.slice(0, MAX_SKILLS).map(renderSkill),
  ];
  if (skills.length > MAX_SKILLS) {
    lines.push(`- and ${skills.length - MAX_SKILLS} more`);
  }
  return lines;
}
