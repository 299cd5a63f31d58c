/**
 * Links in the dashboard come from two places: our own routes, and URLs found in reports (a
 * report's address, a canonical URL). The second kind is hostile input: a `javascript:` or
 * `data:` URL must never become a clickable link.
 */

/** The URL itself when it is an absolute http(s) URL, else undefined (shown as text instead). */
export function externalHref(url: string | undefined | null): string | undefined {
  if (typeof url !== 'string') return undefined;
  const trimmed = url.trim();
  // Control characters and whitespace inside a scheme are how `java\tscript:` slips past naive checks.
  if (!/^https?:\/\/[^\s\u0000-\u001f\u007f]+$/i.test(trimmed)) return undefined;
  try {
    const parsed = new URL(trimmed);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** True for a path of this dashboard (`/reports/…`, `/search?q=…`): same origin, no scheme, no `//host`. */
export function isInternalPath(href: string): boolean {
  return /^\/(?![/\\])[^\s\u0000-\u001f\u007f]*$/.test(href) || /^#[\w-]*$/.test(href);
}
