/**
 * Unicode character classes of code points (letter, digit, mark, upper, lower case) from a table
 * filled on first sight of each code unit, so hand-written scanners test a character with one
 * array read instead of a Unicode-property regular expression.
 */

/** `\p{L}`. */
export const LETTER = 1;
/** `\p{N}`. */
export const NUMBER = 2;
/** `\p{M}`. */
export const MARK = 4;
/** `\p{Lu}`. */
export const UPPER = 8;
/** `\p{Ll}`. */
export const LOWER = 16;
/** `\s` (JavaScript white space and line terminators). */
export const SPACE = 32;
/** Han, Hiragana, Katakana or Hangul script: writing that does not space its words. */
export const CJK = 64;

const KNOWN = 128;
const bmp = new Uint8Array(0x10000);

const IS_L = /^\p{L}$/u;
const IS_N = /^\p{N}$/u;
const IS_M = /^\p{M}$/u;
const IS_LU = /^\p{Lu}$/u;
const IS_LL = /^\p{Ll}$/u;
const IS_S = /^\s$/u;
const IS_CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]$/u;

function compute(ch: string): number {
  return (
    (IS_L.test(ch) ? LETTER : 0) |
    (IS_N.test(ch) ? NUMBER : 0) |
    (IS_M.test(ch) ? MARK : 0) |
    (IS_LU.test(ch) ? UPPER : 0) |
    (IS_LL.test(ch) ? LOWER : 0) |
    (IS_S.test(ch) ? SPACE : 0) |
    (IS_CJK.test(ch) ? CJK : 0)
  );
}

/**
 * Class bits of the code unit `code` taken alone (a lone surrogate has none). For code points
 * beyond the BMP use {@link classAt}.
 */
export function classOfUnit(code: number): number {
  const c = bmp[code]!;
  if (c !== 0) return c & ~KNOWN;
  const v = compute(String.fromCharCode(code));
  bmp[code] = v | KNOWN;
  return v;
}

const astral = new Map<number, number>();

/** Class bits of the code point starting at `i` in `s`, and its width in code units (1 or 2) via {@link widthAt}. */
export function classAt(s: string, i: number): number {
  const code = s.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff) return classOfUnit(code);
  const next = s.charCodeAt(i + 1);
  if (!(next >= 0xdc00 && next <= 0xdfff)) return classOfUnit(code);
  const cp = (code - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000;
  let v = astral.get(cp);
  if (v === undefined) {
    v = compute(String.fromCodePoint(cp));
    astral.set(cp, v);
  }
  return v;
}

/** Code units of the code point starting at `i`: 2 for a surrogate pair, else 1. */
export function widthAt(s: string, i: number): number {
  const code = s.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff) return 1;
  const next = s.charCodeAt(i + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

/** `\s`: JavaScript white space or a line terminator (ASCII fast path). */
export function isSpaceCode(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return (classOfUnit(code) & SPACE) !== 0;
}
