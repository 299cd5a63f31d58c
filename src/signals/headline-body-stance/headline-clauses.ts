import type { Range } from '../../model/span.js';

/** One claim of a headline that strings several together. */
export interface HeadlineClause {
  text: string;
  /** Offsets into the headline. */
  range: Range;
}

// Colons, semicolons, bars, spaced dashes, comma-space and " as " join separate claims in
// headlines ("MOSCOW IN FLAMES as PUTIN SIGNALS WITHDRAW — Strike Hits Capital, Chaos Explodes").
const SEPARATOR = /\s*[:;|]\s*|\s+[—–-]+\s+|\s*[—–]\s*|,\s+|\s+as\s+/giu;

/** Splits a headline into its clauses, trimmed of spaces and end punctuation; one clause when there is no separator. */
export function headlineClauses(headline: string): HeadlineClause[] {
  const out: HeadlineClause[] = [];
  let start = 0;
  const push = (s: number, e: number) => {
    while (s < e && /\s/u.test(headline[s]!)) s++;
    while (e > s && /[\s!?.]/u.test(headline[e - 1]!)) e--;
    if (e > s) out.push({ text: headline.slice(s, e), range: [s, e] });
  };
  for (const m of headline.matchAll(SEPARATOR)) {
    push(start, m.index);
    start = m.index + m[0].length;
  }
  push(start, headline.length);
  return out;
}
