/*
 * Convention bodies are Markdown written by owners, and are rendered as
 * Markdown: lists, emphasis, inline code and fenced commands keep working.
 * What a body may not do is change the document around it: add a heading
 * (a section of its own in the agent's view), leave a code fence open (it
 * would swallow the rest of the file), carry raw HTML, comments or script
 * links, or forge the generated header.
 *
 * The sanitiser follows fences the way CommonMark does for fences at the
 * top of the body. Where it cannot be sure a renderer agrees (a fence
 * opened inside a list item whose content then dedents, or one indented
 * four columns or more, which may be a fence or indented code) it stops
 * trusting its view of what is code and escapes everything that follows,
 * code included: extra escaping only costs looks, while a wrong view of
 * what is code could let HTML through.
 */

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

function sanitizeProse(text: string): string {
  return neutraliseUnsafeLinks(escapeHtml(text));
}

/**
 * Escapes HTML outside inline code spans. A span is trusted only when both
 * of its backtick runs are on this line and nothing earlier in the
 * paragraph left a run unmatched (`certain`): otherwise a renderer may pair
 * runs across lines differently, and nothing is treated as code.
 */
function sanitizeInlines(
  line: string,
  certain: boolean,
): { text: string; unmatchedRun: boolean } {
  if (!certain || line.includes('\\`')) {
    return { text: sanitizeProse(line), unmatchedRun: line.includes('`') };
  }
  let out = '';
  let prose = '';
  let unmatchedRun = false;
  let i = 0;
  while (i < line.length) {
    if (line[i] !== '`') {
      prose += line[i];
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
      prose += line.slice(i, runEnd);
      unmatchedRun = true;
      i = runEnd;
      continue;
    }
    const spanEnd = found.index + length;
    out += sanitizeProse(prose) + neutraliseCode(line.slice(i, spanEnd));
    prose = '';
    i = spanEnd;
  }
  return { text: out + sanitizeProse(prose), unmatchedRun };
}

/**
 * One line of prose (or of code no longer trusted to be code): no
 * headings, no setext underlines, no fences behind list or quote markers,
 * no unsafe link references, then inline sanitising.
 */
function sanitizeLine(
  rawLine: string,
  certain: boolean,
): { text: string; unmatchedRun: boolean } {
  let line = expandLeadingTabs(rawLine)
    .replace(CONTAINER_THEN_FENCE, '$1\\$2')
    .replace(HEADING_MARK, '$1\\#')
    .replace(SETEXT_UNDERLINE, '$1\\$2$3');
  const reference = LINK_REFERENCE.exec(line);
  if (reference && !isSafeDestination(reference[2])) {
    line = `${reference[1]}\\${line.slice(reference[1].length)}`;
  }
  return sanitizeInlines(line, certain);
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
 * The body as lines ready to be indented under a list item: headings and
 * HTML escaped, unsafe links broken, every fence closed, no blank lines at
 * either end.
 */
export function sanitizeConventionBody(body: string): string[] {
  const lines = body
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    // Control characters have no business in Markdown and some renderers
    // drop them, joining text that looked apart when it was checked.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .split('\n')
    .map(line => line.trimEnd());
  while (lines.length > 0 && lines[0] === '') {
    lines.shift();
  }
  while (lines.length > 0 && lines[lines.length - 1] === '') {
    lines.pop();
  }

  const out: string[] = [];
  let fence: OpenFence | undefined;
  let trustFences = true;
  let spansCertain = true;

  for (const line of lines) {
    if (fence) {
      if (isClosingFence(line, fence)) {
        out.push(line);
        fence = undefined;
        continue;
      }
      if (line !== '' && indentWidth(line) < fence.indent) {
        // A renderer that put the opener inside a list item has just
        // ended the fence; from here on nothing is trusted to be code.
        trustFences = false;
      }
      out.push(
        trustFences ? neutraliseCode(line) : sanitizeLine(line, false).text,
      );
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
      spansCertain = true;
      out.push(escapeHtml(line));
      continue;
    }

    if (line === '') {
      // Inline code spans never cross a blank line.
      spansCertain = true;
      out.push('');
      continue;
    }
    const { text, unmatchedRun } = sanitizeLine(
      line,
      spansCertain && trustFences,
    );
    spansCertain = spansCertain && !unmatchedRun;
    out.push(text);
  }

  if (fence) {
    out.push(
      `${' '.repeat(Math.min(fence.indent, 3))}${fence.char.repeat(
        fence.length,
      )}`,
    );
  }
  return out;
}
