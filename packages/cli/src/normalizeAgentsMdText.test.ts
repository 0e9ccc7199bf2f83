import {
  firstDifferingLine,
  normalizeAgentsMdText,
} from './normalizeAgentsMdText';

describe('normalizeAgentsMdText', () => {
  const pulled = '<!-- header -->\n\n# Cart\n\nKeeps the basket.\n';

  it('undoes what a checkout or an editor does to line endings and the end of the file', () => {
    for (const text of [
      pulled,
      pulled.replace(/\n/g, '\r\n'),
      `\uFEFF${pulled}`,
      `${pulled}\n\n`,
      `${pulled.replace(/\n/g, '\r\n')}\r\n`,
      pulled.slice(0, -1),
    ]) {
      expect(normalizeAgentsMdText(text)).toBe(pulled);
    }
  });

  it('keeps every other difference', () => {
    for (const text of [
      pulled.replace('basket.', 'basket.  '),
      pulled.replace('\n\n# Cart', '\n\n\n# Cart'),
      pulled.replace('Keeps', '\tKeeps'),
      pulled.replace('\n# Cart', '\r# Cart'),
      `\n${pulled}`,
    ]) {
      expect(normalizeAgentsMdText(text)).not.toBe(pulled);
    }
    const cafe = pulled.replace('Cart', 'Caf\u00e9');
    expect(normalizeAgentsMdText(cafe.normalize('NFD'))).not.toBe(cafe);
  });
});

describe('firstDifferingLine', () => {
  it('is undefined for equal texts', () => {
    expect(firstDifferingLine('a\nb\n', 'a\nb\n')).toBeUndefined();
  });

  it('names the first line that differs, counting from 1', () => {
    expect(firstDifferingLine('a\nb\nc\n', 'a\nx\nc\n')).toBe(2);
    expect(firstDifferingLine('a\nc\n', 'a\nb\nc\n')).toBe(2);
    expect(firstDifferingLine('a\n', 'a\nb\n')).toBe(2);
    expect(firstDifferingLine('a', 'a\nb')).toBe(2);
  });
});
