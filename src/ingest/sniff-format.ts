import { FEED_MIMES, HTML_MIMES } from './content-type.js';

/** How an input is read: one document (html, text, feed) or a container of many (jsonl, warc). */
export type InputKind = 'html' | 'text' | 'feed' | 'jsonl' | 'warc';

/** How many leading bytes the sniffers look at. */
export const SNIFF_BYTES = 64 * 1024;

const EXTENSIONS: Readonly<Record<string, InputKind>> = {
  txt: 'text',
  text: 'text',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  warc: 'warc',
  rss: 'feed',
  atom: 'feed',
  xml: 'feed',
};

/** True when a name ends in `.gz` (after which the inner name decides the kind). */
export function isGzipName(name: string): boolean {
  return /\.gz$/i.test(name);
}

/** The kind a file name's extension implies, ignoring a trailing `.gz`; undefined when it says nothing. */
export function kindFromName(name: string): InputKind | undefined {
  const inner = name.replace(/\.gz$/i, '');
  const m = /\.([a-z0-9]+)$/i.exec(inner);
  return m?.[1] === undefined ? undefined : EXTENSIONS[m[1].toLowerCase()];
}

/** The kind a MIME type implies; undefined for unknown or generic types. */
export function kindFromMime(mime: string): InputKind | undefined {
  if (HTML_MIMES.has(mime)) return 'html';
  if (FEED_MIMES.has(mime)) return 'feed';
  if (mime === 'text/plain') return 'text';
  if (mime === 'application/warc') return 'warc';
  if (mime === 'application/x-ndjson' || mime === 'application/jsonl' || mime === 'application/x-jsonlines') return 'jsonl';
  return undefined;
}

/** True for the gzip magic number. */
export function isGzipMagic(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * True when the bytes are not text: a NUL byte, or more than a tenth control characters, in the
 * first 64 KiB. UTF-16 (which is full of NULs) must be recognised before asking.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) return true;
    // Tab, LF, VT, FF, CR and ESC (ANSI colour in logs) occur in text.
    if ((b < 0x20 && b !== 9 && b !== 10 && b !== 11 && b !== 12 && b !== 13 && b !== 27) || b === 0x7f) control++;
  }
  return n > 0 && control / n > 0.1;
}

/** True for a UTF-16 byte-order mark, whose text is full of NUL bytes yet not binary. */
export function hasUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xff && bytes[1] === 0xfe);
}

/** Decodes just enough of the head to look at markup: UTF-16 when the BOM says so, else byte-per-char. */
function headText(bytes: Uint8Array): string {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, SNIFF_BYTES));
  if (head[0] === 0xff && head[1] === 0xfe) return head.subarray(2).toString('utf16le');
  if (head[0] === 0xfe && head[1] === 0xff) {
    const swapped = Buffer.from(head.subarray(2, 2 + ((head.length - 2) & ~1)));
    return swapped.swap16().toString('utf16le');
  }
  return head.toString('latin1').replace(/^\xef\xbb\xbf/, '');
}

/** What markup the document starts with: a feed root, an HTML document, other XML, or none. */
export function sniffMarkup(bytes: Uint8Array): 'feed' | 'html' | 'xml' | undefined {
  const text = headText(bytes);
  // Skip the prolog: XML declaration, processing instructions, comments, doctype.
  const rest = text.replace(/^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>)*/i, '');
  const root = /^<([A-Za-z_][\w:.-]*)/.exec(rest)?.[1]?.toLowerCase();
  if (root === 'rss' || root === 'feed' || root === 'rdf:rdf' || root === 'rdf') return 'feed';
  if (root === 'html' || /<!DOCTYPE\s+html/i.test(text.slice(0, 1024))) return 'html';
  if (/<(?:html|head|body|meta|title|div|p|article|h1|h2|script)\b[^>]*>/i.test(text)) return 'html';
  if (root !== undefined && /^\s*<\?xml\b/.test(text)) return 'xml';
  return undefined;
}

/** Guesses the kind of an input with no telling name or MIME type from its first bytes. */
export function sniffKind(bytes: Uint8Array): InputKind {
  const text = headText(bytes).trimStart();
  if (/^WARC\/\d+\.\d+\r?\n/.test(text)) return 'warc';
  const markup = sniffMarkup(bytes);
  if (markup === 'feed' || markup === 'html') return markup;
  if (text.startsWith('{')) {
    const first = text.split('\n', 1)[0] ?? '';
    try {
      const v: unknown = JSON.parse(first);
      if (v !== null && typeof v === 'object' && !Array.isArray(v)) return 'jsonl';
    } catch {
      // Not a JSON line: plain text that happens to start with a brace.
    }
  }
  return 'text';
}
