import { isUtf8 } from 'node:buffer';
import chardet from 'chardet';
import iconv from 'iconv-lite';
import type { Source } from '../model/document.js';
import { CorroborateError } from '../core/errors.js';

/** The encoding bytes were decoded with, and which clue decided it. */
export type Charset = NonNullable<Source['charset']>;

/** What the surroundings say about the bytes. */
export interface CharsetHints {
  /** Which in-document declarations to look for. */
  markup: 'html' | 'xml' | 'none';
  /** `charset` of an HTTP `Content-Type` header. */
  http?: string;
  /** An encoding fixed by the container format (JSON lines are UTF-8). */
  given?: string;
  /** Where the input is, for error messages. */
  input: string;
  line?: number;
}

/** How much of the start of a document is searched for a declaration; WHATWG prescans 1024, real pages put it later. */
const DECLARATION_WINDOW = 8192;
/** How much chardet looks at: enough to be sure, bounded so a 50 MB page stays quick. */
const SNIFF_WINDOW = 64 * 1024;
/** Above this share of replacement and control characters a decoding is garbage, not text. */
const GARBAGE_RATIO = 0.1;
/** chardet scores (0-100) below this are noise: random bytes score ~19, short real Russian or French text 36+. */
const MIN_CHARDET_CONFIDENCE = 20;

/** Labels browsers treat as another encoding (WHATWG Encoding), plus common misspellings. */
const ALIASES: Readonly<Record<string, string>> = {
  'utf8': 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  'us-ascii': 'windows-1252',
  'ascii': 'windows-1252',
  'iso-8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252',
  'iso_8859-1': 'windows-1252',
  'latin1': 'windows-1252',
  'l1': 'windows-1252',
  'cp1252': 'windows-1252',
  'iso-8859-9': 'windows-1254',
  'latin5': 'windows-1254',
  'tis-620': 'windows-874',
  'cp1251': 'windows-1251',
  'x-cp1251': 'windows-1251',
  'win-1251': 'windows-1251',
  'koi8r': 'koi8-r',
  'koi8': 'koi8-r',
  'gb2312': 'gbk',
  'x-gbk': 'gbk',
  'x-sjis': 'shift_jis',
  'sjis': 'shift_jis',
  'ucs-2': 'utf-16le',
  'utf-16': 'utf-16le',
};

/** The canonical lower-case name of a charset label iconv-lite can decode, or undefined. */
export function normaliseCharset(label: string | undefined): string | undefined {
  if (label === undefined) return undefined;
  const l = label.trim().toLowerCase();
  if (l === '') return undefined;
  const name = ALIASES[l] ?? l;
  return iconv.encodingExists(name) ? name : undefined;
}

function bomCharset(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
}

/** Searches the start of an HTML document for `<meta charset>` or an http-equiv Content-Type. */
function metaCharset(head: string): string | undefined {
  const text = head.replace(/<!--[\s\S]*?-->/g, '');
  const re = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/gi;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const name = normaliseCharset(m[1]);
    // WHATWG: a meta tag cannot switch to UTF-16, the bytes were already read as ASCII-compatible.
    if (name !== undefined) return name.startsWith('utf-16') ? 'utf-8' : name;
  }
  return undefined;
}

function xmlCharset(head: string): string | undefined {
  const m = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([\w.:-]+)["']/.exec(head);
  return normaliseCharset(m?.[1]);
}

/** UTF-16 without a BOM shows as NUL bytes at every other position next to ASCII; returns its byte order. */
export function sniffUtf16(bytes: Uint8Array): string | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 16) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/** Counts well-formed multi-byte sequences and stray bytes, to tell "UTF-8 with a few bad bytes" from another encoding. */
function utf8Shape(bytes: Uint8Array): { multi: number; invalid: number } {
  let multi = 0;
  let invalid = 0;
  const end = Math.min(bytes.length, SNIFF_WINDOW);
  for (let i = 0; i < end; ) {
    const b = bytes[i] ?? 0;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 1) {
      i++;
      continue;
    }
    let ok = len > 0 && i + len <= end;
    for (let k = 1; ok && k < len; k++) ok = ((bytes[i + k] ?? 0) & 0xc0) === 0x80;
    if (ok) {
      multi++;
      i += len;
    } else {
      invalid++;
      i++;
    }
  }
  return { multi, invalid };
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b >= 0x80) return true;
  return false;
}

/** chardet's confident best guess that iconv-lite can decode, skipping UTF-8 (already known not to fit). */
function chardetGuess(bytes: Uint8Array): string | undefined {
  const sample = bytes.length > SNIFF_WINDOW ? bytes.subarray(0, SNIFF_WINDOW) : bytes;
  for (const match of chardet.analyse(sample)) {
    if (match.confidence < MIN_CHARDET_CONFIDENCE) break;
    const name = normaliseCharset(match.name);
    if (name !== undefined && name !== 'utf-8') return name;
  }
  return undefined;
}

/**
 * Picks the encoding of a byte string. Order: BOM, HTTP charset, `<meta>` (HTML), XML declaration
 * (XML, and XHTML), an encoding given by the container, then a UTF-8 validity check, then chardet.
 * A declaration is trusted unless the bytes contradict it: bytes that are valid UTF-8 and contain
 * multi-byte sequences are UTF-8 whatever the label says (pages converted to UTF-8 often keep an old
 * `iso-8859-1` meta), and a UTF-8 label on bytes that are not UTF-8 falls through to sniffing
 * (Russian sites serving windows-1251 under a UTF-8 header are common).
 */
export function detectCharset(bytes: Uint8Array, hints: CharsetHints): Charset {
  const bom = bomCharset(bytes);
  if (bom !== undefined) return { name: bom, from: 'bom' };

  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, DECLARATION_WINDOW)).toString('latin1');
  let declared: Charset | undefined;
  const http = normaliseCharset(hints.http);
  if (http !== undefined) declared = { name: http, from: 'http' };
  if (declared === undefined && hints.markup === 'html') {
    const meta = metaCharset(head);
    if (meta !== undefined) declared = { name: meta, from: 'meta' };
  }
  if (declared === undefined && hints.markup !== 'none') {
    const xml = xmlCharset(head);
    if (xml !== undefined) declared = { name: xml, from: 'xml' };
  }
  const given = normaliseCharset(hints.given);
  if (declared === undefined && given !== undefined) declared = { name: given, from: 'given' };

  const validUtf8 = isUtf8(bytes);
  if (declared !== undefined) {
    if (declared.name === 'utf-8' && validUtf8) return declared;
    if (declared.name !== 'utf-8' && !(validUtf8 && hasNonAscii(bytes))) return declared;
    if (declared.name !== 'utf-8') return { name: 'utf-8', from: 'utf8-valid' };
    // A UTF-8 label on bytes that are not UTF-8: sniff, but keep UTF-8 if it is only a few bad bytes.
  } else if (validUtf8) {
    return { name: 'utf-8', from: 'utf8-valid' };
  }

  const utf16 = sniffUtf16(bytes);
  if (utf16 !== undefined) return { name: utf16, from: 'sniffed' };
  const shape = utf8Shape(bytes);
  // Mostly well-formed UTF-8 with a handful of stray bytes (a bad splice, a truncated copy).
  if (shape.multi >= 4 * shape.invalid) return declared ?? { name: 'utf-8', from: 'sniffed' };
  const guess = chardetGuess(bytes);
  if (guess !== undefined) return { name: guess, from: 'sniffed' };
  return declared ?? { name: 'utf-8', from: 'sniffed' };
}

/** Share of U+FFFD and C0 control characters (other than tab, newlines, form feed) in a decoded string. */
export function garbageRatio(text: string): number {
  const sample = text.length > SNIFF_WINDOW ? text.slice(0, SNIFF_WINDOW) : text;
  if (sample.length === 0) return 0;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0xfffd || (c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0x7f) bad++;
  }
  return bad / sample.length;
}

/**
 * Decodes bytes with the detected charset (BOM stripped). Invalid UTF-8 is handled so: mostly
 * UTF-8 with a few bad bytes decodes as UTF-8 with U+FFFD in their place and the report is kept;
 * otherwise chardet's guess is used when it is confident; failing that, UTF-8 with replacements.
 * When more than a tenth of the result is replacement or control characters the bytes were not
 * text in any encoding we could find, and CRB_ERR_INGEST_ENCODING is thrown instead of handing
 * mojibake downstream.
 */
export function decodeBytes(bytes: Uint8Array, hints: CharsetHints): { text: string; charset: Charset } {
  const charset = detectCharset(bytes, hints);
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), charset.name);
  if (garbageRatio(text) > GARBAGE_RATIO) {
    throw new CorroborateError(
      'CRB_ERR_INGEST_ENCODING',
      `decoding as ${charset.name} (${charset.from}) gives mostly replacement or control characters`,
      { input: hints.input, ...(hints.line === undefined ? {} : { line: hints.line }) },
    );
  }
  return { text, charset };
}
