import { createHash } from 'node:crypto';
import { sha256Hex } from './sha256Hex';

describe('sha256Hex', () => {
  it('gives the digests of the standard test vectors', () => {
    expect(sha256Hex('')).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(
      sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'),
    ).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
  });

  it("agrees with Node's SHA-256 at every padding boundary and on non-ASCII text", () => {
    const texts = [
      ...[1, 55, 56, 57, 63, 64, 65, 119, 120, 128, 1000].map(n =>
        'x'.repeat(n),
      ),
      'Grüße, 日本語, emoji 👩‍💻 and a lone \u00e9',
      '<!-- agent-context: entity=component:default/cart -->\r\n\n# Cart\n',
    ];
    for (const text of texts) {
      expect(sha256Hex(text)).toBe(
        createHash('sha256').update(text, 'utf8').digest('hex'),
      );
    }
  });
});
