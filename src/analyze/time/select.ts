/**
 * From overlapping rule matches to one reading of the text: keep the longest match at each
 * place, fold "since" into what follows it, and join a date with the clock time next to it.
 */
import type { Candidate, Sem } from './semantics.js';

/**
 * Leftmost-longest choice among overlapping candidates; equal spans go to the rule listed
 * first in `order`. Sorting makes this O(n log n) in the number of candidates.
 */
export function selectLongest(cands: readonly Candidate[], order: readonly string[]): Candidate[] {
  const rank = (c: Candidate): number => {
    const i = order.indexOf(c.rule);
    return i < 0 ? order.length : i;
  };
  const sorted = [...cands].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || rank(a) - rank(b));
  const kept: Candidate[] = [];
  // Longest first, so any later overlapping candidate is shorter and loses. Kept spans are
  // disjoint and sorted, so a binary search finds the only neighbour that could overlap.
  // (Callers run this per sentence window, which bounds the array the splice shifts.)
  for (const c of sorted) {
    if (c.end <= c.start) continue;
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid]!.start < c.end) lo = mid + 1;
      else hi = mid;
    }
    // kept[lo - 1] is the last kept span starting before c ends: it overlaps iff it ends after c starts.
    const prev = kept[lo - 1];
    if (prev && prev.end > c.start) continue;
    kept.splice(lo, 0, c);
  }
  return kept;
}

/** Meanings a "since" can start from. */
const SINCE_OK = new Set<Sem['t']>(['date', 'year', 'weekday', 'deictic', 'calendar', 'ago', 'fixed-day']);

/** "since early 2023": the span from that point to publication. Mutates and returns `cands`. */
export function foldSince(text: string, cands: Candidate[]): Candidate[] {
  for (const c of cands) {
    if (!SINCE_OK.has(c.sem.t)) continue;
    const before = text.slice(Math.max(0, c.start - 12), c.start);
    const m = /\b(?:ever[\s\u00a0]{1,3})?since[\s\u00a0]{1,3}$/i.exec(before);
    if (!m) continue;
    c.start -= m[0].length;
    c.sem = { t: 'since', inner: c.sem };
    c.kind = 'relative';
    c.rule = `since+${c.rule}`;
  }
  return cands;
}

/** Meanings that can take a clock time: the date of "Tuesday at 3 a.m.". */
function takesClock(s: Sem): boolean {
  return (s.t === 'date' && s.d !== undefined) || s.t === 'weekday' || s.t === 'deictic' || s.t === 'fixed-day';
}

const DATE_THEN_CLOCK = /^(?:,?[\s\u00a0]{1,3}(?:at[\s\u00a0]{1,3})?|,)$/i;
const CLOCK_THEN_DATE = /^(?:,?[\s\u00a0]{1,3}(?:on[\s\u00a0]{1,3})?|,)$/i;

/**
 * Joins "December 21, 2023, at 10 p.m." and "3 a.m. on Tuesday" into one expression. Input
 * sorted and disjoint (as `selectLongest` leaves it); so is the output.
 */
export function joinDateAndClock(text: string, cands: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const a = cands[i]!;
    const b = cands[i + 1];
    if (b && b.start - a.end <= 8) {
      const gap = text.slice(a.end, b.start);
      const dateFirst = takesClock(a.sem) && b.sem.t === 'clock' && !hasClock(a.sem) && DATE_THEN_CLOCK.test(gap);
      const clockFirst = a.sem.t === 'clock' && takesClock(b.sem) && !hasClock(b.sem) && CLOCK_THEN_DATE.test(gap);
      if (dateFirst || clockFirst) {
        const date = dateFirst ? a : b;
        const clock = (dateFirst ? b : a).sem as Extract<Sem, { t: 'clock' }>;
        const sem = { ...date.sem, clock: clock.clock } as Sem;
        const kind = date.sem.t === 'date' ? 'datetime' : date.kind;
        out.push({ start: a.start, end: b.end, kind, sem, rule: `${a.rule}+${b.rule}` });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

function hasClock(s: Sem): boolean {
  return 'clock' in s && s.clock !== undefined;
}
