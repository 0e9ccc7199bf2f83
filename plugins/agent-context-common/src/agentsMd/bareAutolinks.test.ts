import {
  codeSpanBareAutolinks,
  findBareAutolinks,
  longestBacktickRun,
} from './bareAutolinks';

const found = (text: string) =>
  findBareAutolinks(text).map(({ start, end }) => text.slice(start, end));

describe('findBareAutolinks', () => {
  it('finds the web and mail addresses GitHub-flavoured renderers link', () => {
    expect(
      found(
        'See https://a.example/x?y=1, http://b.example, HTTPS://C.EXAMPLE, ftp://d.example/f, www.e.example and team@f.example.',
      ),
    ).toEqual([
      'https://a.example/x?y=1',
      'http://b.example',
      'HTTPS://C.EXAMPLE',
      'ftp://d.example/f',
      'www.e.example',
      'team@f.example',
    ]);
  });

  it('finds addresses inside angle brackets, brackets and after punctuation', () => {
    expect(
      found(
        '<https://a.example> (https://b.example/c). *www.d.example* x:e@f.example',
      ),
    ).toEqual([
      'https://a.example',
      'https://b.example/c',
      'www.d.example',
      'e@f.example',
    ]);
  });

  it('keeps a closing parenthesis the address opened', () => {
    expect(found('(see https://en.example/wiki/Foo_(bar)).')).toEqual([
      'https://en.example/wiki/Foo_(bar)',
    ]);
  });

  it('takes a mailto: or xmpp: prefix with the address', () => {
    expect(found('mailto:a@b.example or xmpp:c@d.example')).toEqual([
      'mailto:a@b.example',
      'xmpp:c@d.example',
    ]);
  });

  it('sees through backslash escapes, which a renderer removes before linking', () => {
    expect(found('https\\://a.example www\\.b.example c\\@d.example')).toEqual([
      'https\\://a.example',
      'www\\.b.example',
      'c\\@d.example',
    ]);
  });

  it('finds a scheme after a digit or non-Latin letter, as some renderers link it', () => {
    expect(found('1https://a.example éhttps://b.example')).toEqual([
      'https://a.example',
      'https://b.example',
    ]);
  });

  it('ends an address where a code span, HTML, a table cell or a bracket could begin', () => {
    expect(
      found('https://a.example/x`y https://b.example<c> https://c.example|d'),
    ).toEqual([
      'https://a.example/x',
      'https://b.example',
      'https://c.example',
    ]);
  });

  it('leaves text that no renderer links', () => {
    expect(
      found(
        'lodash@4.17.21, react@18.2.0, user@localhost, example.com, xhttps://a.example, https:// and www.',
      ),
    ).toEqual([]);
  });

  it('scans a long word in linear time', () => {
    const word = 'x'.repeat(200_000);
    const started = Date.now();
    expect(found(`${word}@`)).toEqual([]);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('longestBacktickRun', () => {
  it('measures the longest run', () => {
    expect(longestBacktickRun('no code')).toBe(0);
    expect(longestBacktickRun('`a` ```b``` ``c``')).toBe(3);
  });
});

describe('codeSpanBareAutolinks', () => {
  it('puts addresses in code spans with the fence asked for, and escapes the rest', () => {
    expect(
      codeSpanBareAutolinks(
        'a*b https://x.example/*y* c',
        text => text.replace(/\*/g, '\\*'),
        2,
      ),
    ).toBe('a\\*b ``https://x.example/*y``\\* c');
  });
});
