/**
 * When a report was published, as an interval of epoch milliseconds wide enough for its
 * precision and for an unknown time zone, so that "earlier than" is only claimed when it is sure.
 */
import type { PublishedDate } from '../../model/document.js';

/** `[earliest, latest]` in epoch milliseconds. */
export type Window = readonly [number, number];

const HOUR = 3_600_000;

/** The window a published date allows, or undefined when it cannot be read. */
export function publishedWindow(p: PublishedDate | undefined): Window | undefined {
  if (!p) return undefined;
  const v = p.value.trim();
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (day) {
    // A bare date is a local day somewhere between UTC−12 and UTC+14.
    const t = Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]));
    return [t - 14 * HOUR, t + 36 * HOUR];
  }
  const month = /^(\d{4})-(\d{2})$/.exec(v);
  if (month) {
    const t = Date.UTC(Number(month[1]), Number(month[2]) - 1, 1);
    return [t - 14 * HOUR, Date.UTC(Number(month[1]), Number(month[2]), 1) + 12 * HOUR];
  }
  const year = /^(\d{4})$/.exec(v);
  if (year) return [Date.UTC(Number(year[1]), 0, 1) - 14 * HOUR, Date.UTC(Number(year[1]) + 1, 0, 1) + 12 * HOUR];
  const t = Date.parse(v);
  if (Number.isNaN(t)) return undefined;
  // An instant without an offset is in an unknown zone.
  const zoned = /(?:Z|[+-]\d{2}:?\d{2})$/i.test(v);
  return zoned ? [t, t] : [t - 14 * HOUR, t + 12 * HOUR];
}

/** -1 when `a` was surely published before `b`, 1 when surely after, 0 when unknown. */
export function compareWindows(a: Window | undefined, b: Window | undefined): -1 | 0 | 1 {
  if (!a || !b) return 0;
  if (a[1] < b[0]) return -1;
  if (b[1] < a[0]) return 1;
  // Two exact instants are ordered even when close together.
  if (a[0] === a[1] && b[0] === b[1] && a[0] !== b[0]) return a[0] < b[0] ? -1 : 1;
  return 0;
}
