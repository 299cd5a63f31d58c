/**
 * Interned words: the tokenizers ask for `text.slice(start, end)` and its lower case many hundred
 * times per report, and news vocabulary repeats from report to report. A hash of the code units
 * finds the string already made for the same word, compared in place, so a repeated word costs
 * no new string. The table is bounded: when full it starts over, so memory stays flat and a flood
 * of distinct words (adversarial input) costs the same as slicing.
 */

/**
 * Longer words are sliced as they come. V8 makes a substring of 13 or more code units a view
 * into the whole text, so keeping one in the table would keep a whole report alive.
 */
const MAX_INTERNED = 12;
const SLOTS = 1 << 14;
const MASK = SLOTS - 1;
/** Start over at three quarters full, so probe runs stay short. */
const LIMIT = (SLOTS * 3) >> 2;

/** '' marks a free slot (no word is empty). */
const words: string[] = new Array<string>(SLOTS).fill('');
const lowers: string[] = new Array<string>(SLOTS).fill('');
/** Bits of the registered word tests, per slot (see wordTest). */
const marks = new Int32Array(SLOTS);
let used = 0;
/** Slot of the last `internWord` call, for `lastLower`. */
let lastSlot = -1;
let lastLowerOfLong = '';
let lastMarksOfLong = 0;

/** Yes/no questions about a word (word as written, lower case), answered once per interned word. */
const tests: Array<(word: string, lower: string) => boolean> = [];

/**
 * Registers a question about words (at module load) and returns its bit in `lastMarks()` and
 * `wordMarks()`. A reader asks it of every token; the table answers it once per distinct word.
 */
export function wordTest(test: (word: string, lower: string) => boolean): number {
  if (tests.length >= 31) throw new Error('too many word tests');
  tests.push(test);
  // Words already in the table were not asked: start over.
  words.fill('');
  used = 0;
  return 1 << (tests.length - 1);
}

/** The registered tests' bits for a word and its lower case. */
export function wordMarks(word: string, lower: string): number {
  let m = 0;
  for (let k = 0; k < tests.length; k++) if (tests[k]!(word, lower)) m |= 1 << k;
  return m;
}

function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h ^ (h >>> 15)) & MASK;
}

/**
 * `text.slice(start, end)`, the same string object as the last time this word was asked for.
 * Its lower case is then `lastLower()`.
 */
export function internWord(text: string, start: number, end: number): string {
  if (end - start > MAX_INTERNED) {
    const w = text.slice(start, end);
    lastSlot = -1;
    lastLowerOfLong = w.toLowerCase();
    lastMarksOfLong = wordMarks(w, lastLowerOfLong);
    return w;
  }
  let slot = hashOf(text, start, end);
  for (;;) {
    const w = words[slot]!;
    if (w.length === 0) break;
    if (w.length === end - start && text.startsWith(w, start)) {
      lastSlot = slot;
      return w;
    }
    slot = (slot + 1) & MASK;
  }
  if (used >= LIMIT) {
    words.fill('');
    used = 0;
    slot = hashOf(text, start, end);
  }
  const w = text.slice(start, end);
  const lc = w.toLowerCase();
  words[slot] = w;
  lowers[slot] = lc === w ? w : lc;
  marks[slot] = wordMarks(w, lc);
  used++;
  lastSlot = slot;
  return w;
}

/** The lower case of the word the last `internWord` call returned. */
export function lastLower(): string {
  return lastSlot === -1 ? lastLowerOfLong : lowers[lastSlot]!;
}

/** The registered tests' bits for the word the last `internWord` call returned. */
export function lastMarks(): number {
  return lastSlot === -1 ? lastMarksOfLong : marks[lastSlot]!;
}
