/**
 * The stored form of a sorted list of lower-case words (`models/language/english-words.json`):
 * the words front-coded, and their FNV-1a hashes sorted, which is what lookups read (decoding a
 * table of 85,000 words at every start cost more than the language stage saves on a report).
 */

/** The JSON the word-list build writes. */
export interface StoredWordList {
  source: string;
  count: number;
  /** The words, sorted and front-coded (see {@link encodeWordList}). */
  words: string;
  /** FNV-1a hashes of the words, as unsigned 32-bit little-endian integers, sorted ascending, base64. */
  hashes: string;
}

// Shared-prefix lengths 0–35 as one character each: words are [a-z]+, so a digit or a capital
// starts the next entry.
const PREFIX_CODES = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** The shared-prefix length a code character stands for (-1 when it is not one). */
export function prefixLength(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 90) return code - 55;
  return -1;
}

/** Front-codes sorted lower-case words: per word, the length of the prefix it shares with the one before, then the rest. */
export function encodeWordList(words: readonly string[]): string {
  let out = '';
  let prev = '';
  for (const w of words) {
    if (!/^[a-z]+$/.test(w)) throw new Error(`not a lower-case word: ${w}`);
    let k = 0;
    while (k < prev.length && k < w.length && k < PREFIX_CODES.length - 1 && prev[k] === w[k]) k++;
    out += PREFIX_CODES[k]! + w.slice(k);
    prev = w;
  }
  return out;
}

/** The words of {@link encodeWordList}'s output, in order. */
export function decodeWordList(coded: string): string[] {
  const out: string[] = [];
  let prev = '';
  let i = 0;
  while (i < coded.length) {
    const k = prefixLength(coded.charCodeAt(i));
    if (k < 0) throw new Error(`bad word list at ${i}`);
    let j = i + 1;
    while (j < coded.length && coded.charCodeAt(j) >= 97) j++;
    prev = prev.slice(0, k) + coded.slice(i + 1, j);
    out.push(prev);
    i = j;
  }
  return out;
}

const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;

/** FNV-1a (32-bit) of a word's characters. */
export function wordHash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The sorted hashes of `words`, packed for {@link StoredWordList.hashes}. */
export function encodeWordHashes(words: readonly string[]): string {
  const hs = Uint32Array.from(words, wordHash).sort();
  const buf = Buffer.alloc(hs.length * 4);
  hs.forEach((h, i) => buf.writeUInt32LE(h, i * 4));
  return buf.toString('base64');
}

/** Unpacks {@link StoredWordList.hashes}. */
export function decodeWordHashes(b64: string): Uint32Array {
  const buf = Buffer.from(b64, 'base64');
  // On little-endian machines (nearly all) the bytes are the array already.
  if (LITTLE_ENDIAN && buf.byteOffset % 4 === 0) return new Uint32Array(buf.buffer, buf.byteOffset, buf.length >>> 2);
  const out = new Uint32Array(buf.length >>> 2);
  for (let i = 0; i < out.length; i++) out[i] = buf.readUInt32LE(i * 4);
  return out;
}
