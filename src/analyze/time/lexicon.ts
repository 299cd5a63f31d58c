/**
 * English words for dates and times, and the conventions that turn vague words into clock
 * windows. Kept apart from the grammar so the conventions are reviewable in one place.
 */
import type { DayPart } from './time-types.js';

/** Month number by lower-case name or abbreviation. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3], ['april', 4], ['apr', 4],
  ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7], ['august', 8], ['aug', 8], ['september', 9],
  ['sept', 9], ['sep', 9], ['october', 10], ['oct', 10], ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
]);

/** English month names by month number − 1, for notes. */
export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** 0 = Sunday, as `Date.getUTCDay`. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['sunday', 0], ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6],
  ['sun', 0], ['mon', 1], ['tue', 2], ['tues', 2], ['wed', 3], ['thu', 4], ['thur', 4], ['thurs', 4], ['fri', 5], ['sat', 6],
]);

/** English weekday names by day (0 = Sunday), for notes. */
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

const SMALL = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty',
];
const TENS: Record<string, number> = { thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/** An amount as written: exact (`lo === hi`) or a vague range ("several" = 3–7). */
export interface Quantity {
  lo: number;
  hi: number;
  exact: boolean;
}

/**
 * Vague amounts, as ranges. "Several" and "a few" have no fixed value; the ranges are the
 * readings we state in notes, chosen to cover ordinary usage rather than to be precise.
 */
const VAGUE: Record<string, Quantity> = {
  'a few': { lo: 2, hi: 4, exact: false },
  few: { lo: 2, hi: 4, exact: false },
  several: { lo: 3, hi: 7, exact: false },
  'a couple of': { lo: 2, hi: 2, exact: false },
  'a couple': { lo: 2, hi: 2, exact: false },
  'couple of': { lo: 2, hi: 2, exact: false },
  some: { lo: 2, hi: 9, exact: false },
  many: { lo: 3, hi: 30, exact: false },
  'a dozen': { lo: 12, hi: 12, exact: true },
  'dozens of': { lo: 24, hi: 99, exact: false },
};

/** Reads "15", "fifteen", "a", "several"… Unknown words give undefined. */
export function quantityOf(word: string): Quantity | undefined {
  const w = word.toLowerCase().replace(/[\s\u00a0]+/g, ' ');
  if (/^\d+$/.test(w)) {
    const n = Number(w);
    return { lo: n, hi: n, exact: true };
  }
  if (w === 'a' || w === 'an') return { lo: 1, hi: 1, exact: true };
  const small = SMALL.indexOf(w);
  if (small >= 0) return { lo: small, hi: small, exact: true };
  const tens = TENS[w];
  if (tens !== undefined) return { lo: tens, hi: tens, exact: true };
  return VAGUE[w];
}

/** Regex source for a quantity word (longest alternatives first). */
export const QUANTITY_SRC =
  '\\d{1,4}|a[\\s\\u00a0]{1,3}couple[\\s\\u00a0]{1,3}of|a[\\s\\u00a0]{1,3}couple|couple[\\s\\u00a0]{1,3}of|a[\\s\\u00a0]{1,3}few|a[\\s\\u00a0]{1,3}dozen|dozens[\\s\\u00a0]{1,3}of|few|several|some|many|an|a|' +
  [...SMALL.slice(1)].reverse().join('|') +
  '|' +
  Object.keys(TENS).join('|');

/** Time units as they appear in the text, singular or plural. */
export type Unit = 'minute' | 'hour' | 'day' | 'night' | 'week' | 'month' | 'year' | 'decade';

/** The unit a word names ("hrs" → hour), or undefined. */
export function unitOf(word: string): Unit | undefined {
  const w = word.toLowerCase();
  if (w.startsWith('min')) return 'minute';
  if (w.startsWith('h')) return 'hour';
  if (w.startsWith('day')) return 'day';
  if (w.startsWith('night')) return 'night';
  if (w.startsWith('week')) return 'week';
  if (w.startsWith('month')) return 'month';
  if (w.startsWith('year')) return 'year';
  if (w.startsWith('decade')) return 'decade';
  return undefined;
}

/** Regex source for a unit word, singular or plural. */
export const UNIT_SRC = 'minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|months?|years?|decades?';

/**
 * Clock windows of the named parts of a day, in minutes after the day's midnight, half-open;
 * a window past 1440 runs into the next day ("Tuesday night" ends Wednesday 06:00). These are
 * conventions, not facts: "early morning" is taken wide (until 08:00) because news uses it for
 * dawn raids as well as for the small hours.
 */
export const PART_WINDOWS: Readonly<Record<DayPart, readonly [number, number]>> = {
  'early-morning': [0, 8 * 60],
  morning: [5 * 60, 12 * 60],
  afternoon: [12 * 60, 18 * 60],
  evening: [18 * 60, 24 * 60],
  night: [21 * 60, 30 * 60],
  'late-night': [23 * 60, 28 * 60],
};

/** The part of day a word names, with an "early"/"late" modifier folded in. */
export function partOf(word: string, modifier?: string): DayPart | undefined {
  const w = word.toLowerCase().replace(/[\s\u00a0-]+/g, ' ');
  const mod = modifier?.toLowerCase();
  let part: DayPart | undefined;
  if (w === 'morning') part = mod === 'early' ? 'early-morning' : 'morning';
  else if (w === 'early hours' || w === 'small hours' || w === 'wee hours' || w === 'dawn' || w === 'daybreak' || w === 'early morning')
    part = 'early-morning';
  else if (w === 'afternoon') part = 'afternoon';
  else if (w === 'evening' || w === 'dusk') part = 'evening';
  else if (w === 'night' || w === 'overnight') part = mod === 'late' ? 'late-night' : 'night';
  else if (w === 'late night') part = 'late-night';
  return part;
}

/** Zones we know the offset of, in minutes east of UTC. Kyiv follows EU summer time: see `zoneOffset`. */
const FIXED_ZONES: Record<string, number> = {
  MSK: 180, UTC: 0, GMT: 0, Z: 0, CET: 60, CEST: 120, EET: 120, EEST: 180, BST: 60, WET: 0, WEST: 60,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420, JST: 540,
};

/**
 * The zone as we report it and its offset when fixed. "local time" stays 'local' (the place
 * decides, and this stage does not know the place); "Moscow time" is MSK (no summer time since
 * 2014); "Kyiv time" depends on the date, so the caller asks `dstZone`.
 */
export function zoneOf(words: string): { zone: string; offset?: number; dst?: 'eet' } | undefined {
  const w = words.replace(/[()]/g, '').replace(/[\s\u00a0]+/g, ' ').trim();
  const lower = w.toLowerCase();
  if (lower === 'local time' || lower === 'local') return { zone: 'local' };
  if (lower === 'moscow time') return { zone: 'MSK', offset: 180 };
  if (lower === 'kyiv time' || lower === 'kiev time') return { zone: 'Kyiv', dst: 'eet' };
  const num = /^(?:GMT|UTC) ?([+\-−]) ?(\d{1,2})(?::?(\d{2}))?$/i.exec(w);
  if (num) {
    const sign = num[1] === '+' ? 1 : -1;
    const off = sign * (Number(num[2]) * 60 + Number(num[3] ?? 0));
    return { zone: formatOffset(off), offset: off };
  }
  const fixed = FIXED_ZONES[w.toUpperCase()];
  if (fixed !== undefined && w === w.toUpperCase()) return { zone: w.toUpperCase(), offset: fixed };
  return undefined;
}

function formatOffset(min: number): string {
  const sign = min < 0 ? '-' : '+';
  const a = Math.abs(min);
  return `${sign}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}

/** Regex source for a stated zone after a clock time. */
export const ZONE_SRC =
  '[Ll]ocal[\\s\\u00a0]time|[Mm]oscow[\\s\\u00a0]time|[Kk]yiv[\\s\\u00a0]time|[Kk]iev[\\s\\u00a0]time|' +
  '\\(?(?:GMT|UTC)[\\s\\u00a0]?[+\\-−][\\s\\u00a0]?\\d{1,2}(?::?\\d{2})?\\)?|' +
  '(?:MSK|UTC|GMT|CEST|CET|EEST|EET|BST|WEST|WET|EST|EDT|CST|CDT|MST|MDT|PST|PDT|JST)(?![A-Za-z])';
