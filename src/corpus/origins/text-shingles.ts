/**
 * Words and word shingles of a text, with the offsets needed to turn a shared shingle run back
 * into a span of the text. Words are compared case- and accent-insensitively; a shingle inside
 * quotation marks is flagged, because independent reports quote the same statement word for word.
 */
import { combine, hashString } from './hash32.js';

/** The words of a text and its shingles (shingle `i` covers words `i … i + size - 1`). */
export interface ShingledText {
  /** UTF-16 start of each word. */
  starts: Uint32Array;
  /** UTF-16 end of each word. */
  ends: Uint32Array;
  /** Hash of each shingle, by position. */
  hashes: Uint32Array;
  /** 1 where every word of the shingle sits inside quotation marks. */
  quoted: Uint8Array;
  size: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
/** Each opening quotation mark and the marks that close it (English, German, French, Nordic usage). */
const CLOSING: ReadonlyMap<string, string> = new Map([
  ['“', '”'],
  ['„', '“”'],
  ['«', '»'],
  ['»', '«'],
  ['‹', '›'],
  ['›', '‹'],
  ['"', '"'],
]);

function normaliseWord(w: string): string {
  // Fast path for ASCII; otherwise fold accents so "Ringstraße"/"Ringstrasse" differ only in ß.
  const lower = w.toLowerCase();
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(lower)) return lower;
  return lower.normalize('NFKD').replace(/\p{M}/gu, '').replace(/’/g, "'");
}

/** Splits a text into words and hashes its `size`-word shingles. */
export function shingleText(text: string, size = 5): ShingledText {
  const starts: number[] = [];
  const ends: number[] = [];
  const wordHashes: number[] = [];
  const inQuote: boolean[] = [];
  const q: QuoteState = { opener: '' };
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    advanceQuotes(text, last, start, q);
    const quoting = q.opener !== '';
    starts.push(start);
    ends.push(start + m[0].length);
    wordHashes.push(hashString(normaliseWord(m[0])));
    inQuote.push(quoting);
    last = start + m[0].length;
  }
  const n = Math.max(0, starts.length - size + 1);
  const hashes = new Uint32Array(n);
  const quoted = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    let h = size;
    for (let k = 0; k < size; k++) h = combine(h, wordHashes[i + k]!);
    hashes[i] = h;
    quoted[i] = inQuote[i] && inQuote[i + size - 1] ? 1 : 0;
  }
  return { starts: Uint32Array.from(starts), ends: Uint32Array.from(ends), hashes, quoted, size };
}

interface QuoteState {
  /** The mark that opened the current quotation, or '' outside one. */
  opener: string;
}

/** Follows the quotation marks between two words. */
function advanceQuotes(text: string, from: number, to: number, q: QuoteState): void {
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    if (ch === '\n') q.opener = ''; // an unclosed quote ends with its paragraph
    else if (q.opener === '') {
      if (CLOSING.has(ch)) q.opener = ch;
    } else if (CLOSING.get(q.opener)!.includes(ch)) q.opener = '';
  }
}

/** UTF-16 range of the words covered by shingles `first … last` (inclusive). */
export function shingleRunRange(t: ShingledText, first: number, last: number): [number, number] {
  return [t.starts[first]!, t.ends[last + t.size - 1]!];
}
