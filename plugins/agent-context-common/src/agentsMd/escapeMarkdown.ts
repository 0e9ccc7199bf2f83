/*
 * Catalog text (titles, descriptions, names, emails, link titles) is data
 * written by anyone who can register an entity. In AGENTS.md it must read as
 * plain words and never as structure: no headings, lists, tables, fences,
 * links or HTML of its own, and nothing a person reviewing it cannot see.
 * Everything here works on one line of text.
 */

import { codeSpanBareAutolinks, longestBacktickRun } from './bareAutolinks';
import { neutralizeText } from './neutralizeText';

// Every kind of line break or run of spaces, including the Unicode line and
// paragraph separators that some renderers honour.
const WHITESPACE_RUN = /[\s\u2028\u2029\u0085]+/g;

/**
 * Collapses a text to one line: invisible characters go (see
 * `neutralizeText`), every whitespace run becomes one space.
 */
export function collapseWhitespace(text: string): string {
  return neutralizeText(text).replace(WHITESPACE_RUN, ' ').trim();
}

/**
 * The first line with visible text, as a summary of a text: a first line
 * of invisible characters only does not count.
 */
export function firstLineOf(text: string | undefined): string | undefined {
  return text
    ?.split(/\r\n?|\n|[\u2028\u2029\u0085]/)
    .map(line => neutralizeText(line).trim())
    .find(line => line !== '');
}

/**
 * Shortens a one-line text to at most `maxLength` characters, cutting at a
 * word boundary where one is near, so that a description pasted from a
 * design document cannot fill the agent's context on its own.
 */
export function truncateText(text: string, maxLength: number): string {
  const chars = Array.from(text);
  if (chars.length <= maxLength) {
    return text;
  }
  const cut = chars.slice(0, maxLength - 1).join('');
  const lastSpace = cut.lastIndexOf(' ');
  const atWord = lastSpace > maxLength * 0.6 ? cut.slice(0, lastSpace) : cut;
  return `${atWord.trimEnd()}…`;
}

const HTML_SIGNIFICANT: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
};

function escapePunctuation(text: string): string {
  return text.replace(/[\\`*_[\]#|~&<>]/g, ch =>
    ch in HTML_SIGNIFICANT ? HTML_SIGNIFICANT[ch] : `\\${ch}`,
  );
}

/**
 * Escapes a one-line text so that Markdown and HTML read it literally.
 * Backslash escapes for Markdown punctuation, entities for HTML; at the
 * start of the text also the characters that would begin a list, a
 * blockquote or a setext underline if the text ever started a line. Bare
 * web and mail addresses go in code spans, so that none becomes a link;
 * their fence is longer than any backtick run in the text, so no run of
 * the text can pair with it.
 */
function escapeCollapsed(text: string): string {
  const escaped = codeSpanBareAutolinks(
    text,
    escapePunctuation,
    longestBacktickRun(text) + 1,
  );
  return escaped.replace(/^([-+=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/**
 * Catalog text as one safe line of Markdown: collapsed, optionally
 * shortened (before escaping, so an escape is never cut in half), escaped.
 * Modules that contribute context sections use it for any text they did
 * not write themselves.
 *
 * @public
 */
export function escapeInline(text: string, maxLength?: number): string {
  const collapsed = collapseWhitespace(text);
  return escapeCollapsed(
    maxLength === undefined ? collapsed : truncateText(collapsed, maxLength),
  );
}

// Entity refs as the catalog writes them (`kind:namespace/name`), and the
// shorter names such as tags and convention ids. Anything outside these
// characters is shown as escaped text rather than inside a code span.
const REF_LIKE = /^[A-Za-z0-9][A-Za-z0-9_.:/@+#-]*$/;

/**
 * A ref, tag or id in a code span, which agents copy verbatim into tool
 * calls; escaped text when it contains anything a code span cannot hold
 * safely (a backtick would end it early, `<` would show as raw HTML to a
 * reader that strips code).
 *
 * @public
 */
export function codeOrText(value: string): string {
  const collapsed = collapseWhitespace(value);
  if (
    collapsed.length > 0 &&
    collapsed.length <= 200 &&
    REF_LIKE.test(collapsed)
  ) {
    return `\`${collapsed}\``;
  }
  return escapeInline(collapsed, 200);
}
