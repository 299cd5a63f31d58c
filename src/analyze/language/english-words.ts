/**
 * An English word list (`models/language/english-words.json`, ~85,000 lower-case words from
 * wink-eng-lite-web-model's lexicon) and the test built on it: a sentence whose every lower-case
 * word is an English word (or a plain inflection of one) is English. Short sentences ("Pavel
 * Rusu told reporters on Tuesday.") hold too few function words for `clearlyIn`, and asking
 * fastText about each of them was the language stage's largest cost. On 39,653 sentences and
 * quotations of the example corpus, the seeds and the public datasets, the test never called
 * English any of the 938 that fastText gives to another language (see models/language/README.md).
 *
 * Lookups read the words' sorted 32-bit hashes (binary search, no table to build at start); a
 * non-word shares a hash with one of the words about once in 50,000 lookups, which can only make
 * one more word count as English.
 */
import stored from '../../../models/language/english-words.json' with { type: 'json' };
import { classOfUnit, LETTER, UPPER } from '../text/char-class.js';
import { decodeWordHashes, type StoredWordList } from './word-list-codec.js';

let hashes: Uint32Array | undefined;

function table(): Uint32Array {
  hashes ??= decodeWordHashes((stored as StoredWordList).hashes);
  return hashes;
}

/** Loads the word list now rather than on first use (about a millisecond). */
export function loadEnglishWords(): void {
  table();
}

/**
 * Whether `text[start, end)` with its last `drop` letters replaced by `add` (ASCII letters, any
 * case) is a word of the list. The hash is read from the text in place: no substring.
 */
function lookup(hs: Uint32Array, text: string, start: number, end: number, drop = 0, add = ''): boolean {
  let h = 0x811c9dc5;
  for (let i = start; i < end - drop; i++) {
    const c = text.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) return false;
    h = Math.imul(h ^ c, 0x01000193);
  }
  for (let i = 0; i < add.length; i++) h = Math.imul(h ^ add.charCodeAt(i), 0x01000193);
  const key = h >>> 0;
  let lo = 0;
  let hi = hs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (hs[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo < hs.length && hs[lo] === key;
}

// Plain inflections, tried when a word is not in the list itself: the ending, and what the base ends with instead.
const INFLECTIONS: ReadonlyArray<readonly [string, string]> = [
  ['ies', 'y'],
  ['es', ''],
  ['s', ''],
  ['ed', ''],
  ['ed', 'e'],
  ['d', ''],
  ['ing', ''],
  ['ing', 'e'],
  ['ly', ''],
];

/** Whether `text[start, end)` is an English word of the list, or a plain inflection of one ("drones", "hijacked"). */
export function isEnglishWord(text: string, start: number, end: number): boolean {
  const hs = table();
  if (lookup(hs, text, start, end)) return true;
  const len = end - start;
  for (const [ending, base] of INFLECTIONS) {
    if (len <= ending.length + 2 || !endsWithLower(text, end, ending)) continue;
    if (lookup(hs, text, start, end, ending.length, base)) return true;
  }
  return false;
}

function endsWithLower(text: string, end: number, ending: string): boolean {
  for (let k = 1; k <= ending.length; k++) if ((text.charCodeAt(end - k) | 0x20) !== ending.charCodeAt(ending.length - k)) return false;
  return true;
}

// Contraction endings after an apostrophe: the word before it is looked up.
const CONTRACTIONS = new Set(['s', 're', 've', 'll', 'd', 'm']);

/**
 * True when `text[from, to)` is plainly English: at least three words start with a lower-case
 * letter and every one of them is an English word ("didn't" and "it's" count by the word before
 * the apostrophe; a word with any letter outside a–z is not English). Words are runs of letters
 * and apostrophes, as `functionWordCounts` reads them; capitalised words (names, the first word)
 * say nothing either way.
 */
export function surelyEnglish(text: string, from = 0, to = text.length): boolean {
  let lower = 0;
  let i = from;
  while (i < to) {
    if (!isWordUnit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < to && (isWordUnit(text.charCodeAt(i)) || isApostrophe(text.charCodeAt(i)))) i++;
    const first = text.charCodeAt(start);
    if ((first >= 65 && first <= 90) || (first > 127 && (classOfUnit(first) & UPPER) !== 0)) continue;
    lower++;
    if (!knownWord(text, start, i)) return false;
  }
  return lower >= 3;
}

function knownWord(text: string, start: number, end: number): boolean {
  // A trailing apostrophe ("the drivers' union") belongs to no contraction.
  while (end > start && isApostrophe(text.charCodeAt(end - 1))) end--;
  let apos = -1;
  for (let k = start; k < end; k++) {
    if (isApostrophe(text.charCodeAt(k))) {
      if (apos >= 0) return false;
      apos = k;
    }
  }
  if (apos < 0) return isEnglishWord(text, start, end);
  const tail = text.slice(apos + 1, end).toLowerCase();
  // "didn't" → "did"; "can't", "won't" → "can", "won"
  if (tail === 't' && apos - 1 > start && (text.charCodeAt(apos - 1) | 0x20) === 110) {
    return isEnglishWord(text, start, apos - 1) || isEnglishWord(text, start, apos);
  }
  return CONTRACTIONS.has(tail) && isEnglishWord(text, start, apos);
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/** A code unit that is a letter on its own (as `functionWordCounts` reads words). */
function isWordUnit(c: number): boolean {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
  return c >= 0xc0 && (classOfUnit(c) & LETTER) !== 0;
}
