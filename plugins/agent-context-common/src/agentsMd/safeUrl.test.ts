/* eslint-disable no-script-url -- script URLs are fed to the renderer on purpose, to check that none comes out as a link */
import { renderLink, renderUrl, toSafeUrl } from './safeUrl';

const portal = 'https://portal.example.com/';

describe('toSafeUrl', () => {
  it('keeps http and https URLs', () => {
    expect(toSafeUrl('https://example.com/a?b=1&c=2#d')).toBe(
      'https://example.com/a?b=1&c=2#d',
    );
    expect(toSafeUrl('HTTP://example.com')).toBe('HTTP://example.com');
  });

  it('resolves portal paths against the portal URL', () => {
    expect(toSafeUrl('/docs/default/component/x', portal)).toBe(
      'https://portal.example.com/docs/default/component/x',
    );
  });

  it('refuses other schemes, protocol-relative URLs and bare words', () => {
    for (const url of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'file:///etc/passwd',
      '//evil.example/x',
      'docs/readme',
      'https://',
      '',
    ]) {
      expect(toSafeUrl(url, portal)).toBeUndefined();
    }
  });

  it('percent-encodes what could end a link, open HTML or close a comment', () => {
    expect(toSafeUrl('https://e.com/a b<c>(d)"e`f\\g-->')).toBe(
      'https://e.com/a%20b%3Cc%3E%28d%29%22e%60f%5Cg--%3E',
    );
  });

  it('encodes a stray percent sign but keeps existing escapes', () => {
    expect(toSafeUrl('https://e.com/100%/a%20b')).toBe(
      'https://e.com/100%25/a%20b',
    );
  });

  it('collapses line breaks so a URL cannot add lines', () => {
    expect(toSafeUrl('https://e.com/a\n# b')).toBe('https://e.com/a%20#%20b');
  });
});

describe('renderUrl', () => {
  it('renders a web URL as an autolink', () => {
    expect(renderUrl('https://e.com/x')).toBe('<https://e.com/x>');
  });

  it('renders anything else as escaped text, never as a link', () => {
    expect(renderUrl('javascript:alert(1)')).toBe('javascript:alert(1)');
    expect(renderUrl('[x](javascript:alert(1))')).toBe(
      '\\[x\\](javascript:alert(1))',
    );
  });
});

describe('renderLink', () => {
  it('renders a titled web link with an escaped title', () => {
    expect(renderLink('#team *chat*', 'https://chat.example/c')).toBe(
      '[\\#team \\*chat\\*](https://chat.example/c)',
    );
  });

  it('renders the URL alone when there is no title', () => {
    expect(renderLink(undefined, 'https://e.com')).toBe('<https://e.com>');
  });

  it('renders title and URL as text when the URL is not a web link', () => {
    expect(renderLink('click', 'javascript:alert(1)')).toBe(
      'click: javascript:alert(1)',
    );
  });
});
