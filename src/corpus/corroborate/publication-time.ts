/**
 * When a report came out, as an interval: an instant is a point; a date alone could be any time
 * that day in any time zone; no date at all could be any time. Only intervals that do not
 * overlap are ordered, so a report dated "14 March" is neither before nor after one stamped
 * 14 March 18:10Z, but is after one stamped 13 March 19:30+02:00.
 */

/** Earliest and latest instant (ms) a report may have been published. */
export interface PublicationWindow {
  lo: number;
  hi: number;
}

const HOUR = 3_600_000;
const UNKNOWN: PublicationWindow = { lo: -Infinity, hi: Infinity };

/** Windows of dates seen lately: a story's reports are placed once per facet, each date parsed once. */
const memo = new Map<string, PublicationWindow>();
const MEMO_LIMIT = 4096;

/** The window of a publication date as `meta.published` gives it (`2026-03-14`, `2026-03-14T07:52:00+02:00`). */
export function publicationWindow(published: string | undefined): PublicationWindow {
  if (!published) return UNKNOWN;
  let w = memo.get(published);
  if (w === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(published, (w = Object.freeze(readWindow(published))));
  }
  return w;
}

function readWindow(published: string): PublicationWindow {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(published);
  if (day) {
    const start = Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]));
    // Local midnight runs from UTC+14 to UTC−12.
    return { lo: start - 14 * HOUR, hi: start + 36 * HOUR };
  }
  const month = /^(\d{4})-(\d{2})$/.exec(published);
  if (month) {
    const start = Date.UTC(Number(month[1]), Number(month[2]) - 1, 1);
    const end = Date.UTC(Number(month[1]), Number(month[2]), 1);
    return { lo: start - 14 * HOUR, hi: end + 12 * HOUR };
  }
  // A wall time without a zone could be in any zone too.
  const t = Date.parse(published);
  if (!Number.isFinite(t)) return UNKNOWN;
  const zoned = /(?:Z|[+-]\d{2}:?\d{2})$/.test(published) || !published.includes('T');
  return zoned ? { lo: t, hi: t } : { lo: t - 14 * HOUR, hi: t + 12 * HOUR };
}

/** Whether `a` certainly came out before `b`. */
export function before(a: PublicationWindow, b: PublicationWindow): boolean {
  return a.hi < b.lo;
}

/** Whether the window is bounded (the report is dated). */
export function isDated(w: PublicationWindow): boolean {
  return Number.isFinite(w.lo) && Number.isFinite(w.hi);
}

/** A sort key: the middle of the window; undated reports sort last. */
export function sortKey(w: PublicationWindow): number {
  return isDated(w) ? (w.lo + w.hi) / 2 : Infinity;
}
