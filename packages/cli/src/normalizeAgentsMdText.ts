/**
 * An AGENTS.md as `check` compares it: what a checkout or an editor may do
 * to a file without changing what it says is undone, and nothing else.
 *
 * - `\r\n` becomes `\n`. Git rewrites line endings on checkout
 *   (`core.autocrlf` on Windows, `eol=crlf` in .gitattributes) while the
 *   committed file stays as pulled, and Markdown reads both the same. A lone
 *   `\r` is left alone: no checkout writes one.
 * - A leading byte order mark goes. Some Windows editors add one on save;
 *   it is an encoding marker, not text.
 * - The file ends in exactly one newline, as the renderer writes it.
 *   Editors add a final newline or strip it, and blank lines at the end
 *   render to nothing.
 *
 * Everything else is a difference, however small, and counts: trailing
 * spaces (two of them make a line break in Markdown), blank lines inside
 * the text, tabs, and Unicode written in another normal form.
 */
export function normalizeAgentsMdText(text: string): string {
  return `${text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n/g, '\n')
    .replace(/\n+$/, '')}\n`;
}

/**
 * The 1-based number of the first line in which two normalised texts
 * differ, or undefined when they are equal.
 */
export function firstDifferingLine(a: string, b: string): number | undefined {
  if (a === b) {
    return undefined;
  }
  const linesA = a.split('\n');
  const linesB = b.split('\n');
  const index = linesA.findIndex((line, i) => line !== linesB[i]);
  // No line of `a` differs, so `b` has more lines: the first of them.
  return (index === -1 ? linesA.length : index) + 1;
}
