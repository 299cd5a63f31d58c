/**
 * When two stated figures agree, allowing for how they were stated: "about 30" and "32" agree,
 * "more than 20" and "23" agree, "5 to 7" and "6" agree; "23" and "25" do not. Each figure is
 * read as the interval of values it allows, and two figures agree when their intervals meet.
 */
import type { NumberValue } from '../align/facet-types.js';

/** Relative slack of "about N" (at least 2 either side: "about 5" allows 3 to 7). */
export const ABOUT_SLACK = 0.15;

/** The values a figure allows, `[low, high]` inclusive. */
export function allowedRange(v: NumberValue): [number, number] {
  switch (v.approx) {
    case 'exact':
      return [v.value, v.value];
    case 'about': {
      const d = Math.max(2, Math.abs(v.value) * ABOUT_SLACK);
      return [v.value - d, v.value + d];
    }
    case 'more-than':
    case 'at-least':
      return [v.value, Infinity];
    case 'less-than':
      return [0, v.value];
    case 'up-to':
      return [0, v.high ?? v.value];
    case 'range':
      return [v.low ?? v.value, v.high ?? v.value];
    case 'vague':
      return [v.low ?? v.value, Infinity];
  }
}

/** Whether two figures can describe the same count. */
export function numbersAgree(a: NumberValue, b: NumberValue): boolean {
  const [al, ah] = allowedRange(a);
  const [bl, bh] = allowedRange(b);
  return al <= bh && bl <= ah;
}

/** A figure's point for ordering: the value, or the middle of a bounded range. */
export function pointOf(v: NumberValue): number {
  const [l, h] = allowedRange(v);
  return Number.isFinite(h) ? (l + h) / 2 : l;
}

/** Whether a figure pins a count down (exact, about, a range) rather than bounding it. */
export function isSharp(v: NumberValue): boolean {
  return v.approx === 'exact' || v.approx === 'about' || v.approx === 'range';
}

/** Day number (days since 1970-01-01) of an ISO day. */
export function dayNumber(day: string): number {
  return Math.floor(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000);
}

/** ISO day of a day number. */
export function dayOfNumber(n: number): string {
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}

/** Days two dates may lie apart and still be one event (an overnight attack is told on either day). */
export const DAY_TOLERANCE = 1;

/** Whether an event dated `first`–`last` can be on day `day`. */
export function dayFits(first: string, last: string, day: number): boolean {
  return dayNumber(first) - DAY_TOLERANCE <= day && day <= dayNumber(last) + DAY_TOLERANCE;
}
