/**
 * Escaping for text put into SVG and HTML that we write ourselves. Report text, place names and
 * headlines come from the open web: they are always written as character data, never as markup.
 */

// XML 1.0 forbids these outright (a parser stops on them); HTML would show them as garbage.
// Lone surrogates are dropped too: they are not characters and cannot be encoded.
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text safe inside an element or a quoted attribute, in HTML and in XML: `& < > " '` become
 * entities and characters XML cannot carry are dropped (so the string may get shorter — use
 * `escapeKeepingLength` where offsets must survive).
 */
export function escapeMarkup(s: string): string {
  return s.replace(INVALID_XML_CHARS, '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/**
 * Like `escapeMarkup`, but a character XML cannot carry becomes U+FFFD instead of vanishing, so
 * each source code unit still maps to visible output (for texts shown beside their offsets).
 */
export function escapeKeepingLength(s: string): string {
  return s.replace(INVALID_XML_CHARS, '\uFFFD').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
