import { sha256Hex } from './sha256Hex';

/**
 * The third header line of a generated AGENTS.md carries a digest of the
 * document's own text, so that `agent-context check` can tell a file that
 * was edited by hand from one the portal merely moved on from, even when
 * both happened. It is a separate comment line, not a fifth field of the
 * `agent-context:` line, so that older CLIs, which read that line with a
 * fixed set of fields, keep reading files that have it.
 *
 * The digest is the first 16 hex digits of the SHA-256 of the document
 * with this line taken out: the text is the document as it was rendered
 * before the digest was added, so the line covers everything else,
 * the header included. Sixteen digits are plenty to notice an edit and
 * cost fewer tokens than 64; the digest guards against mistakes, not
 * forgery (anyone can recompute it, as anyone can pull again).
 */
const TEXT_DIGEST_PREFIX = '<!-- agent-context-text: ';
const TEXT_DIGEST_LINE = /^<!-- agent-context-text: ([0-9a-f]{16}) -->$/;

function textDigestOf(text: string): string {
  return sha256Hex(text).slice(0, 16);
}

/** The digest line for a document rendered without one. */
export function renderAgentsMdTextDigest(unsigned: string): string {
  return `${TEXT_DIGEST_PREFIX}${textDigestOf(unsigned)} -->`;
}

/**
 * The digest a document carries and the document without its line, or
 * undefined when no digest line is among its opening comments. Only those
 * are searched, as for the header: a digest line pasted further down is
 * text like any other.
 */
function splitTextDigest(
  markdown: string,
): { digest: string; unsigned: string } | undefined {
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = TEXT_DIGEST_LINE.exec(lines[i]);
    if (match) {
      return {
        digest: match[1],
        unsigned: [...lines.slice(0, i), ...lines.slice(i + 1)].join('\n'),
      };
    }
    const trimmed = lines[i].trim();
    const comment = trimmed.startsWith('<!--') && trimmed.endsWith('-->');
    if (!comment && trimmed !== '') {
      return undefined;
    }
  }
  return undefined;
}

/**
 * Whether a generated AGENTS.md is still the text it was rendered as:
 * true when its digest line matches the rest of the file, false when
 * anything in it (header included) was changed since, and undefined when
 * it has no digest line among its opening comments (a file from a portal
 * that did not write one yet, or whose line was removed), so that nothing
 * can be told.
 *
 * Expects the text as the renderer writes it: `\n` line endings, no byte
 * order mark. Callers that read a checkout normalise those first.
 *
 * @public
 */
export function verifyAgentsMdText(markdown: string): boolean | undefined {
  const split = splitTextDigest(markdown);
  return split && textDigestOf(split.unsigned) === split.digest;
}

/**
 * A generated AGENTS.md without its digest line, as a portal that wrote
 * none would have rendered it; the text itself when it has none. Lets a
 * check compare a file from such a portal with a live one.
 *
 * @public
 */
export function withoutAgentsMdTextDigest(markdown: string): string {
  return splitTextDigest(markdown)?.unsigned ?? markdown;
}
