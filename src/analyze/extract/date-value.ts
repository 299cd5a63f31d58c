/**
 * Reads a publication date written in a page: ISO 8601 as meta tags and JSON-LD carry it, Unix
 * epochs, or free text ("Nov 19, 2019 10:02 AM EST") through chrono-node.
 */
import * as chrono from 'chrono-node';
import type { DatePrecision } from '../../model/document.js';

/** A date as read: ISO 8601 text and how much of it is known. */
export interface DateReading {
  /** `2019-11-19`, `2019-11-19T10:02-05:00`, or a local time without offset when none was given. */
  value: string;
  precision: DatePrecision;
}

const ISO =
  /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?)?)?$/;

const pad = (n: number): string => String(n).padStart(2, '0');

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days && y >= 1900 && y <= 2200;
}

function offsetText(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function normaliseOffset(raw: string | undefined): string {
  if (!raw) return '';
  if (/^(z|utc|gmt)$/i.test(raw)) return 'Z';
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(raw);
  if (!m) return '';
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? '0');
  return offsetText(m[1] === '-' ? -minutes : minutes);
}

function fromIso(text: string): DateReading | undefined {
  const m = ISO.exec(text);
  if (!m) return undefined;
  const y = Number(m[1]);
  if (m[2] === undefined) return y >= 1900 && y <= 2200 ? { value: String(y), precision: 'year' } : undefined;
  const mo = Number(m[2]);
  if (m[3] === undefined) return mo >= 1 && mo <= 12 ? { value: `${y}-${pad(mo)}`, precision: 'month' } : undefined;
  const d = Number(m[3]);
  if (!validDay(y, mo, d)) return undefined;
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  if (m[4] === undefined) return { value: date, precision: 'day' };
  const h = Number(m[4]);
  const mi = Number(m[5]);
  if (h > 23 || mi > 59) return { value: date, precision: 'day' };
  const sec = m[6] === undefined ? '' : `:${m[6]}`;
  // CMSs pad times to whole seconds: ":00" says the minute is known, not the second.
  const precision = m[6] === undefined || m[6] === '00' ? 'minute' : 'second';
  return { value: `${date}T${pad(h)}:${pad(mi)}${sec}${normaliseOffset(m[7])}`, precision };
}

function fromEpoch(text: string): DateReading | undefined {
  if (!/^\d{10}(\d{3})?$/.test(text)) return undefined;
  const ms = text.length === 13 ? Number(text) : Number(text) * 1000;
  const date = new Date(ms);
  const y = date.getUTCFullYear();
  if (y < 1995 || y > 2200) return undefined;
  return { value: date.toISOString().replace(/\.\d{3}Z$/, 'Z'), precision: 'second' };
}

/** Parsers tried on free text, English first; strict ones, since "yesterday" says nothing without a reference date. */
const PARSERS = [chrono.en.strict, chrono.de.strict, chrono.fr.strict, chrono.es.strict, chrono.pt.strict, chrono.it.strict, chrono.nl.strict];

/** Reads free text with chrono; only a date whose year is written is accepted. */
export function dateFromText(text: string): DateReading | undefined {
  // No year, no date: chrono is the slowest part of metadata reading, so skip it early.
  if (!/\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2}/.test(text)) return undefined;
  for (const parser of PARSERS) {
    const hit = parser.parse(text).find((r) => r.start.isCertain('year') && r.start.isCertain('month') && r.start.isCertain('day'));
    if (!hit) continue;
    const c = hit.start;
    const y = c.get('year');
    const mo = c.get('month');
    const d = c.get('day');
    if (y === null || mo === null || d === null || !validDay(y, mo, d)) continue;
    const date = `${y}-${pad(mo)}-${pad(d)}`;
    if (!c.isCertain('hour')) return { value: date, precision: 'day' };
    const offset = c.isCertain('timezoneOffset') ? c.get('timezoneOffset') : null;
    const time = `${date}T${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}`;
    return { value: offset === null ? time : `${time}${offsetText(offset)}`, precision: 'minute' };
  }
  return undefined;
}

/** Reads a date from an attribute or meta value: ISO 8601, epoch, or free text. */
export function readDate(raw: string | null | undefined): DateReading | undefined {
  const text = (raw ?? '').trim();
  if (!text || text.length > 120) return undefined;
  return fromIso(text) ?? fromEpoch(text) ?? dateFromText(text);
}
