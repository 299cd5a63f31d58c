/**
 * JSON with `<`, `>`, `&` and the two JavaScript line separators written as `\u` escapes. The value
 * parses back the same, but hostile article text can never appear as markup in the bytes, even if
 * a response were sniffed as HTML or pasted into a page.
 */
export function safeJsonText(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A JSON response with the escaping above. */
export function jsonResponse(value: unknown, status = 200, headers: Readonly<Record<string, string>> = {}): Response {
  return new Response(safeJsonText(value), { status, headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers } });
}
