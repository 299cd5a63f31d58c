/** Calendar arithmetic on ISO dates, in whole days; enough for comparing report dates. */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** Days since 1970-01-01 of an ISO date or date-time's calendar day (its own wall date, zone ignored). */
export function dayNumber(iso: string): number | undefined {
  const m = ISO_DAY.exec(iso);
  if (!m) return undefined;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000;
}

/** The ISO date of a day number. */
export function isoDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** The year of a day number. */
export function yearOf(day: number): number {
  return new Date(day * 86_400_000).getUTCFullYear();
}

/**
 * How many days apart two days are once the first is moved to the second's year (or the year
 * either side, so 31 December and 1 January stay one day apart): "the same time of year".
 */
export function daysApartIgnoringYear(day: number, other: number): number {
  const d = new Date(day * 86_400_000);
  const y = yearOf(other);
  let best = Infinity;
  for (const year of [y - 1, y, y + 1]) {
    // 29 February moves to 1 March in a common year; a day off is within every tolerance used.
    const moved = Date.UTC(year, d.getUTCMonth(), d.getUTCDate()) / 86_400_000;
    best = Math.min(best, Math.abs(moved - other));
  }
  return best;
}
