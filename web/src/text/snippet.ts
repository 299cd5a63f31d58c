/** A search snippet's parts: the API wraps matched words in `[` and `]`. */
export interface SnippetPart {
  text: string;
  match: boolean;
}

/** Splits a snippet at its `[…]` markers; an unbalanced bracket is kept as plain text. */
export function parseSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const re = /\[([^\[\]]*)\]/g;
  let last = 0;
  for (const m of snippet.matchAll(re)) {
    const at = m.index ?? 0;
    if (at > last) parts.push({ text: snippet.slice(last, at), match: false });
    parts.push({ text: m[1] ?? '', match: true });
    last = at + m[0].length;
  }
  if (last < snippet.length) parts.push({ text: snippet.slice(last), match: false });
  return parts;
}
