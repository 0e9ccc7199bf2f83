/*
 * Convention bodies are Markdown written by owners, and are rendered as
 * Markdown: lists, emphasis, inline code and fenced commands keep working.
 * What a body may not do is change the document around it: add a heading
 * (a section of its own in the agent's view), leave a code fence open (it
 * would swallow the rest of the file), carry raw HTML, comments or script
 * links, or forge the generated header. Nor may it hide text from the
 * people who review it, or make a link of an address it only mentions:
 * invisible characters go, character references that a renderer would
 * decode are shown as written, and bare web and mail addresses are put in
 * code spans (see `bareAutolinks`).
 *
 * The sanitiser follows fences the way CommonMark does for fences at the
 * top of the body. Where it cannot be sure a renderer agrees (a fence
 * opened inside a list item whose content then dedents, or one indented
 * four columns or more, which may be a fence or indented code) it stops
 * trusting its view of what is code and escapes everything that follows,
 * code included: extra escaping only costs looks, while a wrong view of
 * what is code could let HTML through.
 *
 * The same walk, with only the invisible characters, the character
 * references and the bare addresses treated, is `neutralizeMarkdown`: the
 * form a convention body takes in JSON, where it is still the owner's
 * Markdown rather than part of a document.
 */

import {
  TextRange,
  findBareAutolinks,
  longestBacktickRun,
} from './bareAutolinks';
import { neutralizeText } from './neutralizeText';

/**
 * `sanitize`: everything above, for a body inside a generated document.
 * `neutralize`: invisible characters, character references and bare
 * addresses only, for a body on its own.
 */
type Treatment = 'sanitize' | 'neutralize';

interface OpenFence {
  char: string;
  length: number;
  indent: number;
}

const FENCE_LINE = /^([ \t]*)(`{3,}|~{3,})(.*)$/;
// List or blockquote markers directly before a fence or a heading mark,
// e.g. `- ```sh` or `> # Title`: a renderer opens the fence or heading
// inside the container, which this sanitiser does not follow.
const CONTAINER_THEN_FENCE =
  /^(\s*(?:(?:[-+*]|\d{1,9}[.)]|>)[ \t]*)+)(`{3}|~{3})/;
const HEADING_MARK = /^(\s*(?:(?:[-+*]|\d{1,9}[.)]|>)[ \t]*)*)#/;
const SETEXT_UNDERLINE = /^(\s*(?:>[ \t]*)*)([=-])(\2*[ \t]*)$/;
const LINK_REFERENCE = /^( {0,3})\[[^\]]*\]:[ \t]*(\S*)/;

/** Columns of leading whitespace, with tabs to the next multiple of four. */
function indentWidth(line: string): number {
  let width = 0;
  for (const ch of line) {
    if (ch === ' ') {
      width += 1;
    } else if (ch === '\t') {
      width += 4 - (width % 4);
    } else {
      break;
    }
  }
  return width;
}

function expandLeadingTabs(line: string): string {
  const leading = /^[ \t]+/.exec(line)?.[0] ?? '';
  return leading.includes('\t')
    ? ' '.repeat(indentWidth(line)) + line.slice(leading.length)
    : line;
}

/**
 * A link destination an agent may follow: web and mail links, and
 * scheme-less paths and anchors. An empty destination is refused because
 * CommonMark lets the real one follow on the next line, out of sight of a
 * line-by-line check; `&` and `\` because entities and escapes can spell
 * out `javascript:`.
 */
function isSafeDestination(destination: string): boolean {
  const dest = destination.replace(/^</, '');
  if (/^(https?:\/\/|mailto:)/i.test(dest)) {
    return true;
  }
  return dest !== '' && !/[&\\]/.test(dest) && !/^[^/?#]*:/.test(dest);
}

/** Turns an inline link with an unsafe destination into plain text. */
function neutraliseUnsafeLinks(text: string): string {
  return text.replace(/\]\(\s*([^\s)]*)/g, (whole, destination: string) =>
    isSafeDestination(destination) ? whole : `]\\${whole.slice(1)}`,
  );
}

// Elements that run script or load something when a reader gets the fence
// state wrong, or exports the Markdown to HTML carelessly.
const ACTIVE_ELEMENT =
  /<(?=\/?(?:a|audio|base|body|button|embed|form|frame|frameset|html|iframe|img|input|link|math|meta|object|script|source|style|svg|template|video)\b)/gi;

/**
 * Code shows its text literally, so it is left alone except for what could
 * still do harm: comment markers get a space (entities would show as
 * `&lt;`, a space keeps the code readable), and tags of active elements
 * are escaped even here, as defence in depth; placeholders such as
 * `<token>` and redirections such as `2>&1` stay as written.
 */
function neutraliseCode(code: string): string {
  return code
    .replace(/<!--/g, '<! --')
    .replace(/--(!?)>/g, '-- $1>')
    .replace(ACTIVE_ELEMENT, '&lt;');
}

function escapeHtml(text: string): string {
  return text.replace(/</g, '&lt;').replace(/--(!?)>/g, '--$1&gt;');
}

// Character references decode to any character at all: `&#58;` spells the
// colon of a link, `&ZeroWidthSpace;` an invisible character. The few
// kept decode to a visible character that can neither.
const CHARACTER_REFERENCE =
  /&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)(?!(?:amp|lt|gt|quot|apos|nbsp|copy|reg|trade|mdash|ndash|hellip|laquo|raquo|lsquo|rsquo|ldquo|rdquo|larr|rarr|times|deg|middot|bull);)/g;

/** Shows a character reference as written rather than what it decodes to. */
function escapeCharacterReferences(text: string): string {
  return text.replace(CHARACTER_REFERENCE, '&amp;');
}

function sanitizeProse(text: string): string {
  return neutraliseUnsafeLinks(escapeHtml(escapeCharacterReferences(text)));
}

// An inline link or image whose text and destination are on this line, with
// no backtick in it (one could start a code span that ends the link) and an
// unescaped opening bracket. Code spans have been masked by then.
const INLINE_LINK =
  /(?<!\\)(?:\\\\)*!?\[(?:[^[\]\\`]|\\[^`])*\]\([ \t]*([^\s()`]*(?:\([^\s()`]*\)[^\s()`]*)*)(?:[ \t]+(?:"[^"`]*"|'[^'`]*'|\([^()`]*\)))?[ \t]*\)/g;

/**
 * The inline links a renderer will keep as links: their addresses are
 * links already, so the bare-address rule leaves them alone.
 */
function linkRanges(masked: string): TextRange[] {
  return [...masked.matchAll(INLINE_LINK)]
    .filter(match => isSafeDestination(match[1]))
    .map(match => ({
      start: match.index!,
      end: match.index! + match[0].length,
    }));
}

function mask(text: string, ranges: readonly TextRange[]): string {
  let out = text;
  for (const { start, end } of ranges) {
    out = out.slice(0, start) + '\u0000'.repeat(end - start) + out.slice(end);
  }
  return out;
}

/** What one line's inline treatment needs to know about the lines before. */
interface InlineContext {
  treatment: Treatment;
  /**
   * Whether nothing earlier in the paragraph left a backtick run unmatched,
   * so that a renderer pairs the runs of this line as they seem to pair.
   */
  certain: boolean;
  /**
   * Backticks around a bare address's code span on a line that is not
   * `certain`: more than any run since the paragraph began.
   */
  fence: number;
  /** A link reference definition's destination, which stays as written. */
  keep?: TextRange;
}

interface Segment {
  text: string;
  start: number;
  code: boolean;
}

/**
 * The line cut into prose and inline code spans. A span is trusted only
 * when both of its backtick runs are on this line and the paragraph is
 * `certain`: otherwise a renderer may pair runs across lines differently,
 * and nothing is treated as code. `unmatchedRun` is the length of the
 * longest run left unpaired (0 for none).
 */
function splitCodeSpans(
  line: string,
  certain: boolean,
): { segments: Segment[]; unmatchedRun: number } {
  if (!certain || line.includes('\\`')) {
    return {
      segments: [{ text: line, start: 0, code: false }],
      unmatchedRun: longestBacktickRun(line),
    };
  }
  const segments: Segment[] = [];
  let proseStart = 0;
  let unmatchedRun = 0;
  let i = 0;
  while (i < line.length) {
    if (line[i] !== '`') {
      i += 1;
      continue;
    }
    let runEnd = i;
    while (line[runEnd] === '`') {
      runEnd += 1;
    }
    const length = runEnd - i;
    const closer = new RegExp(`(?<!\`)\`{${length}}(?!\`)`, 'g');
    closer.lastIndex = runEnd;
    const found = closer.exec(line);
    if (!found) {
      unmatchedRun = Math.max(unmatchedRun, length);
      i = runEnd;
      continue;
    }
    const spanEnd = found.index + length;
    segments.push(
      { text: line.slice(proseStart, i), start: proseStart, code: false },
      { text: line.slice(i, spanEnd), start: i, code: true },
    );
    proseStart = spanEnd;
    i = spanEnd;
  }
  segments.push({
    text: line.slice(proseStart),
    start: proseStart,
    code: false,
  });
  return { segments, unmatchedRun };
}

/**
 * One line's inline content: code spans kept as code, bare addresses in
 * prose put in code spans of their own, the rest of the prose escaped (or,
 * to neutralise, only its character references).
 */
function treatInlines(
  line: string,
  context: InlineContext,
): { text: string; unmatchedRun: boolean } {
  const { treatment, certain, keep } = context;
  const { segments, unmatchedRun } = splitCodeSpans(line, certain);
  // Where the paragraph's runs pair as they seem to, only a run this line
  // leaves unpaired could pair with an address's fence.
  const fence = certain ? unmatchedRun + 1 : context.fence;
  const codeRanges = segments
    .filter(segment => segment.code)
    .map(({ start, text }) => ({ start, end: start + text.length }));
  const withoutCode = mask(line, codeRanges);
  const kept = [...linkRanges(withoutCode), ...(keep ? [keep] : [])];
  const addresses = findBareAutolinks(mask(withoutCode, kept));

  const prose =
    treatment === 'sanitize' ? sanitizeProse : escapeCharacterReferences;
  const ticks = '`'.repeat(fence);
  let out = '';
  for (const segment of segments) {
    if (segment.code) {
      out +=
        treatment === 'sanitize' ? neutraliseCode(segment.text) : segment.text;
      continue;
    }
    const end = segment.start + segment.text.length;
    let from = segment.start;
    for (const address of addresses) {
      if (address.start >= segment.start && address.end <= end) {
        out += `${prose(line.slice(from, address.start))}${ticks}${line.slice(
          address.start,
          address.end,
        )}${ticks}`;
        from = address.end;
      }
    }
    out += prose(line.slice(from, end));
  }
  return { text: out, unmatchedRun: unmatchedRun > 0 };
}

/**
 * One line of prose (or of code no longer trusted to be code). To
 * sanitise: no headings, no setext underlines, no fences behind list or
 * quote markers, no unsafe link references. A reference definition that
 * starts a paragraph (the only place it defines anything) keeps its
 * destination; anywhere else that text is prose. Then the inline content.
 */
function treatLine(
  rawLine: string,
  context: Omit<InlineContext, 'keep'> & { paragraphStart: boolean },
): { text: string; unmatchedRun: boolean; definition: boolean } {
  let line = rawLine;
  if (context.treatment === 'sanitize') {
    line = expandLeadingTabs(rawLine)
      .replace(CONTAINER_THEN_FENCE, '$1\\$2')
      .replace(HEADING_MARK, '$1\\#')
      .replace(SETEXT_UNDERLINE, '$1\\$2$3');
  }
  let keep: TextRange | undefined;
  const reference = LINK_REFERENCE.exec(line);
  if (reference && !isSafeDestination(reference[2])) {
    if (context.treatment === 'sanitize') {
      line = `${reference[1]}\\${line.slice(reference[1].length)}`;
    }
  } else if (reference && context.paragraphStart) {
    const end = reference[0].length;
    keep = { start: end - reference[2].length, end };
  }
  return {
    ...treatInlines(line, { ...context, keep }),
    definition: keep !== undefined,
  };
}

function isClosingFence(line: string, fence: OpenFence): boolean {
  const match = /^([ \t]*)(`+|~+)[ \t]*$/.exec(line);
  return (
    !!match &&
    match[2][0] === fence.char &&
    match[2].length >= fence.length &&
    // A fence we trust closes only as CommonMark says; one we do not may
    // close at any indent, since it may sit in a list we do not follow.
    (fence.indent > 3 || indentWidth(line) <= 3)
  );
}

/**
 * Walks a body's lines, following fences, and treats each line for what it
 * is: prose, code, or a fence's opening line. `standalone`: the first line
 * starts a paragraph (a body inside a document follows its list item's
 * lead, so it does not).
 */
function treatBody(
  lines: readonly string[],
  treatment: Treatment,
  standalone: boolean,
): string[] {
  const out: string[] = [];
  let fence: OpenFence | undefined;
  let trustFences = true;
  let spansCertain = true;
  let paragraphStart = standalone;
  // The longest backtick run a renderer could still pair with a code span
  // of this line; a blank line ends every such run's reach.
  let longestRun = 0;

  const prose = (line: string, certain: boolean) => {
    longestRun = Math.max(longestRun, longestBacktickRun(line));
    const treated = treatLine(line, {
      treatment,
      certain,
      fence: longestRun + 1,
      paragraphStart,
    });
    paragraphStart = treated.definition;
    return treated;
  };

  for (const line of lines) {
    if (fence) {
      if (isClosingFence(line, fence)) {
        if (!trustFences) {
          // Untrusted, this line may be prose to a renderer: its run counts.
          longestRun = Math.max(longestRun, longestBacktickRun(line));
        }
        out.push(line);
        fence = undefined;
        continue;
      }
      if (line !== '' && indentWidth(line) < fence.indent) {
        // A renderer that put the opener inside a list item has just
        // ended the fence; from here on nothing is trusted to be code.
        trustFences = false;
      }
      if (trustFences) {
        out.push(treatment === 'sanitize' ? neutraliseCode(line) : line);
      } else if (line === '') {
        longestRun = 0;
        out.push('');
      } else {
        out.push(prose(line, false).text);
      }
      continue;
    }

    const opener = FENCE_LINE.exec(line);
    if (opener && !(opener[2][0] === '`' && opener[3].includes('`'))) {
      fence = {
        char: opener[2][0],
        length: opener[2].length,
        indent: indentWidth(line),
      };
      if (fence.indent > 3) {
        trustFences = false;
      }
      // A trusted fence ends the paragraph before it; an untrusted one may
      // be text in it.
      longestRun = trustFences
        ? 0
        : Math.max(longestRun, longestBacktickRun(line));
      spansCertain = true;
      paragraphStart = false;
      out.push(treatment === 'sanitize' ? escapeHtml(line) : line);
      continue;
    }

    if (line === '') {
      // Inline code spans never cross a blank line.
      spansCertain = true;
      paragraphStart = true;
      longestRun = 0;
      out.push('');
      continue;
    }
    const { text, unmatchedRun } = prose(line, spansCertain && trustFences);
    spansCertain = spansCertain && !unmatchedRun;
    out.push(text);
  }

  if (fence && treatment === 'sanitize') {
    out.push(
      `${' '.repeat(Math.min(fence.indent, 3))}${fence.char.repeat(
        fence.length,
      )}`,
    );
  }
  return out;
}

/** The body's lines, with every kind of line break made a line feed. */
function linesOf(body: string): string[] {
  return neutralizeText(body)
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .split('\n');
}

/**
 * The body as lines ready to be indented under a list item: headings and
 * HTML escaped, unsafe links broken, invisible characters removed,
 * character references shown as written, bare addresses in code spans,
 * every fence closed, no blank lines at either end.
 */
export function sanitizeConventionBody(body: string): string[] {
  const lines = linesOf(body).map(line =>
    // Vertical tabs and form feeds have no business in Markdown and some
    // renderers drop them, joining text that looked apart when it was
    // checked.
    // eslint-disable-next-line no-control-regex
    line.replace(/[\u000b\u000c]/g, '').trimEnd(),
  );
  while (lines.length > 0 && lines[0] === '') {
    lines.shift();
  }
  while (lines.length > 0 && lines[lines.length - 1] === '') {
    lines.pop();
  }
  return treatBody(lines, 'sanitize', false);
}

/**
 * A Markdown text (a convention body) as JSON serves it: still the
 * owner's Markdown, without the characters a person cannot see (see
 * `neutralizeText`), with character references that would decode to
 * anything else shown as written, and with bare web and mail addresses in
 * code spans, so that no renderer makes a link of them. Links written as
 * links, code and structure are left as they are; line breaks become line
 * feeds. Deterministic.
 *
 * @public
 */
export function neutralizeMarkdown(markdown: string): string {
  return treatBody(linesOf(markdown), 'neutralize', true).join('\n');
}
