/**
 * Words and word shingles of a text, with the offsets needed to turn a shared shingle run back
 * into a span of the text. Words are compared case- and accent-insensitively; a shingle inside
 * quotation marks is flagged, because independent reports quote the same statement word for word.
 */
import { combine, fmix32, hashString } from './hash32.js';

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

/** Each opening quotation mark and the marks that close it (English, German, French, Nordic usage). */
const CLOSING: ReadonlyMap<number, string> = new Map([
  [0x201c, '”'], // “ … ”
  [0x201e, '“”'], // „ … “
  [0xab, '»'], // « … »
  [0xbb, '«'], // » … «
  [0x2039, '›'],
  [0x203a, '‹'],
  [0x22, '"'],
]);

const NON_ASCII_WORD = /[\p{L}\p{N}]/u;
const NON_ASCII_LETTER = /\p{L}/u;
/** Per UTF-16 unit: 0 not yet known, 1 letter, 2 digit or other number, 3 neither. */
const unitClass = new Uint8Array(65536);

function classOf(c: number): number {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : c >= 48 && c <= 57 ? 2 : 3;
  let k = unitClass[c]!;
  if (k === 0) {
    // Surrogate halves count as word units, so a word in an astral script stays one word.
    const ch = String.fromCharCode(c);
    k = (c >= 0xd800 && c <= 0xdfff) || NON_ASCII_LETTER.test(ch) ? 1 : NON_ASCII_WORD.test(ch) ? 2 : 3;
    unitClass[c] = k;
  }
  return k;
}

function normaliseWord(w: string): string {
  // Accents folded so that "Ringstrasse"/"Ringstraße" differ only in ß, "café"/"cafe" not at all.
  return w.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/’/g, "'");
}

/**
 * Splits a text into words (letters and digits, with inner apostrophes) and hashes its
 * `size`-word shingles. A hand-written scanner: this runs for every candidate the index checks.
 */
export function shingleText(text: string, size = 5): ShingledText {
  const starts: number[] = [];
  const ends: number[] = [];
  const wordHashes: number[] = [];
  const inQuote: boolean[] = [];
  let closers = ''; // marks that close the open quotation; '' outside one
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (classOf(c) === 3) {
      if (c === 10) closers = ''; // an unclosed quote ends with its paragraph
      else if (closers === '') closers = CLOSING.get(c) ?? '';
      else if (closers.includes(text[i]!)) closers = '';
      i++;
      continue;
    }
    const start = i;
    let h = 0x811c9dc5;
    let ascii = true;
    while (i < n) {
      const d = text.charCodeAt(i);
      const k = classOf(d);
      if (k !== 3) {
        if (d < 128) {
          h ^= d >= 65 && d <= 90 ? d | 32 : d;
          h = Math.imul(h, 0x01000193);
        } else ascii = false;
        i++;
      } else if ((d === 39 || d === 0x2019) && i + 1 < n && classOf(text.charCodeAt(i + 1)) === 1) {
        if (d === 39) {
          h ^= d;
          h = Math.imul(h, 0x01000193);
        } else ascii = false;
        i++;
      } else break;
    }
    starts.push(start);
    ends.push(i);
    wordHashes.push(ascii ? fmix32(h) : hashString(normaliseWord(text.slice(start, i))));
    inQuote.push(closers !== '');
  }
  const count = Math.max(0, starts.length - size + 1);
  const hashes = new Uint32Array(count);
  const quoted = new Uint8Array(count);
  for (let w = 0; w < count; w++) {
    let hh = size;
    for (let k = 0; k < size; k++) hh = combine(hh, wordHashes[w + k]!);
    hashes[w] = hh;
    quoted[w] = inQuote[w] && inQuote[w + size - 1] ? 1 : 0;
  }
  return { starts: Uint32Array.from(starts), ends: Uint32Array.from(ends), hashes, quoted, size };
}
