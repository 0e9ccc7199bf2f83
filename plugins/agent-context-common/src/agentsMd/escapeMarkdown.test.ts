import {
  codeOrText,
  collapseWhitespace,
  escapeInline,
  firstLineOf,
  truncateText,
} from './escapeMarkdown';

describe('firstLineOf', () => {
  it('returns the first line with text, trimmed, whatever the line breaks', () => {
    expect(firstLineOf('\n  \r\n  First line. \nSecond')).toBe('First line.');
    expect(firstLineOf('One\u2028Two')).toBe('One');
  });

  it('skips a first line of invisible characters', () => {
    expect(firstLineOf('\u200b\u{e0020}\nReal summary')).toBe('Real summary');
  });

  it('returns undefined for no text or only blank lines', () => {
    expect(firstLineOf(undefined)).toBeUndefined();
    expect(firstLineOf(' \n\t\n')).toBeUndefined();
  });
});

describe('collapseWhitespace', () => {
  it('turns every line break and whitespace run into one space', () => {
    expect(collapseWhitespace(' a\n\n## b\r\n\tc\u2028d \u2029 e ')).toBe(
      'a ## b c d e',
    );
  });

  it('drops control characters and bidirectional overrides', () => {
    expect(collapseWhitespace('ad\u0000min\u202e\u2066x\u0007')).toBe('adminx');
  });

  it('drops invisible characters before it collapses, so none is left at an end', () => {
    expect(
      collapseWhitespace('\u200b a\u{e0041}\u2060 \ufeff\n b \u200b'),
    ).toBe('a b');
  });

  it('treats the next-line control as the line break it is', () => {
    expect(collapseWhitespace('a\u0085b')).toBe('a b');
  });
});

describe('truncateText', () => {
  it('leaves short text alone', () => {
    expect(truncateText('short', 10)).toBe('short');
  });

  it('cuts long text at a word boundary and marks the cut', () => {
    expect(truncateText('one two three four five', 16)).toBe('one two three…');
  });

  it('cuts a single long word hard, within the limit', () => {
    const cut = truncateText('x'.repeat(50), 10);
    expect(Array.from(cut)).toHaveLength(10);
    expect(cut.endsWith('…')).toBe(true);
  });
});

describe('escapeInline', () => {
  it('escapes Markdown punctuation so it reads literally', () => {
    expect(escapeInline('a*b_c`d[e]f#g|h~i\\j')).toBe(
      'a\\*b\\_c\\`d\\[e\\]f\\#g\\|h\\~i\\\\j',
    );
  });

  it('escapes HTML-significant characters as entities', () => {
    expect(escapeInline('<script>alert(1)</script> & -->')).toBe(
      '&lt;script&gt;alert(1)&lt;/script&gt; &amp; --&gt;',
    );
  });

  it('escapes what would start a list, a quote or an underline', () => {
    expect(escapeInline('- item')).toBe('\\- item');
    expect(escapeInline('+ item')).toBe('\\+ item');
    expect(escapeInline('=====')).toBe('\\=====');
    expect(escapeInline('12. item')).toBe('12\\. item');
    expect(escapeInline('3) item')).toBe('3\\) item');
    expect(escapeInline('> quote')).toBe('&gt; quote');
  });

  it('collapses a heading and a list hidden behind line breaks', () => {
    expect(escapeInline('Title\n## Injected\n- item')).toBe(
      'Title \\#\\# Injected - item',
    );
  });

  it('puts bare web and mail addresses in code spans, so none is a link', () => {
    expect(
      escapeInline(
        'Docs at https://docs.example/a_b, www.example.org or <team@x.example>.',
      ),
    ).toBe(
      'Docs at `https://docs.example/a_b`, `www.example.org` or &lt;`team@x.example`&gt;.',
    );
  });

  it('fences an address with more backticks than any run in the text', () => {
    expect(escapeInline('`` https://x.example')).toBe(
      '\\`\\` ```https://x.example```',
    );
  });

  it('joins the parts of an address split by invisible characters before it looks', () => {
    expect(escapeInline('htt\u200bps://x\u2060.example h\u{e0074}ttp')).toBe(
      '`https://x.example` http',
    );
  });

  it('leaves text with no address as it was', () => {
    expect(escapeInline('Uses lodash@4.17.21 and example.com')).toBe(
      'Uses lodash@4.17.21 and example.com',
    );
  });

  it('shortens before escaping, so no escape is cut in half', () => {
    const escaped = escapeInline(`${'a '.repeat(10)}<<<<<<<<`, 24);
    expect(escaped).not.toMatch(/&[a-z]*…/);
    expect(escaped.endsWith('…')).toBe(true);
  });
});

describe('codeOrText', () => {
  it('puts refs, tags and ids in code spans', () => {
    expect(codeOrText('component:default/checkout-service')).toBe(
      '`component:default/checkout-service`',
    );
    expect(codeOrText('c#')).toBe('`c#`');
    expect(codeOrText('SEC-004')).toBe('`SEC-004`');
  });

  it('falls back to escaped text for anything a code span cannot hold', () => {
    expect(codeOrText('x`y')).toBe('x\\`y');
    expect(codeOrText('<script>')).toBe('&lt;script&gt;');
    expect(codeOrText('domain:default/# d')).toBe('domain:default/\\# d');
  });
});
