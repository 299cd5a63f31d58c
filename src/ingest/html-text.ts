/**
 * True when an HTML document has any visible letter or digit outside `<head>`, scripts, styles,
 * templates and comments: a page that is only chrome markup or a client-side app shell has
 * nothing to read. Deliberately rough (regular expressions, no DOM): it only has to tell "some
 * text" from "none", cheaply, before a full parse downstream.
 */
export function htmlHasText(html: string): boolean {
  const stripped = html
    .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
    .replace(/<(script|style|noscript|template|head|svg)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<title\b[^>]*>[\s\S]*?<\/title\s*>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(?:nbsp|#160|#xa0|shy|zwnj|zwj|#8203);/gi, ' ');
  return /[\p{L}\p{N}]/u.test(stripped);
}

/** True when plain text has any letter or digit. */
export function textHasText(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/**
 * Wraps an HTML fragment (a feed item's content, a JSONL `html` field, a saved article body) in
 * `<html><body>` so every HTML report is a whole document: DOM parsers such as linkedom give a
 * fragment no `body`. Whole documents are returned unchanged.
 */
export function asHtmlDocument(html: string): string {
  if (/<(?:html|body)[\s>]/i.test(html)) return html;
  return `<html><body>\n${html}\n</body></html>`;
}
