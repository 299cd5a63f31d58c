/**
 * chrono-node as a parser only. Its own resolution leans forward and fills unknown parts from
 * the reference date, so we keep just the components the words state and let `resolve.ts`
 * place them (past-leaning, with notes). To tell "gestern" (relative) from "21. Dezember 2023"
 * (absolute) without trusting per-locale tags, each window is parsed against two reference
 * dates far apart: what moves with the reference was relative.
 */
import * as chrono from 'chrono-node';
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import type { Candidate, Clock, Sem } from './semantics.js';
import { MIN_PER_DAY, dayNumber } from './calendar.js';
import type { PubRef } from './resolve.js';

type Parser = { parse(text: string, ref: { instant: Date; timezone: number }): ParsedResult[] };

/** Locales chrono reads beyond English, by ISO 639-1 code. */
const LOCALES: Record<string, { casual: Parser }> = {
  de: chrono.de, fr: chrono.fr, ja: chrono.ja, pt: chrono.pt, nl: chrono.nl, zh: chrono.zh, ru: chrono.ru,
  es: chrono.es, uk: chrono.uk, it: chrono.it, sv: chrono.sv, fi: chrono.fi, vi: chrono.vi, id: chrono.id, ar: chrono.ar,
};

/** True when chrono has a grammar for the language. */
export function chronoReads(lang: string): boolean {
  return Object.hasOwn(LOCALES, lang);
}

/** The second reference lies this many days after the first: a different weekday, month and year. */
const SHIFT_DAYS = 1000 + 3;
/** With no publication date, relative words are read against this and then marked unresolved. */
const FALLBACK_DAY = dayNumber({ y: 2000, m: 1, d: 1 });

const refOf = (day: number): { instant: Date; timezone: number } => ({ instant: new Date((day * MIN_PER_DAY + 12 * 60) * 60_000), timezone: 0 });

/**
 * Candidates chrono finds in `text[from, to)`. `english` restricts it to the strict English
 * grammar and to absolute readings (our English rules cover the relative ones).
 */
export function scanWithChrono(text: string, from: number, to: number, lang: string, pub: PubRef | undefined): Candidate[] {
  const english = lang === 'en';
  const parser: Parser | undefined = english ? chrono.strict : LOCALES[lang]?.casual;
  if (!parser) return [];
  const window = text.slice(from, to);
  const baseDay = pub?.day ?? FALLBACK_DAY;
  const a = parser.parse(window, refOf(baseDay));
  if (a.length === 0) return [];
  // English strict results tag their relative readings reliably, so one parse is enough there.
  const b = english ? [] : parser.parse(window, refOf(baseDay + SHIFT_DAYS));
  const byIndex = new Map(b.map((r) => [`${r.index}:${r.text}`, r]));
  const out: Candidate[] = [];
  for (const r of a) {
    if (english && [...r.tags()].some((t) => t.startsWith('result/relative') || t.startsWith('casualReference'))) continue;
    const twin = byIndex.get(`${r.index}:${r.text}`);
    const sem = semOf(r.start, twin?.start, pub !== undefined && pub.day !== undefined);
    if (!sem || (english && !englishExtra(sem, r.text))) continue;
    // chrono sometimes keeps leading spaces or a preposition; our spans start at the words.
    const lead = /^[\s\u00a0]*/.exec(r.text)![0].length;
    const trail = /[\s\u00a0,]*$/.exec(r.text)![0].length;
    const start = from + r.index + lead;
    const end = from + r.index + r.text.length - trail;
    if (end <= start) continue;
    const kind = sem.t === 'clock' ? 'time' : sem.t === 'date' ? (sem.clock ? 'datetime' : 'date') : sem.t === 'year' ? 'date' : 'relative';
    out.push({ start, end, kind, sem, rule: english ? 'chrono-strict' : `chrono-${lang}` });
  }
  return out;
}

/**
 * What chrono may add to our English rules: calendar dates in shapes the rules do not list.
 * Its bare clock times and weekdays duplicate ours or misread scores, and an all-digit date
 * without a year is a fraction ("3/4 of members").
 */
function englishExtra(sem: Sem, words: string): boolean {
  if (sem.t !== 'date') return false;
  return sem.y !== undefined || /\p{L}/u.test(words);
}

function certain(c: ParsedComponents, k: Parameters<ParsedComponents['get']>[0]): number | undefined {
  return c.isCertain(k) ? (c.get(k) ?? undefined) : undefined;
}

function clockOf(c: ParsedComponents): Clock | undefined {
  const hour = certain(c, 'hour');
  if (hour === undefined) return undefined;
  const clock: Clock = { hour };
  const minute = certain(c, 'minute');
  if (minute !== undefined) clock.minute = minute;
  const off = certain(c, 'timezoneOffset');
  if (off !== undefined) {
    clock.offset = off;
    const sign = off < 0 ? '-' : '+';
    const abs = Math.abs(off);
    clock.zone = off === 0 ? 'UTC' : `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  }
  return clock;
}

/** Stated components only; `other` is the same words read against the shifted reference. */
function semOf(c: ParsedComponents, other: ParsedComponents | undefined, havePubDay: boolean): Sem | undefined {
  const y = certain(c, 'year');
  const m = certain(c, 'month');
  const d = certain(c, 'day');
  const wd = certain(c, 'weekday');
  const clock = clockOf(c);
  const moved =
    other !== undefined &&
    (certain(other, 'year') !== y || certain(other, 'month') !== m || certain(other, 'day') !== d);
  if (moved) {
    // Relative to the reference ("gestern", "il y a deux jours"): only meaningful against a real publication date.
    if (d === undefined || m === undefined || y === undefined) return undefined;
    const sem: Sem = havePubDay ? { t: 'fixed-day', day: dayNumber({ y, m, d }) } : { t: 'fixed-day' };
    if (clock) sem.clock = clock;
    return sem;
  }
  if (m !== undefined && d !== undefined) {
    const sem: Sem = { t: 'date', m, d };
    if (y !== undefined) sem.y = y;
    if (clock) sem.clock = clock;
    return sem;
  }
  if (m !== undefined && y !== undefined) return { t: 'date', y, m };
  if (wd !== undefined) {
    const sem: Sem = { t: 'weekday', wd };
    if (clock) sem.clock = clock;
    return sem;
  }
  if (clock) return { t: 'clock', clock };
  if (y !== undefined) return { t: 'year', y };
  return undefined;
}
