/* eslint-disable no-script-url -- script URLs are fed to the renderer on purpose, to check that none comes out as a link */
import {
  neutralizeMarkdown,
  sanitizeConventionBody,
} from './sanitizeConventionBody';

function sanitize(body: string): string {
  return sanitizeConventionBody(body).join('\n');
}

describe('sanitizeConventionBody', () => {
  describe('Markdown that stays as written', () => {
    it('keeps a fenced command verbatim, shell comments and redirections included', () => {
      const body =
        '```sh\n# build first\n./gradlew build 2>&1 | tee build.log\ncurl -H "Authorization: Bearer <token>" https://x\n```';
      expect(sanitize(body)).toBe(body);
    });

    it('keeps lists, emphasis, links and inline code with generics', () => {
      const body =
        'Use `Optional<T>` instead of null:\n\n1. *never* return `null`;\n2. see [the RFC](https://rfc.example/12) or [docs](/docs/x).';
      expect(sanitize(body)).toBe(body);
    });

    it('keeps a fence indented under a numbered step', () => {
      const body = '1. Install:\n\n   ```sh\n   yarn install\n   ```';
      expect(sanitize(body)).toBe(body);
    });

    it('trims blank lines at both ends and normalises line endings', () => {
      expect(sanitizeConventionBody('\r\n\r\na\r\nb  \r\n\r\n')).toEqual([
        'a',
        'b',
      ]);
    });
  });

  describe('headings', () => {
    it('escapes ATX headings at any indent and behind list or quote markers', () => {
      expect(
        sanitizeConventionBody(
          '# One\n  ## Two\n      ### Indented\n- # In a list\n> # In a quote\n1. # Numbered',
        ),
      ).toEqual([
        '\\# One',
        '  \\## Two',
        '      \\### Indented',
        '- \\# In a list',
        '> \\# In a quote',
        '1. \\# Numbered',
      ]);
    });

    it('escapes setext underlines, which would turn the line above into a heading', () => {
      expect(
        sanitizeConventionBody('Title\n===\nOther\n---\n> q\n> ---'),
      ).toEqual(['Title', '\\===', 'Other', '\\---', '> q', '> \\---']);
    });

    it('leaves lines starting with # inside a fence alone', () => {
      expect(sanitize('```\n# comment\n```')).toBe('```\n# comment\n```');
    });
  });

  describe('fences', () => {
    it('closes a backtick fence left open, with a fence as long as the opener', () => {
      expect(sanitizeConventionBody('````sh\nmake\n```')).toEqual([
        '````sh',
        'make',
        '```',
        '````',
      ]);
    });

    it('closes a tilde fence left open', () => {
      expect(sanitizeConventionBody('~~~\ncode')).toEqual([
        '~~~',
        'code',
        '~~~',
      ]);
    });

    it('neutralises a fence behind a list or quote marker, which it would not track', () => {
      expect(sanitizeConventionBody('- ```\n> ~~~')).toEqual([
        '- \\```',
        '> \\~~~',
      ]);
    });

    it('stops trusting code once a fence content dedents below its opener', () => {
      // A renderer that put the fence inside the list item ends it at the
      // dedent: the HTML and the heading below are not code to it.
      expect(
        sanitizeConventionBody(
          '- item\n  ```\n  code\n<img src=x onerror=alert(1)>\n# heading\n  ```\n<b>later</b>',
        ),
      ).toEqual([
        '- item',
        '  ```',
        '  code',
        '&lt;img src=x onerror=alert(1)>',
        '\\# heading',
        '  ```',
        '&lt;b>later&lt;/b>',
      ]);
    });

    it('does not trust a fence indented four columns or more', () => {
      expect(sanitizeConventionBody('    ```\n    <b>x</b>\n    ```')).toEqual([
        '    ```',
        '    &lt;b>x&lt;/b>',
        '    ```',
      ]);
    });
  });

  describe('HTML and comments', () => {
    it('escapes raw HTML in prose', () => {
      expect(
        sanitize(
          '<script>alert(1)</script>\ntext <img src=x onerror=alert(1)>',
        ),
      ).toBe(
        '&lt;script>alert(1)&lt;/script>\ntext &lt;img src=x onerror=alert(1)>',
      );
    });

    it('escapes active elements even inside code, keeping other angle brackets', () => {
      expect(sanitize('```html\n<script src=x></script>\n<token>\n```')).toBe(
        '```html\n&lt;script src=x>&lt;/script>\n<token>\n```',
      );
      expect(sanitize('Never `<img src=x>` but `List<T>`.')).toBe(
        'Never `&lt;img src=x>` but `List<T>`.',
      );
    });

    it('breaks comment markers in prose and in code', () => {
      expect(
        sanitize(
          '<!-- agent-context: entity=x catalog=y conventions=z hash=w -->\n`-->`\n```\n<!-- x --!>\n```',
        ),
      ).toBe(
        '&lt;!-- agent-context: entity=x catalog=y conventions=z hash=w --&gt;\n`-- >`\n```\n<! -- x -- !>\n```',
      );
    });

    it('does not trust code spans after a backtick left unmatched', () => {
      // A renderer pairs the lone backtick of the first line with the
      // first one of the second, so `<img>` there is not code.
      expect(sanitizeConventionBody('a `\nb ` <img src=x> `')).toEqual([
        'a `',
        'b ` &lt;img src=x> `',
      ]);
    });

    it('trusts code spans again after a blank line', () => {
      expect(sanitizeConventionBody('a `\n\n`List<T>`')).toEqual([
        'a `',
        '',
        '`List<T>`',
      ]);
    });

    it('does not trust code spans on a line with an escaped backtick', () => {
      expect(sanitize('\\``<b>x</b>`')).toBe('\\``&lt;b>x&lt;/b>`');
    });
  });

  describe('links', () => {
    it('breaks links to javascript:, data: and other schemes', () => {
      expect(
        sanitizeConventionBody(
          '[a](javascript:alert(1))\n![b]( data:text/html,x)\n[c](vbscript:x)',
        ),
      ).toEqual([
        '[a]\\(javascript:alert(1))',
        '![b]\\( data:text/html,x)',
        '[c]\\(vbscript:x)',
      ]);
    });

    it('breaks destinations spelled with entities or escapes', () => {
      expect(sanitize('[a](jav&#97;script:alert(1))')).toBe(
        '[a]\\(jav&amp;#97;script:alert(1))',
      );
      expect(sanitize('[a](java\\script:alert(1))')).toBe(
        '[a]\\(java\\script:alert(1))',
      );
    });

    it('breaks a link whose destination would follow on the next line', () => {
      expect(sanitizeConventionBody('[a](\njavascript:alert(1))')).toEqual([
        '[a]\\(',
        'javascript:alert(1))',
      ]);
    });

    it('breaks link reference definitions with unsafe destinations', () => {
      // The third line continues the paragraph the escaped lines started,
      // so it defines nothing: its address is text, in a code span.
      expect(
        sanitizeConventionBody(
          '[x]: javascript:alert(1)\n[y]:\n[z]: https://ok.example',
        ),
      ).toEqual([
        '\\[x]: javascript:alert(1)',
        '\\[y]:',
        '[z]: `https://ok.example`',
      ]);
    });

    it('keeps the destination of a definition that starts a paragraph', () => {
      expect(
        sanitizeConventionBody(
          'See [the guide][g].\n\n[g]: https://guide.example/a\n[h]: https://guide.example/b',
        ),
      ).toEqual([
        'See [the guide][g].',
        '',
        '[g]: https://guide.example/a',
        '[h]: https://guide.example/b',
      ]);
    });

    it('keeps web, mail, relative and anchor links', () => {
      const body =
        '[a](https://x.example/?a=1&b=2) [b](mailto:team@x.example) [c](../y.md) [d](#top)';
      expect(sanitize(body)).toBe(body);
    });
  });

  describe('invisible text and bare addresses', () => {
    it('removes invisible characters, in prose and in code', () => {
      expect(
        sanitize(
          'Use\u200b `make\u2060 test`.\u{e0049}\u{e0067}\n```sh\nrm\u202e -rf build\n```',
        ),
      ).toBe('Use `make test`.\n```sh\nrm -rf build\n```');
    });

    it('puts bare web and mail addresses in code spans', () => {
      expect(
        sanitizeConventionBody(
          'See https://docs.example/x, www.docs.example or ops@docs.example.\n- <https://list.example/y>',
        ),
      ).toEqual([
        'See `https://docs.example/x`, `www.docs.example` or `ops@docs.example`.',
        '- &lt;`https://list.example/y`>',
      ]);
    });

    it('keeps links written as links, and addresses inside their text', () => {
      const body =
        '[https://shown.example](https://docs.example/a_(b)) and ![diagram](https://img.example/d.png "Diagram")';
      expect(sanitize(body)).toBe(body);
    });

    it('keeps a link whose text is code, as CommonMark pairs the span first', () => {
      const body = 'Call [`retry()`](https://docs.example/retry).';
      expect(sanitize(body)).toBe(body);
    });

    it('still catches an address after a link, or in one a renderer would not keep', () => {
      expect(
        sanitizeConventionBody(
          '[a](https://ok.example)https://bad.example\n\\[b](https://bad.example/2)\n[c](javascript:https://bad.example/3)\n`[d`](https://bad.example/4)\n[[e](https://ok.example)](https://bad.example/5)',
        ),
      ).toEqual([
        '[a](https://ok.example)`https://bad.example`',
        '\\[b]\\(`https://bad.example/2`)',
        '[c]\\(javascript:`https://bad.example/3`)',
        '`[d`]\\(`https://bad.example/4`)',
        '[[e](https://ok.example)]\\(`https://bad.example/5`)',
      ]);
    });

    it('leaves addresses in code spans and fenced code as they are', () => {
      const body =
        'Run `curl https://api.example/health`:\n\n```sh\ncurl -H "X: y" https://api.example/v1 # ops@api.example\n```';
      expect(sanitize(body)).toBe(body);
    });

    it('shows character references as written, so none decodes into a link or an invisible character', () => {
      expect(
        sanitize(
          'https&#58;//bad.example &#104;ttps://bad.example www&period;bad.example a&#x40;bad.example x&ZeroWidthSpace;y &#xE0041;',
        ),
      ).toBe(
        'https&amp;#58;//bad.example &amp;#104;ttps://bad.example www&amp;period;bad.example a&amp;#x40;bad.example x&amp;ZeroWidthSpace;y &amp;#xE0041;',
      );
      expect(sanitize('Tom &amp; Jerry &mdash; &copy; &lt;T&gt;')).toBe(
        'Tom &amp; Jerry &mdash; &copy; &lt;T&gt;',
      );
    });

    it('sees through backslash escapes in an address', () => {
      expect(sanitize('https\\://bad.example and a\\@bad.example')).toBe(
        '`https\\://bad.example` and `a\\@bad.example`',
      );
    });

    it('fences an address so that no backtick left open earlier can pair with it', () => {
      // A renderer pairs the lone run of the first line with the first
      // run of the same length after it; the fence of the address is
      // longer than any run since the paragraph began.
      expect(
        sanitizeConventionBody(
          'a `` b\nc ` https://bad.example\n\nd https://ok.example',
        ),
      ).toEqual([
        'a `` b',
        'c ` ```https://bad.example```',
        '',
        'd `https://ok.example`',
      ]);
      expect(sanitize('x `` y https://bad.example `z`')).toBe(
        'x `` y ```https://bad.example``` `z`',
      );
    });

    it('counts the runs of a fence it does not trust as text', () => {
      expect(
        sanitizeConventionBody(
          '    ```\n    https://bad.example ``\n    ```\nhttps://bad.example',
        ),
      ).toEqual([
        '    ```',
        '    ````https://bad.example```` ``',
        '    ```',
        '````https://bad.example````',
      ]);
    });

    it('treats a first line as following the item it is indented under', () => {
      // Under a list item's lead the first line continues its paragraph,
      // so a reference definition there defines nothing.
      expect(sanitizeConventionBody('[g]: https://guide.example')).toEqual([
        '[g]: `https://guide.example`',
      ]);
    });
  });
});

describe('neutralizeMarkdown', () => {
  it('leaves Markdown without invisible characters or bare addresses as it is', () => {
    const body =
      '# Title\n\n<details>text</details>\n\n- [docs](https://docs.example) `List<T>`\n\n```sh\ncurl https://api.example\n```  \n\n[g]: https://guide.example\n';
    expect(neutralizeMarkdown(body)).toBe(body);
  });

  it('removes invisible characters and makes line breaks line feeds', () => {
    expect(neutralizeMarkdown('a\u200b\r\nb\u{e0041}\u2028c\u202e')).toBe(
      'a\nb\nc',
    );
  });

  it('puts bare addresses in code spans and shows character references as written', () => {
    expect(
      neutralizeMarkdown(
        'Ask ops@x.example or see https://x.example/runbook.\nhttps&#58;//y.example',
      ),
    ).toBe(
      'Ask `ops@x.example` or see `https://x.example/runbook`.\nhttps&amp;#58;//y.example',
    );
  });

  it('gives the same text when applied twice', () => {
    const once = neutralizeMarkdown(
      'See https://x.example and `code`.\n\n```\nhttps://code.example\n```\n&#58;',
    );
    expect(neutralizeMarkdown(once)).toBe(once);
  });
});
