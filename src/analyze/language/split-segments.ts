import type { Range } from '../../model/span.js';

// German „…“ first: its closing mark is the English opening one
const PAIRS: ReadonlyArray<[string, string]> = [
  ['„', '“'],
  ['„', '”'],
  ['«', '»'],
  ['“', '”'],
  ['"', '"'],
  ['‘', '’'],
];

/**
 * Quoted passages of a paragraph: the ranges of their words, without the quote marks. Curly
 * single quotes count only when they open after a space and close before a non-letter, so
 * apostrophes are not taken for quotes.
 */
export function findQuotes(p: string): Range[] {
  const out: Range[] = [];
  for (const [open, close] of PAIRS) {
    let from = 0;
    for (;;) {
      const a = p.indexOf(open, from);
      if (a === -1) break;
      const b = p.indexOf(close, a + 1);
      if (b === -1) break;
      from = b + 1;
      if (open === '‘' && ((a > 0 && !/\s/u.test(p[a - 1]!)) || /\p{L}/u.test(p[b + 1] ?? ''))) {
        from = a + 1;
        continue;
      }
      const r = trimRange(p, a + 1, b);
      if (r[1] > r[0] && !out.some(([s, e]) => r[0] < e && s < r[1])) out.push(r);
    }
  }
  return out.sort((x, y) => x[0] - y[0]);
}

// a period after these is not a sentence end
const ABBREV = /(?:^|[\s(])(?:\p{Lu}|Mr|Mrs|Ms|Dr|Prof|St|Gen|Col|Lt|Sgt|Rep|Sen|Gov|Jr|Sr|No|Nr|vs|etc|e\.g|i\.e|z\.B|bzw|ca|approx|U\.S|U\.K|г|гг|ул|им|т\.е|т\.д|p|pp)\.$/u;

/**
 * How far back from a period ABBREV can look: the longest abbreviation (6 code units), its period
 * and the space before it, with room to spare. Testing only that tail gives the answer testing the
 * whole sentence so far would (the `^` branch only matters when the sentence starts that close).
 */
const ABBREV_REACH = 12;

/** Sentence ranges of a paragraph: ends at . ! ? … (with closing quotes) before an upper-case start. */
export function splitSentences(p: string): Range[] {
  const out: Range[] = [];
  const re = /[.!?…]+["”’»)]*(?=\s+["“„«(\p{Lu}\p{N}])/gu;
  let start = 0;
  for (const m of p.matchAll(re)) {
    const end = (m.index ?? 0) + m[0].length;
    if (m[0].startsWith('.') && ABBREV.test(p.slice(Math.max(0, start, (m.index ?? 0) + 1 - ABBREV_REACH), (m.index ?? 0) + 1))) continue;
    const r = trimRange(p, start, end);
    if (r[1] > r[0]) out.push(r);
    start = end;
  }
  const r = trimRange(p, start, p.length);
  if (r[1] > r[0]) out.push(r);
  return out;
}

function trimRange(p: string, s: number, e: number): Range {
  while (s < e && /\s/u.test(p[s]!)) s++;
  while (e > s && /\s/u.test(p[e - 1]!)) e--;
  return [s, e];
}
