import { DATE_LINE_LABELS, MONTH_NAMES, TODAY_LABELS } from './date-words.js';

/** A calendar date read from a line of text. */
export interface LineDate {
  year?: number;
  month: number;
  day: number;
}

/** `2024-12-23` from a full date. */
export function isoDay(d: Required<LineDate>): string {
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

const L = '\\p{L}';
// Trailing clock time and zone after a date: "· 10:15", "at 10:15 am", "14.30 Uhr", "10:15 (MSK)".
const TIME_TAIL = new RegExp(
  `\\s*(?:[,|·•–—-]\\s*)?(?:(?:at|um|à|a las|alle|às|o|в|о|lúc)\\s+)?\\d{1,2}[:h.]\\d{2}(?::\\d{2})?` +
    `(?:\\s*[ap]\\.?\\s?m\\.?)?(?:\\s*(?:uhr|h))?(?:\\s*\\(?(?:utc|gmt|cet|cest|msk|eet|eest|est|edt|pst|pdt|bst|kst|ict)(?:\\s*[+-]\\s*\\d{1,2})?\\)?)?$`,
  'u',
);
const YEAR_TAIL = /\s*(?:г\.|года|год|р\.|року|рік|r\.|roku)$/u;
const WEEKDAY_HEAD = new RegExp(`^${L}{2,13}\\.?,\\s*`, 'u');

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/u;
const YMD_SLASH = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/u;
const NUMERIC = /^(\d{1,2})([./])(\d{1,2})\2(\d{4})$/u;
const DAY_MONTH = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th|er|\\.|º)?\\s+(?:de\\s+)?(${L}+)\\.?(?:\\s+(?:de|del)\\b)?(?:,?\\s*(\\d{4}))?$`, 'u');
const MONTH_DAY = new RegExp(`^(${L}+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?$`, 'u');
const VI = /^(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})(?:,?\s+(?:năm\s+)?(\d{4}))?$/u;

/**
 * Reads a string that is nothing but a date (with an optional weekday, clock time and zone):
 * "Dec 23, 2024", "23 December 2024", "Montag, 23. Dezember 2024, 10:15 Uhr", "2024-12-23",
 * "23.12.2024", "ngày 23 tháng 12 năm 2024". Slash dates whose day and month cannot be told
 * apart (03/04/2024) are left unread rather than guessed. The year may be missing only when
 * `allowNoYear` is set (datelines: "MOSCOW, May 30 (Reuters) -").
 */
export function parseDate(input: string, allowNoYear = false): LineDate | undefined {
  let s = input.trim().toLowerCase().replace(/\s+/gu, ' ');
  s = s.replace(TIME_TAIL, '').replace(YEAR_TAIL, '').replace(/[\s,.;:|·–—-]+$/u, '');
  const noWeekday = s.replace(WEEKDAY_HEAD, '');
  return readDate(s, allowNoYear) ?? (noWeekday !== s ? readDate(noWeekday, allowNoYear) : undefined);
}

function readDate(s: string, allowNoYear: boolean): LineDate | undefined {
  let m = ISO.exec(s) ?? YMD_SLASH.exec(s);
  if (m) return valid(Number(m[1]), Number(m[2]), Number(m[3]));
  if ((m = NUMERIC.exec(s))) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const y = Number(m[4]);
    if (m[2] === '.') return valid(y, b, a);
    if (a > 12) return valid(y, b, a);
    if (b > 12) return valid(y, a, b);
    return undefined;
  }
  if ((m = VI.exec(s))) return withYear(m[3], Number(m[2]), Number(m[1]), allowNoYear);
  if ((m = DAY_MONTH.exec(s))) {
    const month = MONTH_NAMES[m[2] ?? ''];
    if (month) return withYear(m[3], month, Number(m[1]), allowNoYear);
  }
  if ((m = MONTH_DAY.exec(s))) {
    const month = MONTH_NAMES[m[1] ?? ''];
    if (month) return withYear(m[3], month, Number(m[2]), allowNoYear);
  }
  return undefined;
}

function withYear(year: string | undefined, month: number, day: number, allowNoYear: boolean): LineDate | undefined {
  if (year !== undefined) return valid(Number(year), month, day);
  if (!allowNoYear) return undefined;
  const d = valid(2000, month, day); // a leap year, so 29 February passes
  return d ? { month, day } : undefined;
}

function valid(year: number, month: number, day: number): LineDate | undefined {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return undefined;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= last ? { year, month, day } : undefined;
}

const TODAY_RE = new RegExp(`^(?:${alternation(TODAY_LABELS)})\\s*[:：,–—-]?\\s*(.+)$`, 'iu');
const LABELLED_RE = new RegExp(`^(?:${alternation(DATE_LINE_LABELS)})\\s*[:：]?\\s*(.+)$`, 'iu');

/** A whole line that is a date, and what kind of date line it is. */
export interface DateLine {
  date: Required<LineDate>;
  kind: 'today' | 'labelled' | 'bare';
}

/** Reads a line that is only a date, "Today: <date>" or "Published: <date>". */
export function readDateLine(line: string): DateLine | undefined {
  const t = line.trim();
  if (t.length > 80) return undefined;
  const full = (d: LineDate | undefined): Required<LineDate> | undefined =>
    d && d.year !== undefined ? { year: d.year, month: d.month, day: d.day } : undefined;
  let m = TODAY_RE.exec(t);
  let d = m?.[1] ? full(parseDate(m[1])) : undefined;
  if (d) return { date: d, kind: 'today' };
  m = LABELLED_RE.exec(t);
  d = m?.[1] ? full(parseDate(m[1])) : undefined;
  if (d) return { date: d, kind: 'labelled' };
  d = full(parseDate(t));
  return d ? { date: d, kind: 'bare' } : undefined;
}

/** Escapes and joins words for a regex alternation, longest first so "posted on" wins over "posted". */
export function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/\s+/gu, '\\s+'))
    .join('|');
}
