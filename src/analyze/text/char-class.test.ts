import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classAt, classOfUnit, widthAt, CJK, LETTER, LOWER, MARK, NUMBER, SPACE, UPPER } from './char-class.js';

const PROPERTIES: Array<[number, RegExp]> = [
  [LETTER, /^\p{L}$/u],
  [NUMBER, /^\p{N}$/u],
  [MARK, /^\p{M}$/u],
  [UPPER, /^\p{Lu}$/u],
  [LOWER, /^\p{Ll}$/u],
  [SPACE, /^\s$/u],
  [CJK, /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]$/u],
];

test('the table agrees with the Unicode property escapes on every BMP code unit', () => {
  for (let code = 0; code < 0x10000; code++) {
    const ch = String.fromCharCode(code);
    const got = classOfUnit(code);
    for (const [bit, re] of PROPERTIES) {
      if (((got & bit) !== 0) !== re.test(ch)) assert.fail(`U+${code.toString(16)}: bit ${bit} is ${(got & bit) !== 0}, ${re} says ${re.test(ch)}`);
    }
  }
});

test('code points beyond the BMP are read as pairs; lone surrogates are nothing', () => {
  const s = '𝐀𝟏😀\ud800x\udc00';
  assert.equal(widthAt(s, 0), 2);
  assert.ok(classAt(s, 0) & LETTER && classAt(s, 0) & UPPER); // MATHEMATICAL BOLD CAPITAL A
  assert.ok(classAt(s, 2) & NUMBER); // MATHEMATICAL BOLD DIGIT ONE
  assert.equal(classAt(s, 4), 0); // an emoji is neither letter nor digit
  assert.equal(widthAt(s, 6), 1);
  assert.equal(classAt(s, 6), 0); // lone high surrogate
  assert.ok(classAt(s, 7) & LOWER);
  assert.equal(classAt(s, 8), 0); // lone low surrogate
  assert.ok(classAt('𠀀', 0) & CJK); // CJK Extension B
});
