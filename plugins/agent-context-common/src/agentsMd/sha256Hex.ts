// The AGENTS.md renderer runs in browsers as well as in Node, and it is
// synchronous: Node's `crypto` is not there, and Web Crypto's digest is
// asynchronous. So the one digest the renderer needs is computed here, in
// plain JavaScript after FIPS 180-4; the tests hold it to Node's SHA-256.

function firstPrimes(count: number): number[] {
  const primes: number[] = [];
  for (let n = 2; primes.length < count; n++) {
    if (primes.every(p => n % p !== 0)) {
      primes.push(n);
    }
  }
  return primes;
}

/** The first 32 bits of the fractional part of `x`. */
function fraction32(x: number): number {
  return ((x - Math.floor(x)) * 0x100000000) >>> 0;
}

// The standard's constants are defined as these fractions; deriving them
// leaves no table of 72 hex numbers to mistype.
const PRIMES = firstPrimes(64);
const ROUND_CONSTANTS = PRIMES.map(p => fraction32(Math.cbrt(p)));
const INITIAL_STATE = PRIMES.slice(0, 8).map(p => fraction32(Math.sqrt(p)));

function rotateRight(x: number, n: number): number {
  return (x >>> n) | (x << (32 - n));
}

const utf8 = new TextEncoder();

/** The SHA-256 of a string's UTF-8 bytes, as 64 lowercase hex digits. */
export function sha256Hex(text: string): string {
  const bytes = utf8.encode(text);
  // The message, a 1 bit, zeros, and the length in bits as 64 bits, to a
  // whole number of 64-byte blocks.
  const padded = new Uint8Array(Math.ceil((bytes.length + 9) / 64) * 64);
  padded.set(bytes);
  padded[bytes.length] = 0x80;
  const view = new DataView(padded.buffer);
  const bits = bytes.length * 8;
  view.setUint32(padded.length - 8, Math.floor(bits / 0x100000000));
  view.setUint32(padded.length - 4, bits >>> 0);

  const state = INITIAL_STATE.slice();
  // A Uint32Array keeps every sum modulo 2^32, as the standard's words are.
  const w = new Uint32Array(64);
  for (let block = 0; block < padded.length; block += 64) {
    for (let i = 0; i < 16; i++) {
      w[i] = view.getUint32(block + i * 4);
    }
    for (let i = 16; i < 64; i++) {
      const s0 =
        rotateRight(w[i - 15], 7) ^
        rotateRight(w[i - 15], 18) ^
        (w[i - 15] >>> 3);
      const s1 =
        rotateRight(w[i - 2], 17) ^
        rotateRight(w[i - 2], 19) ^
        (w[i - 2] >>> 10);
      w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    let [a, b, c, d, e, f, g, h] = state;
    for (let i = 0; i < 64; i++) {
      const s1 = rotateRight(e, 6) ^ rotateRight(e, 11) ^ rotateRight(e, 25);
      const choice = (e & f) ^ (~e & g);
      const t1 = (h + s1 + choice + ROUND_CONSTANTS[i] + w[i]) >>> 0;
      const s0 = rotateRight(a, 2) ^ rotateRight(a, 13) ^ rotateRight(a, 22);
      const majority = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (s0 + majority) >>> 0;
      h = g;
      g = f;
      f = e;
      e = (d + t1) >>> 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) >>> 0;
    }
    [a, b, c, d, e, f, g, h].forEach((x, i) => {
      state[i] = (state[i] + x) >>> 0;
    });
  }
  return state.map(x => x.toString(16).padStart(8, '0')).join('');
}
