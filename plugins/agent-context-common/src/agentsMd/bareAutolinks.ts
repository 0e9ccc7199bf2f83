/*
 * GitHub-flavoured renderers turn a bare `https://…`, `www.…` or e-mail
 * address in text into a live link, and CommonMark does the same for
 * `<https://…>`. A link the catalog or a convention owner merely mentions
 * must read as text: it is put in a code span, which no renderer links and
 * every reader shows as written. Escapes and entities do not do it, since
 * renderers link the decoded text.
 *
 * What counts as a bare autolink is wider than any one renderer's rule (a
 * scheme after a digit, `www.` after punctuation, an address with a
 * non-ASCII domain): a code span too many costs only looks.
 */

/** A part of a string, as UTF-16 offsets. */
export interface TextRange {
  start: number;
  end: number;
}

// Everything that ends a bare link here: whitespace, what would open or
// close HTML, a code span, a table cell or link text, and the character
// callers use to mask code. A backslash before the punctuation of a scheme
// is only an escape to a renderer, which still links the text. An address
// starts where a run of the characters it may hold starts, so a long word
// is scanned once, not once per letter.
const BARE_AUTOLINK = new RegExp(
  [
    String.raw`(?<![A-Za-z])(?:(?:https?|ftp)\\?:\\?\/\\?\/|www\\?\.)[^\s<>\x60|\[\]\u0000]+`,
    String.raw`(?<![\p{L}\p{N}._+\\-])(?:(?:mailto|xmpp)\\?:)?(?:[\p{L}\p{N}._+-]|\\[._+-])+\\?@(?:(?:[\p{L}\p{N}_-]|\\[_-])+\\?\.)+(?:[\p{L}\p{N}_-]|\\[_-])*\p{L}`,
  ].join('|'),
  'giu',
);
const PREFIX_ONLY = /^(?:(?:https?|ftp)\\?:\\?\/\\?\/|www\\?\.)$/i;
// Punctuation that ends a sentence or closes a bracket rather than the
// address, as renderers also judge it.
const TRAILING = /[!"&'),.:;?}*_~]/;

function count(text: string, ch: string): number {
  return text.split(ch).length - 1;
}

/** The address without the punctuation after it; a `)` it opened stays. */
function withoutTrailingPunctuation(address: string): string {
  let end = address.length;
  while (end > 0 && TRAILING.test(address[end - 1])) {
    const kept = address.slice(0, end);
    if (address[end - 1] === ')' && count(kept, '(') >= count(kept, ')')) {
      break;
    }
    end -= 1;
  }
  return address.slice(0, end);
}

/** Where a renderer could see a bare autolink in `text`, left to right. */
export function findBareAutolinks(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  for (const match of text.matchAll(BARE_AUTOLINK)) {
    const address = withoutTrailingPunctuation(match[0]);
    if (address !== '' && !PREFIX_ONLY.test(address)) {
      ranges.push({ start: match.index!, end: match.index! + address.length });
    }
  }
  return ranges;
}

/** The length of the longest run of backticks in `text` (0 for none). */
export function longestBacktickRun(text: string): number {
  return Math.max(0, ...(text.match(/`+/g) ?? []).map(run => run.length));
}

/**
 * `text` with each bare autolink in a code span, fenced by `fence`
 * backticks (callers choose more than any run that could pair with it),
 * and everything between them through `escape`.
 */
export function codeSpanBareAutolinks(
  text: string,
  escape: (prose: string) => string,
  fence: number,
): string {
  const ticks = '`'.repeat(fence);
  let out = '';
  let from = 0;
  for (const { start, end } of findBareAutolinks(text)) {
    out += `${escape(text.slice(from, start))}${ticks}${text.slice(
      start,
      end,
    )}${ticks}`;
    from = end;
  }
  return out + escape(text.slice(from));
}
