import { classOfUnit, LETTER, MARK, NUMBER } from '../text/char-class.js';
import { internWord, lastLower, lastMarks, wordMarks, wordTest } from '../entities/word-table.js';
import { PARTICLE_VERBS, REPORTING_VERBS, TITLE_WORDS } from './lexicon.js';

/** A word of the text with its span; `lower` drops case and a possessive ending for lookups. */
export interface Token {
  start: number;
  end: number;
  /** `text.slice(start, end)`. */
  word: string;
  /** Lower case, without a trailing possessive `’s` / `'s` / `’`. */
  lower: string;
  /** The word ended in a possessive (`Russia’s`, `analysts’`). */
  possessive: boolean;
  /** End of the word without its possessive ending: "Sobyanin’s" → end of "Sobyanin". */
  baseEnd: number;
  /** Punctuation between the previous token (or the tokenised span's start) and this one. */
  gap: Gap;
  /** What the word is, as LEX_* bits, answered once per distinct word by the word table. */
  marks: number;
}

/** The word starts with an upper-case letter (`isCapitalized(word)`). */
export const LEX_CAPITALIZED = wordTest((word) => isCapitalized(word));
/** `lower` is a reporting verb or a particle verb's verb (what `verbAt` looks up). */
export const LEX_VERB = wordTest((_, lower) => PARTICLE_VERBS.has(lower) || REPORTING_VERBS.has(lower));
/** `lower` is a title word ("president", "minister"). */
export const LEX_TITLE = wordTest((_, lower) => TITLE_WORDS.has(lower));

/** none: spaces only; comma: a comma; hard: a stop, colon, semicolon, dash, bracket, quote mark or line break. */
export type Gap = 'none' | 'comma' | 'hard';

/** Words whose trailing period belongs to the word rather than to the sentence. */
const DOTTED = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'lt', 'col', 'sgt', 'capt', 'maj', 'jr', 'sr', 'prof', 'rep', 'sen', 'gov', 'u.s', 'u.k', 'u.n', 'e.u', 'a.m', 'p.m', 'no']);

const WORDY = LETTER | NUMBER | MARK;
const WORDY_PAIR = /[\p{L}\p{N}\p{M}]/u;

/** A letter, digit or combining mark (ASCII fast path; other code units by class table). */
function isWordUnit(c: number, text: string, i: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  // Either half of a surrogate pair is tested as the pair it may form with its neighbour, as the regex reads it.
  if (c >= 0xd800 && c <= 0xdbff) return WORDY_PAIR.test(text.slice(i, i + 2));
  if (c >= 0xdc00 && c <= 0xdfff) return i > 0 && WORDY_PAIR.test(text.slice(i - 1, i + 1));
  return (classOfUnit(c) & WORDY) !== 0;
}

const WORD_UNIT = 1;
const JOINER = 2;
/** ASCII letters and digits (WORD_UNIT) and the ASCII joiners ' . - (JOINER). */
const ASCII_KIND = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) ASCII_KIND[c] = WORD_UNIT;
  else if (c === 39 || c === 46 || c === 45) ASCII_KIND[c] = JOINER;
}

/** Characters that join two runs of letters into one word: "Russia’s", "U.S", "south-west", "3.5". */
function isJoiner(c: number): boolean {
  return c === 0x2019 || c === 39 || c === 46 || c === 45;
}

/**
 * The words of `text[from, to)` with exact offsets, and the punctuation class of each gap. One
 * left-to-right scan over character codes: linear in the span, so callers can tokenise a sentence
 * of any length (they cap how many tokens they then look at).
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  let i = from;
  let gap: Gap = 'none';
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c < 128 ? ASCII_KIND[c] !== WORD_UNIT : !isWordUnit(c, text, i)) {
      if (gap !== 'hard' && c !== 32) {
        if (HARD.has(c) || (c === 45 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i + 1) === 32))) gap = 'hard';
        else if (c === 44) gap = 'comma';
      }
      i++;
      continue;
    }
    const start = i;
    i++;
    while (i < to) {
      const d = text.charCodeAt(i);
      if (d < 128) {
        // ASCII by table: most text is, and this loop runs for every character of every word.
        const k = ASCII_KIND[d]!;
        if (k === WORD_UNIT) i++;
        else if (k === JOINER && i + 1 < to && isWordUnit(text.charCodeAt(i + 1), text, i + 1)) i += 2;
        else break;
      } else if (isWordUnit(d, text, i)) i++;
      else if (isJoiner(d) && i + 1 < to && isWordUnit(text.charCodeAt(i + 1), text, i + 1)) i += 2;
      else break;
    }
    let end = i;
    // Interned: a repeated word reuses the strings made the first time (see word-table).
    let word = internWord(text, start, end);
    let lower = lastLower();
    let marks = lastMarks();
    // Keep the period of "Mr." and of initials ("Vladimir V. Putin") inside the token.
    if (end < to && text.charCodeAt(end) === 46 && (DOTTED.has(lower) || (word.length === 1 && isCapitalized(word)))) {
      end++;
      i = end;
      word = internWord(text, start, end);
      lower = lastLower();
      marks = lastMarks();
    }
    let possessive = false;
    let baseEnd = end;
    const n = lower.length;
    const apostrophe = n > 2 ? lower.charCodeAt(n - 2) : 0;
    if (n > 2 && lower.charCodeAt(n - 1) === 115 /* s */ && (apostrophe === 0x2019 || apostrophe === 39)) {
      lower = lower.slice(0, -2);
      marks = wordMarks(word, lower);
      possessive = true;
      baseEnd = end - 2;
    } else {
      const next = text.charCodeAt(end);
      if ((next === 0x2019 || next === 39) && lower.charCodeAt(n - 1) === 115) {
        // "analysts’ views": a plural possessive leaves the apostrophe after the word.
        const after = end + 1 < text.length ? text.charCodeAt(end + 1) : 32;
        if (!isWordUnit(after, text, end + 1)) possessive = true;
      }
    }
    out.push({ start, end, word, lower, possessive, baseEnd, gap, marks });
    gap = 'none';
  }
  return out;
}

/** Starts with an upper-case letter. */
export function isCapitalized(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return /^\p{Lu}/u.test(word);
}

let cachedText: string | undefined;
let cachedTokens: readonly Token[] = [];

/**
 * The tokens of a whole text, shared by the reading stages: quotes, numbers and claims each read
 * the same text, so the last result is kept (one entry; tokens are never modified by readers).
 */
export function tokensOf(text: string): readonly Token[] {
  if (cachedText !== text) {
    cachedTokens = tokenize(text);
    cachedText = text;
  }
  return cachedTokens;
}

/** All letters upper case, two or more of them: "NATO", "MOSCOW". */
export function isAllCaps(word: string): boolean {
  const second = word.charCodeAt(1);
  if (word.length < 2 || (second >= 97 && second <= 122)) return false;
  return /^\p{Lu}[\p{Lu}\p{N}.’'\-]+$/u.test(word) && /\p{Lu}.*\p{Lu}/u.test(word);
}

const HARD = new Set(['.', '!', '?', ';', ':', '(', ')', '[', ']', '—', '–', '"', '“', '”', '«', '»', '„', '‘', '\n', '…', '|'].map((c) => c.charCodeAt(0)));

/** Classifies the characters between two tokens. */
export function classifyGap(text: string, from: number, to: number): Gap {
  let gap: Gap = 'none';
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) continue;
    if (HARD.has(c)) return 'hard';
    if (c === 45 /* - */ && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i + 1) === 32)) return 'hard';
    if (c === 44 /* , */) gap = 'comma';
  }
  return gap;
}

/** The index of the first token whose start is at or after `pos` (binary search). */
export function tokenAt(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
