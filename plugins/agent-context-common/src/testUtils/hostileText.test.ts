import {
  HOSTILE_TEXTS,
  inTagCharacters,
  invisibleCharactersIn,
  liveBareAddressesIn,
} from './hostileText';

describe('invisibleCharactersIn', () => {
  it('names every invisible character left, and a run of variation selectors', () => {
    expect(
      invisibleCharactersIn(
        `a\u200bb${inTagCharacters('x')}\u202e😀\ufe01\ufe02 ok\ufe0f`,
      ),
    ).toEqual(['U+200B', 'U+E0078', 'U+202E', 'U+FE01', 'U+FE02']);
  });

  it('finds something in every hostile text that hides characters', () => {
    const hiding = HOSTILE_TEXTS.filter(({ text }) =>
      /[^\p{L}\p{N}\p{P}\p{S}\p{Zs}]/u.test(text),
    );
    expect(hiding.length).toBeGreaterThan(10);
    for (const { text } of hiding) {
      expect(invisibleCharactersIn(text)).not.toEqual([]);
    }
  });
});

describe('liveBareAddressesIn', () => {
  it('finds bare addresses a renderer would link', () => {
    expect(
      liveBareAddressesIn(
        'See https://bare.example/a, www.bare.example and ops@bare.example',
      ),
    ).toEqual([
      'https://bare.example/a,',
      'www.bare.example',
      'ops@bare.example',
    ]);
  });

  it('decodes entities and escapes once, as a renderer does', () => {
    expect(liveBareAddressesIn('https&#58;//bare.example\\_x')).toEqual([
      'https://bare.example_x',
    ]);
    expect(liveBareAddressesIn('https&amp;#58;//bare.example')).toEqual([]);
  });

  it('ignores addresses in code spans and fenced code', () => {
    expect(
      liveBareAddressesIn(
        '`https://bare.example` ``a`https://bare.example`` \n```\nops@bare.example\n```',
      ),
    ).toEqual([]);
  });

  it('sees an address a stray backtick leaves outside code', () => {
    expect(liveBareAddressesIn('`` x ``https://bare.example`')).toEqual([
      'https://bare.example`',
    ]);
  });
});
