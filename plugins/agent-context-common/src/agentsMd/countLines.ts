/**
 * The number of lines in a text, as an editor numbers them: a final newline
 * ends the last line rather than starting an empty one, so a rendered
 * AGENTS.md of 200 lines holds 200 newlines. The line limit of the budget
 * is counted this way.
 *
 * @public
 */
export function countLines(text: string): number {
  if (text === '') {
    return 0;
  }
  let newlines = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    newlines++;
  }
  return text.endsWith('\n') ? newlines : newlines + 1;
}
