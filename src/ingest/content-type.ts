/** A `Content-Type` header split into its MIME type and charset parameter. */
export interface ContentType {
  /** Lower-case `type/subtype`, or '' when absent. */
  mime: string;
  charset?: string;
}

/** Parses `text/html; charset="windows-1251"`; tolerant of junk, as servers send plenty. */
export function parseContentType(header: string | undefined): ContentType {
  if (header === undefined) return { mime: '' };
  const [type = '', ...params] = header.split(';');
  const out: ContentType = { mime: type.trim().toLowerCase() };
  for (const p of params) {
    const m = /^\s*charset\s*=\s*["']?([^"';\s]+)/i.exec(p);
    if (m?.[1] !== undefined) out.charset = m[1];
  }
  return out;
}

/** MIME types whose bodies are feeds (or XML that may be one). */
export const FEED_MIMES: ReadonlySet<string> = new Set([
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
  'application/xml',
  'text/xml',
]);

/** MIME types read as HTML. */
export const HTML_MIMES: ReadonlySet<string> = new Set(['text/html', 'application/xhtml+xml']);

/** The MIME type recorded for a document whose type was decided by name or sniffing. */
export const DEFAULT_MIME: Readonly<Record<'html' | 'text', string>> = { html: 'text/html', text: 'text/plain' };
