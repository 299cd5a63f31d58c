/**
 * Finds and resolves every temporal expression of a report: sentence by sentence, in text
 * order, so "later that day" can lean on the date before it.
 */
import { textSentences } from '../text/sentences.js';
import type { Range } from '../../model/span.js';
import type { ExtractTimesOptions, TimeExpression, TimeRole } from './time-types.js';
import type { Candidate } from './semantics.js';
import { RULE_ORDER, scanEnglish } from './grammar-en.js';
import { chronoReads, scanWithChrono } from './chrono-reader.js';
import { foldSince, joinDateAndClock, selectLongest } from './select.js';
import { acledOf, parsePublished, resolveSem, type PrevAnchor, type PubRef } from './resolve.js';
import { hasEventCue, looksAhead, roleOf } from './role.js';
import { formatSpan } from './calendar.js';

/**
 * Longest stretch one scan sees. Sentences longer than this (a 100k-character run of commas)
 * are cut at whitespace; an expression straddling a cut is lost, which only happens in text
 * that is not prose. It bounds the cost of every regular expression to the window.
 */
export const SCAN_WINDOW = 1000;
/** chrono's own patterns are not all bounded, so it never sees more than this at once. */
export const CHRONO_WINDOW = 600;

/** How the time layer reads a language. */
export type TimeCoverage = 'english-rules' | 'chrono' | 'none';

/** Which grammar reads a text in `lang` (ISO 639-1; absent or undetermined means English). */
export function timeCoverage(lang: string | undefined): TimeCoverage {
  const code = normaliseLang(lang);
  if (code === 'en') return 'english-rules';
  return chronoReads(code) ? 'chrono' : 'none';
}

function normaliseLang(lang: string | undefined): string {
  if (!lang || lang === 'und') return 'en';
  return lang.toLowerCase().slice(0, 2);
}

/** `[s, e)` cut into windows of at most `max` characters, preferring to cut at whitespace. */
export function windowsOf(text: string, s: number, e: number, max: number): Range[] {
  const out: Range[] = [];
  while (e - s > max) {
    let cut = s + max;
    const floor = s + max - 100;
    while (cut > floor && !/\s/.test(text[cut]!)) cut--;
    if (cut <= floor) cut = s + max;
    out.push([s, cut]);
    s = cut;
  }
  out.push([s, e]);
  return out;
}

const FINE = new Set(['day', 'part-of-day', 'hour', 'minute']);

/**
 * Every temporal expression in `text`, in text order, each resolved against
 * `opts.published` where it needs an anchor. Linear in the length of the text.
 */
export function extractTimes(text: string, opts: ExtractTimesOptions = {}): TimeExpression[] {
  const pub = parsePublished(opts.published);
  const lang = normaliseLang(opts.lang);
  const english = lang === 'en';
  if (!english && !chronoReads(lang)) return [];
  const out: TimeExpression[] = [];
  // The latest day-or-finer expression, and the latest that dates an event: "that day" prefers the latter.
  let lastAny: PrevAnchor | undefined;
  let lastEvent: PrevAnchor | undefined;
  const prev = (): PrevAnchor | undefined => lastEvent ?? lastAny;
  // A day named but not placed ("Tuesday" with no publication date) still tells "that day" what it means.
  let lastOpen: string | undefined;
  const prevUnresolved = (): string | undefined => lastOpen;

  for (const [ss, se] of english ? textSentences(text) : linesOf(text)) {
    for (const [ws, we] of windowsOf(text, ss, se, english ? SCAN_WINDOW : CHRONO_WINDOW)) {
      const cands = candidatesIn(text, ws, we, lang, pub);
      if (cands.length === 0) continue;
      const sentence = text.slice(ws, we);
      const future = looksAhead(sentence);
      const eventful = hasEventCue(sentence);
      for (const c of cands) {
        const words = text.slice(c.start, c.end);
        const role: TimeRole = roleOf(text, c.start, c.end, eventful);
        const r = resolveSem(c.sem, { pub, future, prev, prevUnresolved });
        const expr: TimeExpression = {
          range: [c.start, c.end],
          text: words,
          kind: c.kind,
          precision: r.precision,
          anchor: r.anchor,
          resolution: r.resolution,
        };
        if (r.span) {
          expr.interval = formatSpan(r.span, r.offset);
          const acled = acledOf(r.span);
          if (acled !== undefined) expr.acledPrecision = acled;
        }
        if (r.timeOfDay) expr.timeOfDay = r.timeOfDay;
        if (r.zone) expr.zone = r.zone;
        if (r.note) expr.note = r.note;
        expr.role = role;
        out.push(expr);
        if (r.span && FINE.has(r.precision) && role !== 'publication' && c.kind !== 'duration' && c.kind !== 'set') {
          const anchor: PrevAnchor = { span: r.span, text: words };
          lastAny = anchor;
          if (role === 'event') lastEvent = anchor;
          lastOpen = undefined;
        } else if (!r.span && r.resolution === 'unresolved' && namesDay(c) && role !== 'publication') {
          // The nearest day named is this open one: "later that day" must not skip back past it.
          lastOpen = words;
          lastAny = undefined;
          lastEvent = undefined;
        }
      }
    }
  }
  return out;
}

/**
 * Non-empty lines. Other languages go to chrono by line, not by sentence: our splitter is
 * tuned to English and cuts German "am 21. Dezember" after the ordinal's full stop.
 */
function linesOf(text: string): Range[] {
  const out: Range[] = [];
  let s = 0;
  while (s <= text.length) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = text.length;
    if (/\S/.test(text.slice(s, Math.min(e, s + 200))) || e - s > 200) out.push([s, e]);
    s = e + 1;
  }
  return out;
}

/** The chosen, joined candidates of one window, sorted by position. */
function candidatesIn(text: string, ws: number, we: number, lang: string, pub: PubRef | undefined): Candidate[] {
  let chosen: Candidate[];
  if (lang === 'en') {
    chosen = selectLongest(scanEnglish(text, ws, we), RULE_ORDER);
    // chrono's strict grammar catches date formats our rules do not list; it never overrides
    // them, and runs only where a date-like cue is left that our rules did not take.
    if (we - ws <= CHRONO_WINDOW && uncoveredCue(text, ws, we, chosen)) {
      const extra = selectLongest(scanWithChrono(text, ws, we, 'en', pub), []).filter(
        (x) => !chosen.some((c) => c.start < x.end && x.start < c.end),
      );
      if (extra.length > 0) chosen = [...chosen, ...extra].sort((a, b) => a.start - b.start);
    }
  } else {
    chosen = selectLongest(scanWithChrono(text, ws, we, lang, pub), []);
  }
  return foldSince(text, joinDateAndClock(text, chosen));
}

/** Whether a candidate names one particular day (so "that day" could mean it). */
function namesDay(c: Candidate): boolean {
  const s = c.sem;
  return s.t === 'weekday' || s.t === 'deictic' || s.t === 'fixed-day' || s.t === 'prev' || (s.t === 'date' && s.d !== undefined);
}

/** Digits in a date or clock shape, or a month or weekday name next to a number. */
const CHRONO_CUE =
  /\d[:/.\-]\d|\d(?:st|nd|rd|th)\b|\d[\s\u00a0]?[ap]\.?m\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?[\s\u00a0]{0,2}\d/gi;

/** True when some date-like cue in the window lies outside every chosen candidate. */
function uncoveredCue(text: string, ws: number, we: number, chosen: readonly Candidate[]): boolean {
  const window = text.slice(ws, we);
  if (!/\d/.test(window)) return false; // every cue has a digit; most sentences have none
  CHRONO_CUE.lastIndex = 0;
  for (let m = CHRONO_CUE.exec(window); m !== null; m = CHRONO_CUE.exec(window)) {
    const at = ws + m.index;
    if (!chosen.some((c) => c.start <= at && at < c.end)) return true;
  }
  return false;
}
