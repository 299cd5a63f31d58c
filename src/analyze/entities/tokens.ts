/**
 * A hand tokenizer for entity reading: word tokens with exact offsets and the few facts about
 * case and punctuation that name detection needs. It is one regular-expression pass plus one
 * pass over the sentence spans, linear in the text; wink-nlp would add POS tags we do not use
 * at several times the cost.
 */
import type { Range } from '../../model/span.js';
import { textSentences } from '../text/sentences.js';
import { classAt, LETTER, LOWER, MARK, NUMBER, UPPER, widthAt } from '../text/char-class.js';
import { internWord, lastLower } from './word-table.js';

const CAP = 1;
const UPPER_WORD = 2;
const LOWER_START_FLAG = 4;
const POSS = 8;
const DOT = 16;
const JOIN = 32;
const OPENING = 64;
const WEAK = 128;
const JUNK = 256;

/**
 * A word token. The yes/no facts share one bit field (a token is made for every word of every
 * report, so its size counts); readers see them as the boolean properties below.
 */
export class Token {
  constructor(
    /** Offsets into the text; a trailing possessive 's is not part of the token. Set by the tokenizer only. */
    public start: number,
    public end: number,
    public text: string,
    /** `text` in lower case, computed once: the rules look words up by it many times. */
    public lc: string,
    /** The facts below as bits; set by the tokenizer only. */
    public flags: number,
    /** Index of its sentence in `sentences`. */
    public sentence: number,
  ) {}

  /** First character is an upper-case letter. */
  get cap(): boolean {
    return (this.flags & CAP) !== 0;
  }

  /** Two or more letters, all upper case (NATO, MOSCOW). */
  get upper(): boolean {
    return (this.flags & UPPER_WORD) !== 0;
  }

  /** First character is a lower-case letter. */
  get lower(): boolean {
    return (this.flags & LOWER_START_FLAG) !== 0;
  }

  /** Followed by a possessive 's / ’s. */
  get poss(): boolean {
    return (this.flags & POSS) !== 0;
  }

  /** Followed directly by a full stop (Mr., initials, St.). */
  get dot(): boolean {
    return (this.flags & DOT) !== 0;
  }

  /** Separated from the previous token by spaces only, on the same line (or by ". " after an initial). */
  get join(): boolean {
    return (this.flags & JOIN) !== 0;
  }

  /** First word of a sentence, line, quotation or clause after a colon: its capital says little. */
  get opening(): boolean {
    return (this.flags & OPENING) !== 0;
  }

  /** In a headline-like line (Title Case or ALL CAPS): capitals say nothing there. */
  get weak(): boolean {
    return (this.flags & WEAK) !== 0;
  }

  /** Too long to be a name (adversarial input): never part of an entity. */
  get junk(): boolean {
    return (this.flags & JUNK) !== 0;
  }
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
const OPENERS = new Set(['“', '"', '«', '‘', "'", '(', '[', '—', '–', ':', '„', '‹', '•', '*', '-'].map((c) => c.charCodeAt(0)));
const MAX_TOKEN = 60;

/** Splits `text` into word tokens and sentence spans (via the shared sentence splitter). */
export function tokenize(text: string): Tokenized {
  return tokenizeInto(text, []);
}

/** Token objects kept from report to report for {@link tokenizeReusing}. */
const pool: Token[] = [];
const pooled: Token[] = [];
/** Longer texts (adversarial input) get fresh tokens, so the pool stays small. */
const MAX_POOLED_TEXT = 200_000;

/**
 * `tokenize`, filling token objects kept from the last call instead of making new ones: the
 * result is valid only until the next call. For readers whose tokens never leave one pass
 * (the entities stage); a report's tokens are most of what that stage would allocate.
 */
export function tokenizeReusing(text: string): Tokenized {
  if (text.length > MAX_POOLED_TEXT) return tokenize(text);
  return tokenizeInto(text, pooled);
}

/** Appends through `push`, which fills pooled objects when `tokens` is the pooled array. */
function tokenizeInto(text: string, tokens: Token[]): Tokenized {
  const sentences = textSentences(text);
  const reuse = tokens === pooled;
  let n = 0;
  const push = (start: number, end: number, poss: boolean): void => {
    if (reuse) {
      const t = pool[n];
      if (t === undefined) pool.push(makeToken(text, start, end, poss, undefined));
      else makeToken(text, start, end, poss, t);
      tokens[n] = pool[n]!;
    } else tokens.push(makeToken(text, start, end, poss, undefined));
    n++;
  };
  let next = 0;
  for (let start = nextWord(text, 0); start < text.length; start = nextWord(text, next)) {
    next = wordEnd(text, start);
    let end = next;
    let poss = false;
    const c2 = end - start > 2 ? text.charCodeAt(end - 2) : 0;
    if (c2 !== 0 && text.charCodeAt(end - 1) === 115 /* s */ && (c2 === 39 || c2 === 0x2019)) {
      end -= 2;
      poss = true;
    }
    // A hyphen can only be inside a word as a joiner, so the scan already knows whether there is one.
    const parts = hyphenSeen ? splitCompound(text.slice(start, end)) : undefined;
    if (parts === undefined) {
      push(start, end, poss);
      continue;
    }
    push(start, start + parts, false);
    push(start + parts + 1, end, poss);
  }
  tokens.length = n;
  markContext(text, tokens, sentences);
  return { tokens, sentences };
}

// Words are the matches of /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-‐‑'’.][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*\/gu,
// found by a scan over character classes rather than by the regular expression (the stage's
// largest single cost): a letter or digit, then letters, marks and digits, then parts joined by a
// hyphen, apostrophe or full stop that is followed by a letter or digit. ASCII is tested with a
// small table; other code units through the shared class table.
const LN = LETTER | NUMBER;
const LMN = LETTER | MARK | NUMBER;
/** 1 for ASCII letters and digits (there are no ASCII marks). */
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;

/** Whether the last `wordEnd` scan passed a hyphen joiner. */
let hyphenSeen = false;

/** Where the next word starts at or after `i` (the text's length when there is none). */
function nextWord(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (ASCII_WORD[c] === 1) return i;
      i++;
    } else {
      if ((classAt(text, i) & LN) !== 0) return i;
      i += widthAt(text, i);
    }
  }
  return i;
}

/** Whether the code point at `i` (< n) is in `cls`. */
function isIn(text: string, i: number, cls: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? ASCII_WORD[c] === 1 : (classAt(text, i) & cls) !== 0;
}

/** Where the word starting at `start` ends. */
function wordEnd(text: string, start: number): number {
  const n = text.length;
  hyphenSeen = false;
  let i = start + widthAt(text, start);
  for (;;) {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c < 128) {
        if (ASCII_WORD[c] !== 1) break;
        i++;
      } else {
        if ((classAt(text, i) & LMN) === 0) break;
        i += widthAt(text, i);
      }
    }
    const c = text.charCodeAt(i);
    const hyphen = c === 45 || c === 0x2010 || c === 0x2011;
    const joiner = hyphen || c === 39 || c === 0x2019 || c === 46;
    if (!joiner || i + 1 >= n || !isIn(text, i + 1, LN)) return i;
    if (hyphen) hyphenSeen = true;
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

/** A token for `text[start, end)`, made new or written into `into`. */
function makeToken(text: string, start: number, end: number, poss: boolean, into: Token | undefined): Token {
  const word = internWord(text, start, end);
  const lc = lastLower();
  const junk = word.length > MAX_TOKEN;
  const c = word.charCodeAt(0);
  // ASCII fast paths; the class table only for other scripts.
  const cap = !junk && (c < 128 ? c >= 65 && c <= 90 : (classAt(text, start) & UPPER) !== 0);
  const lower = !junk && (c < 128 ? c >= 97 && c <= 122 : (classAt(text, start) & LOWER) !== 0);
  let flags = 0;
  if (cap) {
    flags |= CAP;
    if (word.length > 1 && isUpperWord(word)) flags |= UPPER_WORD;
  }
  if (lower) flags |= LOWER_START_FLAG;
  if (poss) flags |= POSS;
  if (text.charCodeAt(poss ? end + 2 : end) === 46) flags |= DOT;
  if (junk) flags |= JUNK;
  if (into === undefined) return new Token(start, end, word, lc, flags, 0);
  into.start = start;
  into.end = end;
  into.text = word;
  into.lc = lc;
  into.flags = flags;
  into.sentence = 0;
  return into;
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
    if (prev !== undefined && !prev.poss && !newLine && joins(text, prev, gapFrom, t.start)) t.flags |= JOIN;
    if (prev === undefined || prev.sentence !== s || newLine || precededByOpener(text, gapFrom, t.start)) t.flags |= OPENING;
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
    const c = text.charCodeAt(i);
    if (c === 32 || c === 0xa0 || c === 9) continue;
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
  for (let i = from; i < to; i++) tokens[i]!.flags |= WEAK;
}
