import { carriesSection } from '../relations';
import { EntityContext } from '../types';
import { codeOrText, escapeInline, firstLineOf } from './escapeMarkdown';
import { shortName } from './relatedEntityText';

const SUMMARY_DESCRIPTION_LENGTH = 300;
const MAX_TAGS = 15;

/**
 * The title heading and the one line that says what the entity is, built
 * only from catalog facts (no generated prose), then its tags, which name
 * the languages and frameworks an agent will meet.
 */
export function renderTitleAndSummary(context: EntityContext): string[] {
  const { entity, ownership } = context;
  const title =
    escapeInline(entity.title ?? '', 120) ||
    escapeInline(entity.name, 120) ||
    codeOrText(entity.ref);

  const facts = [entity.type, entity.lifecycle]
    .filter((f): f is string => !!f)
    .map(f => escapeInline(f, 40));
  let what = escapeInline(entity.kind, 40);
  if (facts.length > 0) {
    what += ` (${facts.join(', ')})`;
  }
  if (entity.system) {
    what += ` in system ${shortName(entity.system)}`;
  }
  if (ownership.owner) {
    what += `, owned by ${escapeInline(ownership.owner.displayName, 80)}.`;
  } else {
    // Groups and users are owners, never owned.
    what += carriesSection(entity.kind, 'owner')
      ? ', with no owner recorded.'
      : '.';
  }

  const description = firstLineOf(entity.description);
  if (description) {
    const text = escapeInline(description, SUMMARY_DESCRIPTION_LENGTH);
    what += ` ${text}${/[.!?…:]$/.test(text) ? '' : '.'}`;
  }

  const lines = [`# ${title}`, '', what];
  if (entity.tags.length > 0) {
    const shown = entity.tags.slice(0, MAX_TAGS).map(codeOrText);
    const more = entity.tags.length - shown.length;
    lines.push(
      '',
      `Tags: ${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}.`,
    );
  }
  return lines;
}
