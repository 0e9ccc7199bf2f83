import { collapseWhitespace, escapeInline } from './escapeMarkdown';

// Characters that may stay as they are in a URL inside a Markdown link or
// autolink. Everything else, notably spaces, quotes, `<`, `>`, `(`, `)`, `[`,
// `]`, backslashes and backticks, is percent-encoded so that it cannot end
// the link early, open HTML or close the header comment.
const URL_SAFE = /[A-Za-z0-9\-._~:/?#@!$&'*+,;=%]/;
const utf8 = new TextEncoder();

function percentEncode(url: string): string {
  let out = '';
  for (const ch of url) {
    if (URL_SAFE.test(ch)) {
      out += ch;
    } else {
      for (const byte of utf8.encode(ch)) {
        out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
      }
    }
  }
  // A `%` that does not start an escape would make the URL invalid.
  return out.replace(/%(?![0-9A-Fa-f]{2})/g, '%25');
}

/**
 * The URL as it may appear in a link, or undefined when it is not a web
 * link: only http(s) URLs, and portal paths (`/docs/...`) which are
 * resolved against the portal. `javascript:`, `data:`, `file:` and other
 * schemes, protocol-relative `//host` URLs and bare words are refused.
 * Invisible characters are removed first (see `neutralizeText`); anything
 * that could end a Markdown link is percent-encoded.
 *
 * @public
 */
export function toSafeUrl(
  url: string | undefined,
  portalUrl?: string,
): string | undefined {
  if (!url) {
    return undefined;
  }
  const trimmed = collapseWhitespace(url);
  if (/^https?:\/\/[^/\s]/i.test(trimmed)) {
    return percentEncode(trimmed);
  }
  if (portalUrl && /^\/(?!\/)/.test(trimmed)) {
    const base = toSafeUrl(portalUrl);
    return base
      ? `${base.replace(/\/+$/, '')}${percentEncode(trimmed)}`
      : undefined;
  }
  return undefined;
}

/**
 * A bare URL as an autolink (`<https://...>`), or as escaped text when it
 * is not a web link, so the reader still sees what the catalog says.
 *
 * @public
 */
export function renderUrl(url: string, portalUrl?: string): string {
  const safe = toSafeUrl(url, portalUrl);
  return safe ? `<${safe}>` : escapeInline(url, 200);
}

/**
 * A titled link (`[title](url)`); the bare URL when there is no title; the
 * escaped title and URL as text when the URL is not a web link.
 *
 * @public
 */
export function renderLink(
  title: string | undefined,
  url: string,
  portalUrl?: string,
): string {
  const text = title ? escapeInline(title, 80) : '';
  if (!text) {
    return renderUrl(url, portalUrl);
  }
  const safe = toSafeUrl(url, portalUrl);
  return safe ? `[${text}](${safe})` : `${text}: ${escapeInline(url, 200)}`;
}
