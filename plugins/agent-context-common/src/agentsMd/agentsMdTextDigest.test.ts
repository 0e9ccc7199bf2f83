import { countTokens } from 'gpt-tokenizer';
import { createHash } from 'node:crypto';
import {
  checkoutRenderOptions,
  checkoutServiceContext,
} from './__fixtures__/checkoutServiceContext';
import {
  verifyAgentsMdText,
  withoutAgentsMdTextDigest,
} from './agentsMdTextDigest';
import { renderAgentsMd } from './renderAgentsMd';

const { markdown } = renderAgentsMd(
  checkoutServiceContext,
  checkoutRenderOptions,
);
const lines = markdown.split('\n');
const DIGEST_LINE = /^<!-- agent-context-text: [0-9a-f]{16} -->$/;

/** The document with its line at `index` replaced. */
function withLine(index: number, line: string): string {
  return [...lines.slice(0, index), line, ...lines.slice(index + 1)].join('\n');
}

describe('verifyAgentsMdText', () => {
  it('accepts the document as rendered', () => {
    expect(lines[2]).toMatch(DIGEST_LINE);
    expect(verifyAgentsMdText(markdown)).toBe(true);
  });

  it('accepts a document fitted to a token budget', () => {
    const budgeted = renderAgentsMd(checkoutServiceContext, {
      ...checkoutRenderOptions,
      maxTokens: 300,
      countTokens,
    });
    expect(budgeted.omitted).not.toEqual([]);
    expect(verifyAgentsMdText(budgeted.markdown)).toBe(true);
  });

  it('carries the SHA-256 of the document without its digest line', () => {
    const unsigned = markdown.replace(/^<!-- agent-context-text: .*\n/m, '');
    const sha256 = createHash('sha256').update(unsigned).digest('hex');
    expect(lines[2]).toBe(
      `<!-- agent-context-text: ${sha256.slice(0, 16)} -->`,
    );
  });

  it('notices one character changed in the body', () => {
    const at = markdown.indexOf('Checkout Team');
    const edited = `${markdown.slice(0, at)}checkout Team${markdown.slice(
      at + 'Checkout Team'.length,
    )}`;
    expect(verifyAgentsMdText(edited)).toBe(false);
  });

  it('notices a line removed, a line added and a changed header', () => {
    const body = lines.findIndex(line => line.startsWith('# '));
    expect(
      verifyAgentsMdText(
        [...lines.slice(0, body), ...lines.slice(body + 1)].join('\n'),
      ),
    ).toBe(false);
    expect(verifyAgentsMdText(`${markdown}Always run the tests.\n`)).toBe(
      false,
    );
    expect(
      verifyAgentsMdText(withLine(1, lines[1].replace(/hash=\S+/, 'hash=x'))),
    ).toBe(false);
    expect(verifyAgentsMdText(`\n${markdown}`)).toBe(false);
  });

  it('notices a digest line that was changed', () => {
    expect(
      verifyAgentsMdText(
        withLine(2, '<!-- agent-context-text: 0000000000000000 -->'),
      ),
    ).toBe(false);
  });

  it('cannot tell without a digest line among the opening comments', () => {
    const withoutDigest = [...lines.slice(0, 2), ...lines.slice(3)].join('\n');
    expect(verifyAgentsMdText(withoutDigest)).toBeUndefined();
    expect(
      verifyAgentsMdText(`# Notes\n\n${lines[2]}\n${markdown}`),
    ).toBeUndefined();
    expect(verifyAgentsMdText('')).toBeUndefined();
  });

  it('expects the line endings the renderer writes; callers normalise a checkout', () => {
    expect(verifyAgentsMdText(markdown.replace(/\n/g, '\r\n'))).toBeUndefined();
  });
});

describe('withoutAgentsMdTextDigest', () => {
  it('takes out the digest line and nothing else', () => {
    expect(withoutAgentsMdTextDigest(markdown)).toBe(
      [...lines.slice(0, 2), ...lines.slice(3)].join('\n'),
    );
  });

  it('leaves a text without a digest line among its opening comments as it is', () => {
    const text = `# Notes\n\n${lines[2]}\n`;
    expect(withoutAgentsMdTextDigest(text)).toBe(text);
  });
});
