/** One line of a {@link lineDiff}: kept, or only in the old or the new text. */
export interface DiffLine {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

/*
 * Beyond this many cells the LCS table would cost more memory than a
 * dialog deserves (bodies are capped at 16 KiB, so real conventions stay far
 * below it); the middle is then shown as removed and added wholesale.
 */
const MAX_TABLE_CELLS = 4_000_000;

function splitLines(text: string): string[] {
  return text === '' ? [] : text.split(/\r?\n/);
}

/**
 * The lines of `middleBefore` and `middleAfter` in order, marked by a
 * longest common subsequence: lines in it are kept, the rest removed or
 * added. Removals come before additions where both replace the same stretch.
 */
function diffMiddle(before: string[], after: string[]): DiffLine[] {
  const rows = before.length;
  const columns = after.length;
  if (rows * columns > MAX_TABLE_CELLS) {
    return [
      ...before.map(text => ({ kind: 'removed' as const, text })),
      ...after.map(text => ({ kind: 'added' as const, text })),
    ];
  }
  // lengths[i][j]: the LCS length of before[i..] and after[j..].
  const lengths = Array.from({ length: rows + 1 }, () =>
    new Array<number>(columns + 1).fill(0),
  );
  for (let i = rows - 1; i >= 0; i--) {
    for (let j = columns - 1; j >= 0; j--) {
      lengths[i][j] =
        before[i] === after[j]
          ? lengths[i + 1][j + 1] + 1
          : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
    }
  }
  const lines: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < rows && j < columns) {
    if (before[i] === after[j]) {
      lines.push({ kind: 'same', text: before[i] });
      i++;
      j++;
    } else if (lengths[i + 1][j] >= lengths[i][j + 1]) {
      lines.push({ kind: 'removed', text: before[i] });
      i++;
    } else {
      lines.push({ kind: 'added', text: after[j] });
      j++;
    }
  }
  for (; i < rows; i++) {
    lines.push({ kind: 'removed', text: before[i] });
  }
  for (; j < columns; j++) {
    lines.push({ kind: 'added', text: after[j] });
  }
  return lines;
}

/**
 * A line diff of two texts: every line of both, in order, marked as kept,
 * removed (only in `before`) or added (only in `after`).
 */
export function lineDiff(before: string, after: string): DiffLine[] {
  const oldLines = splitLines(before);
  const newLines = splitLines(after);
  // The common head and tail need no table, which keeps a one-line edit in a
  // long body cheap.
  let head = 0;
  while (
    head < oldLines.length &&
    head < newLines.length &&
    oldLines[head] === newLines[head]
  ) {
    head++;
  }
  let tail = 0;
  while (
    tail < oldLines.length - head &&
    tail < newLines.length - head &&
    oldLines[oldLines.length - 1 - tail] ===
      newLines[newLines.length - 1 - tail]
  ) {
    tail++;
  }
  const same = (text: string): DiffLine => ({ kind: 'same', text });
  return [
    ...oldLines.slice(0, head).map(same),
    ...diffMiddle(
      oldLines.slice(head, oldLines.length - tail),
      newLines.slice(head, newLines.length - tail),
    ),
    ...oldLines.slice(oldLines.length - tail).map(same),
  ];
}
