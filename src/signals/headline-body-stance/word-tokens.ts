/**
 * Word tokens for the stance model: lower-cased, curly apostrophes folded, "n't" split off so
 * negation counts as its own token ("didn't" → "did", "n't").
 */

import { classAt, LETTER, NUMBER, widthAt } from '../../analyze/text/char-class.js';

/** A word as written: letters and digits, with inner apostrophes ("didn't", "Lindqvist’s"). */
export const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/**
 * Calls `fn(start, end)` for each match of {@link WORD} in `text` (or in `text.slice(from, to)`,
 * with offsets into `text`), in order: the same spans the regular expression finds, by a scan over
 * character classes (several times faster).
 */
export function scanWords(text: string, fn: (start: number, end: number) => void, from = 0, to = text.length): void {
  // Within [from, to) exactly as the regular expression would find them in `text.slice(from, to)`.
  const n = to;
  let i = from;
  while (i < n) {
    if ((classAt(text, i) & (LETTER | NUMBER)) === 0) {
      i += widthAt(text, i);
      continue;
    }
    const start = i;
    i += widthAt(text, i);
    while (i < n && (classAt(text, i) & (LETTER | NUMBER)) !== 0) i += widthAt(text, i);
    // Inner apostrophes, each followed by letters (not digits): "didn't", "o'clock".
    while (i + 1 < n) {
      const a = text.charCodeAt(i);
      if ((a !== 39 && a !== 0x2019) || (classAt(text, i + 1) & LETTER) === 0) break;
      i += 1 + widthAt(text, i + 1);
      while (i < n && (classAt(text, i) & LETTER) !== 0) i += widthAt(text, i);
    }
    fn(start, i);
  }
}

/** The tokens one written word (a match of {@link WORD}) reads as. */
export function wordForms(word: string): string[] {
  const w = word.toLowerCase().replace(/’/g, "'");
  if (w.endsWith("n't") && w.length > 3) return [w.slice(0, -3), "n't"];
  if (w.endsWith("'s")) return [w.slice(0, -2)];
  return [w];
}

/** Lower-cased word tokens of `text`, in order. */
export function wordTokens(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) out.push(...wordForms(m[0]));
  return out;
}

/** FNV-1a 32-bit hash: stable across runs and platforms, so hashed features can be stored. */
export function fnv1a(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}
