/**
 * Word lists looked up on a stretch of a string without cutting it out. Scanners that test every
 * word of a report against a list (cue words, function words) would otherwise make one substring
 * and often one lower-cased copy per word; those short-lived strings were a large share of what a
 * report allocates.
 */

/** Words mapped to non-zero integer values (bit sets, usually), read straight from a string's code units. */
export class WordTable {
  private readonly words: string[] = [];
  private readonly values: number[] = [];
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** Length of the longest word: longer stretches are not looked up. */
  readonly longest: number;

  /** `entries` may repeat a word; its values are OR-ed together. Values must be non-zero 31-bit integers. */
  constructor(entries: Iterable<readonly [string, number]>) {
    const merged = new Map<string, number>();
    for (const [w, v] of entries) {
      if (w.length === 0) throw new Error('a word table holds no empty word');
      if (v === 0 || v !== (v | 0)) throw new Error(`value ${v} of "${w}" must be a non-zero 31-bit integer`);
      merged.set(w, (merged.get(w) ?? 0) | v);
    }
    let size = 16;
    while (size < merged.size * 4) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    let longest = 0;
    for (const [w, v] of merged) {
      this.words.push(w);
      this.values.push(v);
      longest = Math.max(longest, w.length);
      let h = hashOf(w, 0, w.length, false) & this.mask;
      while (this.slots[h] !== 0) h = (h + 1) & this.mask;
      this.slots[h] = this.words.length; // index + 1: 0 marks an empty slot
    }
    this.longest = longest;
  }

  /** The value of `s[start, end)` read as written, or 0 when it is not in the table. */
  get(s: string, start: number, end: number): number {
    return this.find(s, start, end, false);
  }

  /** The value of `s[start, end)` with ASCII capitals read as lower case (other characters as written), or 0. */
  getFolded(s: string, start: number, end: number): number {
    return this.find(s, start, end, true);
  }

  private find(s: string, start: number, end: number, fold: boolean): number {
    const n = end - start;
    if (n <= 0 || n > this.longest) return 0;
    let h = hashOf(s, start, end, fold) & this.mask;
    for (;;) {
      const k = this.slots[h]!;
      if (k === 0) return 0;
      const w = this.words[k - 1]!;
      if (w.length === n && sameUnits(w, s, start, fold)) return this.values[k - 1]!;
      h = (h + 1) & this.mask;
    }
  }
}

function foldAscii(c: number): number {
  return c >= 65 && c <= 90 ? c | 0x20 : c;
}

function hashOf(s: string, start: number, end: number, fold: boolean): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) {
    const c = fold ? foldAscii(s.charCodeAt(i)) : s.charCodeAt(i);
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h ^ (h >>> 15);
}

function sameUnits(word: string, s: string, start: number, fold: boolean): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = s.charCodeAt(start + i);
    if ((fold ? foldAscii(c) : c) !== word.charCodeAt(i)) return false;
  }
  return true;
}
