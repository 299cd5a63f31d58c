/**
 * A hand tokenizer for entity reading: word tokens with exact offsets and the few facts about
 * case and punctuation that name detection needs. It is one regular-expression pass plus one
 * pass over the sentence spans, linear in the text; wink-nlp would add POS tags we do not use
 * at several times the cost.
 */
import type { Range } from '../../model/span.js';
import { textSentences } from '../text/sentences.js';
import { classAt, LETTER, MARK, NUMBER, widthAt } from '../text/char-class.js';

export interface Token {
  /** Offsets into the text; a trailing possessive 's is not part of the token. */
  start: number;
  end: number;
  text: string;
  /** `text` in lower case, computed once: the rules look words up by it many times. */
  lc: string;
  /** First character is an upper-case letter. */
  cap: boolean;
  /** Two or more letters, all upper case (NATO, MOSCOW). */
  upper: boolean;
  /** First character is a lower-case letter. */
  lower: boolean;
  /** Followed by a possessive 's / ’s. */
  poss: boolean;
  /** Followed directly by a full stop (Mr., initials, St.). */
  dot: boolean;
  /** Separated from the previous token by spaces only, on the same line (or by ". " after an initial). */
  join: boolean;
  /** First word of a sentence, line, quotation or clause after a colon: its capital says little. */
  opening: boolean;
  /** In a headline-like line (Title Case or ALL CAPS): capitals say nothing there. */
  weak: boolean;
  /** Too long to be a name (adversarial input): never part of an entity. */
  junk: boolean;
  /** Index of its sentence in `sentences`. */
  sentence: number;
}

export interface Tokenized {
  tokens: Token[];
  sentences: readonly Range[];
}

const UPPER_START = /^\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;
const HAS_LOWER = /\p{Ll}/u;
const LETTERS2 = /\p{L}.*\p{L}/u;
/** Hyphen parts that keep a compound together although lower case: Rostov-on-Don, Komsomolsk-na-Amure. */
const HYPHEN_CONNECTORS = new Set(['on', 'na', 'de', 'du', 'des', 'la', 'le', 'les', 'sur', 'am', 'an', 'upon', 'en', 'del', 'di', 'da', 'im', 'ob', 'nad', 'pod', 'bin', 'al', 'el', 'ul', 'ad']);
/** Abbreviations after which ". " does not break a name: St. Petersburg, Vladimir V. Putin, Mr. Putin. */
const DOTTED = new Set(['St', 'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Sgt', 'Adm', 'Sen', 'Rep', 'Gov', 'Jr', 'Sr', 'Ft', 'Mt']);
const OPENERS = new Set(['“', '"', '«', '‘', "'", '(', '[', '—', '–', ':', '„', '‹', '•', '*', '-']);
const MAX_TOKEN = 60;

/** Splits `text` into word tokens and sentence spans (via the shared sentence splitter). */
export function tokenize(text: string): Tokenized {
  const sentences = textSentences(text);
  const tokens: Token[] = [];
  let next = 0;
  for (let start = nextWord(text, 0); start < text.length; start = nextWord(text, next)) {
    next = wordEnd(text, start);
    let end = next;
    let poss = false;
    let word = text.slice(start, end);
    const len = word.length;
    if (len > 2 && (word.charCodeAt(len - 1) === 115 /* s */ && (word.charCodeAt(len - 2) === 39 || word.charCodeAt(len - 2) === 0x2019))) {
      end -= 2;
      word = word.slice(0, -2);
      poss = true;
    }
    const parts = word.includes('-') || word.includes('‐') || word.includes('‑') ? splitCompound(word) : undefined;
    if (parts === undefined) {
      tokens.push(makeToken(text, start, end, word, poss));
      continue;
    }
    tokens.push(makeToken(text, start, start + parts, word.slice(0, parts), false));
    tokens.push(makeToken(text, start + parts + 1, end, word.slice(parts + 1), poss));
  }
  markContext(text, tokens, sentences);
  return { tokens, sentences };
}

// Words are the matches of /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-‐‑'’.][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*\/gu,
// found by a scan over character classes rather than by the regular expression (the stage's
// largest single cost): a letter or digit, then letters, marks and digits, then parts joined by a
// hyphen, apostrophe or full stop that is followed by a letter or digit.
const LN = LETTER | NUMBER;
const LMN = LETTER | MARK | NUMBER;

/** Where the next word starts at or after `i` (the text's length when there is none). */
function nextWord(text: string, i: number): number {
  while (i < text.length && (classAt(text, i) & LN) === 0) i += widthAt(text, i);
  return i;
}

/** Where the word starting at `start` ends. */
function wordEnd(text: string, start: number): number {
  const n = text.length;
  let i = start + widthAt(text, start);
  for (;;) {
    while (i < n && (classAt(text, i) & LMN) !== 0) i += widthAt(text, i);
    const c = text.charCodeAt(i);
    const joiner = c === 45 || c === 0x2010 || c === 0x2011 || c === 39 || c === 0x2019 || c === 46;
    if (!joiner || i + 1 >= n || (classAt(text, i + 1) & LN) === 0) return i;
    i += 1 + widthAt(text, i + 1);
  }
}

/** Where to split "Kremlin-area" or "Moscow-based" (a capitalised head, a lower-case rest). */
function splitCompound(word: string): number | undefined {
  if (word.length > MAX_TOKEN || !UPPER_START.test(word)) return undefined;
  for (let h = indexOfHyphen(word, 0); h !== -1; h = indexOfHyphen(word, h + 1)) {
    const next = word[h + 1] ?? '';
    if (!LOWER_START.test(next)) continue;
    let e = h + 1;
    while (e < word.length && /\p{L}/u.test(word[e]!)) e++;
    if (!HYPHEN_CONNECTORS.has(word.slice(h + 1, e))) return h;
  }
  return undefined;
}

function indexOfHyphen(word: string, from: number): number {
  for (let i = from; i < word.length; i++) {
    const c = word[i];
    if (c === '-' || c === '‐' || c === '‑') return i;
  }
  return -1;
}

function makeToken(text: string, start: number, end: number, word: string, poss: boolean): Token {
  const junk = word.length > MAX_TOKEN;
  const c = word.charCodeAt(0);
  // ASCII fast paths; the Unicode classes only for other scripts.
  const cap = !junk && (c < 128 ? c >= 65 && c <= 90 : UPPER_START.test(word));
  const lower = !junk && (c < 128 ? c >= 97 && c <= 122 : LOWER_START.test(word));
  return {
    start,
    end,
    text: word,
    lc: word.toLowerCase(),
    cap,
    upper: cap && word.length > 1 && isUpperWord(word),
    lower,
    poss,
    dot: text.charCodeAt(poss ? end + 2 : end) === 46,
    join: false,
    opening: false,
    weak: false,
    junk,
    sentence: 0,
  };
}

/** Fills join, opening, weak and sentence, in one pass over tokens, sentences and lines. */
/** Two or more letters and no lower-case letter. */
function isUpperWord(word: string): boolean {
  let letters = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters++;
    else if (c >= 128) return LETTERS2.test(word) && !HAS_LOWER.test(word);
  }
  return letters >= 2;
}

function markContext(text: string, tokens: Token[], sentences: readonly Range[]): void {
  let s = 0;
  let lineStart = 0;
  let lineFirst = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (s < sentences.length - 1 && sentences[s]![1] <= t.start) s++;
    t.sentence = s;
    const prev = tokens[i - 1];
    const gapFrom = prev ? prev.end + (prev.poss ? 2 : 0) : 0;
    // Only the gap is scanned, so the whole pass stays linear however long the lines are.
    const newline = lastNewline(text, gapFrom, t.start);
    const newLine = newline !== -1;
    if (newLine || i === 0) {
      markWeakLine(text, tokens, lineFirst, i, lineStart);
      lineFirst = i;
      lineStart = newline + 1;
    }
    t.join = prev !== undefined && !prev.poss && !newLine && joins(text, prev, gapFrom, t.start);
    t.opening = prev === undefined || prev.sentence !== s || newLine || precededByOpener(text, gapFrom, t.start);
  }
  markWeakLine(text, tokens, lineFirst, tokens.length, lineStart);
}

function lastNewline(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (text.charCodeAt(i) === 10) return i;
  return -1;
}

function joins(text: string, prev: Token, from: number, to: number): boolean {
  if (to - from > 3) return false;
  let i = from;
  if (text.charCodeAt(i) === 46 /* . */) {
    if (!(DOTTED.has(prev.text) || /^\p{Lu}$/u.test(prev.text))) return false;
    i++;
  }
  if (i >= to) return false;
  for (; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 0xa0 && c !== 9) return false;
  }
  return true;
}

function precededByOpener(text: string, from: number, to: number): boolean {
  for (let i = to - 1; i >= from; i--) {
    const c = text[i]!;
    if (c === ' ' || c === '\u00a0' || c === '\t') continue;
    return OPENERS.has(c);
  }
  return false;
}

/**
 * A line is headline-like when most of its longer words are capitalised (Title Case) or most of
 * its letters are capitals. Long lines are prose whatever their case ratio.
 */
function markWeakLine(text: string, tokens: Token[], from: number, to: number, lineStart: number): void {
  if (to <= from) return;
  const last = tokens[to - 1]!;
  if (last.end - lineStart > 400) return;
  let long = 0;
  let capital = 0;
  let upper = 0;
  let words = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (!t.cap && !t.lower) continue;
    words++;
    if (t.upper) upper++;
    if (t.text.length >= 4 && i > from) {
      long++;
      if (t.cap) capital++;
    }
  }
  // A sentence ends with a full stop; a headline seldom does (but may end with "!" or "?").
  const titleCase = long >= 2 && capital / long >= 0.75 && !/\.["”’]?\s*$/.test(text.slice(tokens[from]!.start, last.end + 2));
  const allCaps = words >= 2 && upper / words >= 0.6;
  if (!titleCase && !allCaps) return;
  for (let i = from; i < to; i++) tokens[i]!.weak = true;
}
