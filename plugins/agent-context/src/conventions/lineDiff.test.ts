import { DiffLine, lineDiff } from './lineDiff';

/** The diff in the familiar one-character-prefix notation. */
function unified(lines: DiffLine[]): string[] {
  const prefix = { same: ' ', removed: '-', added: '+' };
  return lines.map(line => `${prefix[line.kind]}${line.text}`);
}

describe('lineDiff', () => {
  it('keeps every line of equal texts', () => {
    expect(unified(lineDiff('a\nb', 'a\nb'))).toEqual([' a', ' b']);
  });

  it('marks a changed line as removed then added, between kept lines', () => {
    expect(unified(lineDiff('a\nb\nc', 'a\nB\nc'))).toEqual([
      ' a',
      '-b',
      '+B',
      ' c',
    ]);
  });

  it('finds the longest common subsequence of reordered lines', () => {
    const diff = lineDiff('a\nb\nc\nd', 'b\nc\na\nd');
    expect(diff.filter(line => line.kind === 'same').map(l => l.text)).toEqual([
      'b',
      'c',
      'd',
    ]);
    expect(unified(diff)).toEqual(['-a', ' b', ' c', '+a', ' d']);
  });

  it('shows everything as added when there was nothing before', () => {
    expect(unified(lineDiff('', 'x\ny'))).toEqual(['+x', '+y']);
  });

  it('shows everything as removed when nothing is left', () => {
    expect(unified(lineDiff('x\ny', ''))).toEqual(['-x', '-y']);
  });

  it('treats Windows line ends like Unix ones', () => {
    expect(unified(lineDiff('a\r\nb', 'a\nb'))).toEqual([' a', ' b']);
  });

  it('keeps blank lines and repeated lines in place', () => {
    expect(unified(lineDiff('x\n\nx\n', 'x\n\ny\nx\n'))).toEqual([
      ' x',
      ' ',
      '+y',
      ' x',
      ' ',
    ]);
  });
});
