import {
  Convention,
  ConventionCategory,
} from '@agent-context/plugin-agent-context-common';

/** What the codex page's search narrows by. */
export interface ConventionFilter {
  /** Words that must all occur in the id, title or body; any case. */
  text: string;
  /** A category, or all of them. */
  category: ConventionCategory | '';
}

/** The conventions that match the filter, in their order. */
export function filterConventions(
  conventions: Convention[],
  filter: ConventionFilter,
): Convention[] {
  const words = filter.text
    .toLocaleLowerCase('en-US')
    .split(/\s+/)
    .filter(Boolean);
  return conventions.filter(convention => {
    if (filter.category && convention.category !== filter.category) {
      return false;
    }
    const haystack = [convention.id, convention.title, convention.body]
      .join('\n')
      .toLocaleLowerCase('en-US');
    return words.every(word => haystack.includes(word));
  });
}
