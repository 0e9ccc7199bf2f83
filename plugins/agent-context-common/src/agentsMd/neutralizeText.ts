/*
 * Catalog and convention text reaches LLMs, which read every code point,
 * and people, who see only what a font draws. Whatever one sees and the
 * other does not can carry instructions past the person reviewing them:
 * tag characters spell ASCII an LLM reads, zero-width characters and
 * variation selectors hide payloads between visible letters, bidirectional
 * controls make text display in another order than it is read. Everything
 * that serves text to an agent removes them with `neutralizeText`, so the
 * rule lives here and nowhere else (see docs/adr/0018-invisible-text-and-bare-autolinks.md).
 *
 * The ranges are spelled out rather than taken from `\p{Cf}`, so the output
 * is the same on every runtime whatever Unicode version its ICU knows.
 */

// Always removed:
// - C0 and C1 controls, except tab, line feed, vertical tab, form feed,
//   carriage return and next line, which callers treat as whitespace;
// - every format character (Unicode 15.1 category Cf) that draws nothing:
//   soft hyphen, Arabic letter mark, Mongolian vowel separator, zero-width
//   space, left-to-right and right-to-left marks, the embeddings and
//   overrides, word joiner and the invisible operators, the isolates and
//   the deprecated format characters (with the one unassigned code point
//   among them), the byte order mark, interlinear
//   annotation marks, Egyptian hieroglyph, shorthand and musical format
//   controls;
// - the whole tag block, assigned or not.
// The format characters that draw a visible sign (the Arabic number signs
// and end of ayah, the Syriac abbreviation mark, the Kaithi number signs)
// stay: they are part of the text a person reads.
/* eslint-disable no-control-regex */
const ALWAYS_REMOVED =
  /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\u00ad\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb\u{13430}-\u{1343f}\u{1bca0}-\u{1bca3}\u{1d173}-\u{1d17a}\u{e0000}-\u{e007f}]/u;
/* eslint-enable no-control-regex */

const ZWNJ = '\u200c';
const ZWJ = '\u200d';
const VARIATION_SELECTOR = /[\ufe00-\ufe0f\u{e0100}-\u{e01ef}]/u;
const IDEOGRAPHIC_VARIATION_SELECTOR = /[\u{e0100}-\u{e01ef}]/u;

/** Anything this module may change: the fast path skips text without it. */
const CANDIDATE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufe00-\ufe0f\ufeff\ufff9-\ufffb\u{13430}-\u{1343f}\u{1bca0}-\u{1bca3}\u{1d173}-\u{1d17a}\u{e0000}-\u{e007f}\u{e0100}-\u{e01ef}]/u;

const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
const EMOJI_MODIFIER_OR_PRESENTATION = /[\ufe0f\u{1f3fb}-\u{1f3ff}]/u;
// Scripts whose spelling depends on the joiners: Persian and Urdu write
// ZWNJ inside words, Indic scripts use both to choose conjunct forms.
const JOINING_SCRIPT_LETTER =
  /[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Nko}\p{Script=Mongolian}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}]/u;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const IDEOGRAPH = /\p{Ideographic}/u;

function isJoiningLetter(ch: string | undefined): boolean {
  return (
    ch !== undefined &&
    LETTER_OR_MARK.test(ch) &&
    JOINING_SCRIPT_LETTER.test(ch)
  );
}

/**
 * A joiner is kept only where it does the job it exists for, one at a
 * time: ZWJ between two emoji (👩‍💻, after an optional skin tone or emoji
 * presentation selector), ZWNJ or ZWJ between two letters of a script that
 * spells with them. A run of joiners, or one beside anything else, goes.
 */
function keepsJoiner(chars: string[], index: number): boolean {
  const next = chars[index + 1];
  let before = index - 1;
  if (
    chars[index] === ZWJ &&
    before >= 0 &&
    EMOJI_MODIFIER_OR_PRESENTATION.test(chars[before])
  ) {
    before -= 1;
  }
  const previous = before >= 0 ? chars[before] : undefined;
  if (
    chars[index] === ZWJ &&
    previous !== undefined &&
    next !== undefined &&
    PICTOGRAPHIC.test(previous) &&
    PICTOGRAPHIC.test(next)
  ) {
    return true;
  }
  return isJoiningLetter(chars[index - 1]) && isJoiningLetter(next);
}

/**
 * Text without the characters that a person cannot see but an LLM reads:
 * controls, invisible format characters (zero-width, bidirectional,
 * invisible operators, annotation marks) and tag characters. Joiners stay
 * only inside emoji sequences and between letters of scripts that need
 * them; a variation selector stays only directly after a visible
 * character, one per character (a run of them is how data is hidden behind
 * an emoji), and the ideographic ones only after an ideograph. Line breaks
 * and other whitespace are left to the caller. Deterministic, and
 * idempotent: neutralising twice changes nothing more.
 *
 * @public
 */
export function neutralizeText(text: string): string {
  if (!CANDIDATE.test(text)) {
    return text;
  }
  const chars = Array.from(text);
  let out = '';
  let last: string | undefined;
  chars.forEach((ch, index) => {
    if (ALWAYS_REMOVED.test(ch)) {
      return;
    }
    if ((ch === ZWJ || ch === ZWNJ) && !keepsJoiner(chars, index)) {
      return;
    }
    if (VARIATION_SELECTOR.test(ch)) {
      const visibleBase =
        last !== undefined &&
        !/\s/.test(last) &&
        !VARIATION_SELECTOR.test(last) &&
        last !== ZWJ &&
        last !== ZWNJ;
      if (
        !visibleBase ||
        (IDEOGRAPHIC_VARIATION_SELECTOR.test(ch) && !IDEOGRAPH.test(last!))
      ) {
        return;
      }
    }
    out += ch;
    last = ch;
  });
  return out;
}
