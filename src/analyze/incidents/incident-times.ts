/**
 * Which of a sentence's time expressions date its event, which date a statement about it
 * ("said at 6:10 a.m.", "responded … on December 22"), and which only name a stretch of time
 * ("for months", "since February", "in recent weeks"); and whether two dates can be the same event.
 */
import type { Range } from '../../model/span.js';
import type { Quote } from '../quotes/quote-types.js';
import type { TimeExpression } from '../time/time-types.js';
import type { IncidentDate } from './incident-types.js';

export type TimeUse = 'event' | 'statement' | 'span';

/** A stretch, a habit or a vague past: never an incident's date. */
const SPAN_TEXT = /^(?:since|for|over|during|throughout|until|till|within)\b|\b(?:past|last|recent|coming|next)\s+(?:few\s+)?(?:days|weeks|months|years)\b|\bago$/i;
/** Words before a time that make it the time of a statement, not of the event. */
const STATEMENT_BEFORE = /\b(?:said|says|told|wrote|posted|reported|announced|confirmed|added|statement|message|post|briefing|address|published|update|updated)\b[^,;.!?“”"]{0,28}$/i;

/** Decides what a time expression in a sentence dates. */
export function timeUse(text: string, sentenceStart: number, t: TimeExpression, quotes: readonly Quote[]): TimeUse {
  if (t.role === 'publication') return 'span';
  if (t.kind === 'duration' || t.precision === 'year' || SPAN_TEXT.test(t.text)) return 'span';
  const [s] = t.range;
  if (/\b(?:until|till|since|by|before|throughout)\s+$/iu.test(text.slice(Math.max(sentenceStart, s - 12), s))) return 'span';
  for (const q of quotes) {
    const v = q.verb?.range;
    // Words the quote itself carries date what it tells of; a time right after the verb dates the saying.
    if (!v || s < v[1] || s - v[1] > 40 || (s >= q.range[0] && s < q.range[1] && q.kind === 'direct')) continue;
    const between = text.slice(v[1], s);
    if (!/\b(?:that|when|after|before|while|was|were|is|are|had|has|have|been|did)\b|[,;:“”"]/iu.test(between)) return 'statement';
  }
  const pre = text.slice(Math.max(sentenceStart, s - 40), s);
  if (STATEMENT_BEFORE.test(pre)) return 'statement';
  return 'event';
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const KEY_WORDS = new RegExp(`\\b(${[...WEEKDAYS, ...MONTHS].join('|')})\\b`, 'giu');

/** Day-naming words of an expression ("tuesday", "may"): how unresolved dates are compared. */
function dayWords(t: { text?: string; interval?: { start: string } }): Set<string> {
  const out = new Set<string>();
  if (t.interval) {
    const d = new Date(`${t.interval.start.slice(0, 10)}T12:00:00Z`);
    if (!Number.isNaN(d.getTime())) {
      out.add(WEEKDAYS[d.getUTCDay()]!);
      out.add(MONTHS[d.getUTCMonth()]!);
    }
    return out;
  }
  KEY_WORDS.lastIndex = 0;
  for (let m = KEY_WORDS.exec(t.text ?? ''); m; m = KEY_WORDS.exec(t.text ?? '')) out.add(m[1]!.toLowerCase());
  return out;
}

function kinds(words: Set<string>): { weekday?: string; month?: string } {
  const out: { weekday?: string; month?: string } = {};
  for (const w of words) {
    if (WEEKDAYS.includes(w)) out.weekday = w;
    else out.month = w;
  }
  return out;
}

/**
 * Whether a time can date the same event as an incident's date. Two resolved intervals must
 * overlap; otherwise the day words decide (a Tuesday is not a May without more to go on), and
 * a time with none ("this morning", "earlier that day") fits anything.
 */
export function timesCompatible(date: IncidentDate | undefined, t: TimeExpression): boolean {
  if (!date || (!date.interval && !date.text)) return true;
  // A clock time with no date of its own borrows its day from another sentence: it cannot prove a different day.
  if (t.anchor === 'previous-expression' && dayWords({ text: t.text }).size === 0) return true;
  // ACLED's unit is a day at a place: two times fit when their days meet ("last night" and "11 a.m." next morning).
  if (date.interval && t.interval) {
    const a = days(date.interval);
    const b = days(t.interval);
    return a[0] <= b[1] && b[0] <= a[1];
  }
  const a = kinds(dayWords(date));
  const b = kinds(dayWords(t));
  if (a.weekday && b.weekday && a.weekday !== b.weekday) return false;
  if (a.month && b.month && a.month !== b.month) return false;
  // A weekday and a month with nothing to tie them: read as different moments.
  if ((a.weekday && !a.month && b.month && !b.weekday) || (b.weekday && !b.month && a.month && !a.weekday)) return false;
  return true;
}

/** First and last calendar day an interval touches (its end is exclusive). */
function days(i: { start: string; end: string }): [string, string] {
  const first = i.start.slice(0, 10);
  let last = i.end.slice(0, 10);
  if (i.end.length <= 10 || /T00:00(?::00)?/u.test(i.end)) last = addDays(last, -1) ?? last;
  return [first, last < first ? first : last];
}

/** ACLED time precision of an expression: 1 a day or finer, 2 a week, 3 a month or more. */
export function acledPrecision(t: TimeExpression): 1 | 2 | 3 {
  if (t.acledPrecision) return t.acledPrecision;
  switch (t.precision) {
    case 'week':
      return 2;
    case 'month':
    case 'year':
      return 3;
    default:
      return 1;
  }
}

/** An incident date read from one time expression. */
export function dateFromTime(t: TimeExpression): IncidentDate {
  const d: IncidentDate = { text: t.text, timePrecision: acledPrecision(t), resolution: t.resolution, evidence: [t.range] };
  if (t.interval) d.interval = { ...t.interval };
  if (t.timeOfDay) d.timeOfDay = { ...t.timeOfDay };
  if (t.note) d.note = t.note;
  return d;
}

/**
 * The date of an incident no sentence dates: ACLED codes the week up to the report's
 * publication (precision 2); without a publication date nothing can be said.
 */
export function undatedIncident(published: { value: string } | undefined): IncidentDate {
  const day = published?.value.slice(0, 10);
  const end = day ? addDays(day, 1) : undefined;
  const start = day ? addDays(day, -6) : undefined;
  if (day && start && end) {
    return {
      interval: { start, end },
      timePrecision: 2,
      resolution: 'inferred',
      note: `no date in the report: read as the week up to publication (${day})`,
      evidence: [],
    };
  }
  return { timePrecision: 3, resolution: 'unresolved', note: 'no date in the report and no publication date', evidence: [] };
}

function addDays(day: string, n: number): string | undefined {
  const d = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return undefined;
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** True when `r` lies inside `outer`. */
export function within(r: Range, outer: Range): boolean {
  return r[0] >= outer[0] && r[1] <= outer[1];
}
