/**
 * Civil-calendar arithmetic without time zones. A report's dates are wall-calendar dates of some
 * place; converting them through the machine's zone would shift days, so everything here counts
 * days (since 1970-01-01) and minutes of the day, and only formats at the end.
 */

/** A calendar date; `m` is 1–12. */
export interface CivilDate {
  y: number;
  m: number;
  d: number;
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a civil date (proleptic Gregorian). */
export function dayNumber(c: CivilDate): number {
  return Math.floor(Date.UTC(c.y, c.m - 1, c.d) / DAY_MS);
}

/** The civil date of a day number. */
export function civilOf(day: number): CivilDate {
  const t = new Date(day * DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** Days in month `m` (1–12) of year `y`. */
export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** True when the day exists (no 31 April, no 29 February outside leap years). */
export function isValidDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: number): number {
  // 1970-01-01 was a Thursday.
  return (((day + 4) % 7) + 7) % 7;
}

/** Day number of the first day of the month `months` away from (y, m), clamping nothing. */
export function monthStart(y: number, m: number, months = 0): number {
  const idx = y * 12 + (m - 1) + months;
  return dayNumber({ y: Math.floor(idx / 12), m: (idx % 12) + 1, d: 1 });
}

/** The same day of month `months` away, clamped to the month's last day (31 Mar − 1 month → 28/29 Feb). */
export function addMonths(c: CivilDate, months: number): CivilDate {
  const idx = c.y * 12 + (c.m - 1) + months;
  const y = Math.floor(idx / 12);
  const m = (idx % 12) + 1;
  return { y, m, d: Math.min(c.d, daysInMonth(y, m)) };
}

/** Monday of the ISO week containing `day`. */
export function weekStart(day: number): number {
  return day - ((weekdayOf(day) + 6) % 7);
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** `YYYY-MM-DD`. */
export function isoDay(day: number): string {
  const c = civilOf(day);
  return `${pad(c.y, 4)}-${pad(c.m)}-${pad(c.d)}`;
}

/** A half-open interval on the civil timeline, in minutes since 1970-01-01 00:00 wall time. */
export interface Span {
  from: number;
  to: number;
  /** Whether the ends carry a time of day (else they fall on midnights and print as dates). */
  timed: boolean;
}

/** Minutes in a civil day (wall-clock days; summer-time shifts are not counted). */
export const MIN_PER_DAY = 1440;

/** The whole days `[fromDay, toDay)`. */
export function daySpan(fromDay: number, toDay: number): Span {
  return { from: fromDay * MIN_PER_DAY, to: toDay * MIN_PER_DAY, timed: false };
}

/** A span with times of day, in minutes since the epoch. */
export function timedSpan(from: number, to: number): Span {
  return { from, to, timed: true };
}

/** `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`, with the given offset suffix (`+03:00`, `Z`) when timed. */
export function formatPoint(minutes: number, timed: boolean, offset?: string): string {
  const day = Math.floor(minutes / MIN_PER_DAY);
  const date = isoDay(day);
  if (!timed) return date;
  const m = minutes - day * MIN_PER_DAY;
  return `${date}T${pad(Math.floor(m / 60))}:${pad(m % 60)}${offset ?? ''}`;
}

/** Formats a span for `TimeExpression.interval`. */
export function formatSpan(s: Span, offset?: string): { start: string; end: string } {
  return { start: formatPoint(s.from, s.timed, offset), end: formatPoint(s.to, s.timed, offset) };
}

/** `+03:00` from minutes east of UTC; `Z` for zero. */
export function offsetString(minutesEast: number): string {
  if (minutesEast === 0) return 'Z';
  const sign = minutesEast < 0 ? '-' : '+';
  const a = Math.abs(minutesEast);
  return `${sign}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}

/** Day number of the last Sunday of a month, for European summer time. */
function lastSunday(y: number, m: number): number {
  const last = dayNumber({ y, m, d: daysInMonth(y, m) });
  return last - weekdayOf(last);
}

/** True when European summer time is in force on that civil day (last Sunday of March to last Sunday of October). */
export function euSummerTime(day: number): boolean {
  const { y } = civilOf(day);
  return day >= lastSunday(y, 3) && day < lastSunday(y, 10);
}
