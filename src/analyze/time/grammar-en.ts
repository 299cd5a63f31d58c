/**
 * English rules for the temporal expressions of news copy. Each rule is one regular expression
 * plus a builder that reads its groups into a `Sem`. Every quantifier is bounded (`{1,3}`
 * whitespace, fixed word lists), so a rule tries a bounded amount of work at each position and
 * a scan is linear in the window it runs on.
 *
 * Span convention: plain locating prepositions (in, on, at, during) stay outside the span;
 * words that change the meaning stay inside ("since", "for", "shortly after", "earlier that").
 */
import type { DayPart, TimeKind } from './time-types.js';
import type { Candidate, Clock, ClockApprox, Sem, SubPeriod } from './semantics.js';
import {
  MONTHS, QUANTITY_SRC, UNIT_SRC, WEEKDAYS, ZONE_SRC, partOf, quantityOf, unitOf, zoneOf, type Quantity,
} from './lexicon.js';
import { WordTable } from '../text/word-table.js';
import { isSpaceCode } from '../text/char-class.js';

const S = '[\\s\\u00a0]{1,3}';
const SO = '[\\s\\u00a0]{0,3}';
const MONTH_FULL = 'January|February|March|April|May|June|July|August|September|October|November|December';
const MONTH = `(?:(?:${MONTH_FULL})\\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\\.|\\b))`;
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b';
const WD_ANY = `(?:${WEEKDAY}|(?:Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)(?:\\.|\\b))`;
const DAY = '(?:3[01]|[12]\\d|0?[1-9])';
const ORD = '(?:st|nd|rd|th)?';
const YEAR = '(?:1[89]\\d\\d|20\\d\\d)';
const SUB_M = `early|mid|late|the${S}(?:start|beginning|end|middle)${S}of|the${S}(?:first|second)${S}half${S}of|(?:start|beginning|end|middle)${S}of`;
const SUB_Y = `${SUB_M}|(?:the${S})?(?:spring|summer|autumn|fall|winter)(?:${S}of)?`;
const PREP = 'in|since|until|till|by|from|of|during|before|after|through|throughout|between|and|to|last|this|next|early|late|mid';
/** Fewer cues for a bare year: "of 2000" and "and 2000" are more often counts than years. */
const PREP_Y = 'in|since|until|till|by|from|during|before|after|through|throughout|between|early|late|mid';
const QUAL = `more${S}than|less${S}than|fewer${S}than|just${S}over|just${S}under|a${S}little${S}over|a${S}little${S}more${S}than|nearly|almost|about|around|over|under|some|roughly|approximately|at${S}least|only|just|barely|up${S}to`;
const Q = `(?:${QUANTITY_SRC})`;
const PART = 'morning|afternoon|evening|night';
/** Nouns after a bare number that make it a count, not a year: "in 2000 cases". */
const COUNTED =
  'people|persons|civilians|soldiers|troops|drones|missiles|rockets|shells|cases|units|men|women|children|homes|houses|buildings|km|kilometers|kilometres|miles|meters|metres|tons|tonnes|dollars|euros|rubles|roubles|hryvnias|times|votes|residents|feet|of';

interface Rule {
  id: string;
  /**
   * Cheap tests a window must pass before the rule runs (all of them). Most sentences hold no
   * month name, weekday or digit, so this skips most of the work on ordinary prose.
   */
  need: number;
  /**
   * A cue flag one of whose words (any case) every match of `re` holds, starting at most
   * {@link ANCHOR_LEAD} characters after the match does: the scan starts that far before the
   * window's first such word and stops after its last. Set only where the pattern puts the word
   * at a word boundary (so the tokeniser sees it as a whole word).
   */
  anchor?: number;
  re: RegExp;
  /** Returns what the match means, or null to reject it; `trimStart` narrows the span. */
  make(m: RegExpExecArray, g: Record<string, string | undefined>, text: string, at: number): Built | null;
}

interface Built {
  kind: TimeKind;
  sem: Sem;
  /** Characters to drop from the front of the match (a leading "at"). */
  trimStart?: number;
}

const rx = (src: string, flags = 'gi'): RegExp => new RegExp(src, flags);

// Cue flags: a window is tokenised once into words and numbers, and a rule runs only when the
// window holds every cue it needs. Most sentences name no month, weekday or clock time, so
// this skips most of the regular-expression work on ordinary prose.
const DIGIT = 1 << 0;
const YEAR_CUE = 1 << 1;
const MONTH_CUE = 1 << 2;
const WEEKDAY_CUE = 1 << 3;
const DEICTIC = 1 << 4;
const PART_CUE = 1 << 5;
const UNIT_CUE = 1 << 6;
const SEQ = 1 << 7;
const REL = 1 << 8;
const THAT = 1 << 9;
const CLOCK_CUE = 1 << 10;
const RECENT = 1 << 11;
const FOR = 1 << 12;
const SET_CUE = 1 << 13;

const WORD_FLAGS = new Map<string, number>();
const flag = (words: string, f: number): void => {
  for (const w of words.split(' ')) WORD_FLAGS.set(w, (WORD_FLAGS.get(w) ?? 0) | f);
};
flag('monday tuesday wednesday thursday friday saturday sunday', WEEKDAY_CUE | UNIT_CUE);
flag('today yesterday tomorrow tonight', DEICTIC);
flag('morning mornings afternoon afternoons evening evenings night nights hours dawn daybreak dusk overnight', PART_CUE);
flag('minute minutes min mins hour hours hr hrs day days night nights week weeks weekend month months year years decade decades morning afternoon evening', UNIT_CUE);
flag('ago later earlier afterwards afterward', SEQ);
flag('past last coming next this', REL);
flag('that same next following previous preceding before after earlier later', THAT);
flag('noon midday midnight', CLOCK_CUE);
flag('recent', RECENT);
flag('for', FOR);
flag('every each consecutive straight row after', SET_CUE);
// Month names carry MONTH_CUE in the table, but count only capitalised: "may" and "march" are mostly verbs.
for (const m of MONTHS.keys()) WORD_FLAGS.set(m, (WORD_FLAGS.get(m) ?? 0) | MONTH_CUE);
const CUE_WORDS = new WordTable(WORD_FLAGS);
/** Longer words are no cue (the longest cue word has 11 letters). */
const LONGEST_CUE = 11;

const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isMeridiem = (c: number, next: number): boolean =>
  (c === 97 || c === 65 || c === 112 || c === 80) && (next === 46 || next === 109 || next === 77);

/**
 * The cue flags of `text[from, to)`: its words and numbers are the runs of ASCII letters and of
 * digits in it (as `/\d+|[A-Za-z]+/g` finds them in the window's slice), read in place. A number
 * gives CLOCK_CUE only in a clock's shape (digits then `:`/`h` and a digit, or a.m./p.m. after at
 * most three spaces), which every digit match of the clock rule has; most figures are counts.
 */
function cuesOf(text: string, from: number, to: number): number {
  let flags = 0;
  let anchors = 0;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isDigitCode(c)) {
      const start = i;
      while (i < to && isDigitCode(text.charCodeAt(i))) i++;
      flags |= DIGIT;
      if (i - start === 4) {
        const c1 = text.charCodeAt(start + 1);
        if ((c === 49 && (c1 === 56 || c1 === 57)) || (c === 50 && c1 === 48)) flags |= YEAR_CUE;
      }
      if (clockShapeAt(text, i, to)) {
        flags |= CLOCK_CUE;
        anchors = noteAnchors(anchors, CLOCK_CUE, start);
      }
      continue;
    }
    if (!isAsciiLetter(c)) {
      i++;
      continue;
    }
    const start = i;
    while (i < to && isAsciiLetter(text.charCodeAt(i))) i++;
    if (i - start > LONGEST_CUE) continue;
    const any = CUE_WORDS.getFolded(text, start, i);
    if (any === 0) continue;
    if (c < 97) flags |= any;
    else if (!hasCapital(text, start + 1, i)) flags |= any & ~MONTH_CUE; // as written: the table is lower case
    if ((any & ANCHORS) !== 0) anchors = noteAnchors(anchors, any & ANCHORS, start);
  }
  return flags;
}

/** Cue flags that anchor a rule's scan ({@link Rule.anchor}). */
const ANCHORS = MONTH_CUE | WEEKDAY_CUE | PART_CUE | CLOCK_CUE | FOR | DEICTIC;
/** Farthest a match of an anchored rule starts before its anchor word ("early on last Monday", "shortly before 7.30 pm"). */
const ANCHOR_LEAD = 48;
/** Per anchor flag (by bit), where its first and last word in the window start; valid for bits noted since `cuesOf` began. */
const FIRST_AT = new Int32Array(32);
const LAST_AT = new Int32Array(32);

/** Records words of the flags `bits` starting at `at`; returns the flags seen so far. */
function noteAnchors(seen: number, bits: number, at: number): number {
  for (let rest = bits; rest !== 0; rest &= rest - 1) {
    const b = 31 - Math.clz32(rest & -rest);
    if ((seen & (1 << b)) === 0) FIRST_AT[b] = at;
    LAST_AT[b] = at;
  }
  return seen | bits;
}

function hasCapital(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

/** After a run of digits ending at `i`: `:`/`h` and a digit, or up to three spaces and a meridiem ("a.m.", "pm"). */
function clockShapeAt(text: string, i: number, to: number): boolean {
  if (i >= to) return false;
  const c = text.charCodeAt(i);
  if ((c === 58 || c === 104) && i + 1 < to && isDigitCode(text.charCodeAt(i + 1))) return true;
  let j = i;
  while (j < i + 3 && j < to && isSpaceCode(text.charCodeAt(j))) j++;
  return j + 1 < to && isMeridiem(text.charCodeAt(j), text.charCodeAt(j + 1));
}

const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word);
const monthNo = (word: string): number | undefined => MONTHS.get(word.toLowerCase().replace(/\.$/, ''));
const wdNo = (word: string): number | undefined => WEEKDAYS.get(word.toLowerCase().replace(/\.$/, ''));
const norm = (s: string): string => s.toLowerCase().replace(/[\s\u00a0]+/g, ' ');

function subOf(words: string | undefined): SubPeriod | undefined {
  if (!words) return undefined;
  const w = norm(words).replace(/^the /, '').replace(/ of$/, '');
  switch (w) {
    case 'early': return 'early';
    case 'mid': return 'mid';
    case 'late': return 'late';
    case 'start': case 'beginning': return 'start';
    case 'end': return 'end';
    case 'middle': return 'mid';
    case 'first half': return 'first-half';
    case 'second half': return 'second-half';
    case 'spring': return 'spring';
    case 'summer': return 'summer';
    case 'autumn': case 'fall': return 'autumn';
    case 'winter': return 'winter';
    default: return undefined;
  }
}

/** The part of day for a weekday or deictic phrase: "early Tuesday morning", "late yesterday". */
function phrasePart(pre: string | undefined, pmod: string | undefined, part: string | undefined): DayPart | undefined {
  const p = pre?.toLowerCase();
  if (part) return partOf(part, pmod ?? (p === 'early' || p === 'late' ? p : undefined));
  if (p === 'early') return 'early-morning';
  if (p === 'late') return 'evening';
  return undefined;
}

/** "recent weeks", "the coming days" with no number: the stretches we read them as (stated in the note). */
const VAGUE_STRETCH: Partial<Record<string, Quantity>> = {
  minute: { lo: 1, hi: 60, exact: false }, hour: { lo: 1, hi: 24, exact: false },
  day: { lo: 1, hi: 7, exact: false }, night: { lo: 1, hi: 7, exact: false }, week: { lo: 1, hi: 4, exact: false },
  month: { lo: 1, hi: 6, exact: false }, year: { lo: 1, hi: 5, exact: false }, decade: { lo: 1, hi: 3, exact: false },
};

const qty = (word: string | undefined, unitWord: string): Quantity | undefined => {
  if (word) return quantityOf(word);
  // "hours later", "for months": a bare plural means a few of them.
  return /s$/i.test(unitWord) ? { lo: 2, hi: 9, exact: false } : undefined;
};

const clockApprox = (w: string | undefined): ClockApprox | undefined => {
  if (!w) return undefined;
  const a = norm(w);
  if (/^(shortly|just|soon) after$/.test(a)) return 'shortly-after';
  if (/^(shortly|just) before$/.test(a)) return 'shortly-before';
  if (/^(at )?(around|about)$|^approximately$|^roughly$/.test(a)) return 'around';
  if (a === 'after' || a === 'since') return 'after';
  if (a === 'before' || a === 'by' || a === 'until') return 'before';
  return undefined;
};

const RULES: Rule[] = [
  {
    id: 'iso',
    need: YEAR_CUE,
    re: rx(`(?<![\\d\\-])(?<y>${YEAR})-(?<mo>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\\d|3[01])(?:[T\\s](?<h>[01]\\d|2[0-3]):(?<mi>[0-5]\\d)(?::[0-5]\\d(?:\\.\\d{1,9})?)?(?<z>Z|[+\\-](?:[01]\\d|2[0-3]):?[0-5]\\d)?)?(?![\\d])`, 'g'),
    make(_m, g) {
      const sem: Sem = { t: 'date', y: Number(g.y), m: Number(g.mo), d: Number(g.d) };
      if (g.h !== undefined) {
        const clock: Clock = { hour: Number(g.h), minute: Number(g.mi) };
        if (g.z) {
          const off = g.z === 'Z' ? 0 : (g.z[0] === '-' ? -1 : 1) * (Number(g.z.slice(1, 3)) * 60 + Number(g.z.slice(-2)));
          clock.offset = off;
          clock.zone = g.z === 'Z' ? 'UTC' : `${g.z.slice(0, 3)}:${g.z.slice(-2)}`;
        }
        sem.clock = clock;
        return { kind: 'datetime', sem };
      }
      return { kind: 'date', sem };
    },
  },
  {
    id: 'numeric',
    need: YEAR_CUE,
    re: rx(`(?<![\\d.\\/\\-])(?<a>\\d{1,2})(?<sep>[.\\/])(?<b>\\d{1,2})\\k<sep>(?<y>${YEAR})(?![\\d]|[.\\/]\\d)`, 'g'),
    make(_m, g) {
      const a = Number(g.a);
      const b = Number(g.b);
      // A dot is European day.month; a slash is ambiguous unless one side exceeds 12.
      let d = a;
      let m = b;
      let orderGuess = false;
      if (g.sep === '/') {
        if (a > 12) [d, m] = [a, b];
        else if (b > 12) [d, m] = [b, a];
        else [d, m, orderGuess] = [b, a, a !== b];
      }
      if (m < 1 || m > 12 || d < 1 || d > 31) return null;
      const sem: Sem = { t: 'date', y: Number(g.y), m, d };
      if (orderGuess) sem.orderGuess = true;
      return { kind: 'date', sem };
    },
  },
  {
    id: 'day-month',
    need: DIGIT | MONTH_CUE,
    anchor: MONTH_CUE,
    re: rx(`(?:(?<wd>${WD_ANY}),?${S})?(?:the${S})?(?<![\\d.,\\/])(?<d>${DAY})${ORD}(?:${S}of)?${S}(?<mon>${MONTH})(?:,?${S}(?<y>${YEAR})(?!\\d))?`),
    make(_m, g) {
      const m = monthNo(g.mon!);
      if (m === undefined || !isCapitalised(g.mon!)) return null;
      const sem: Sem = { t: 'date', m, d: Number(g.d) };
      if (g.y) sem.y = Number(g.y);
      return { kind: 'date', sem };
    },
  },
  {
    id: 'month-day',
    need: DIGIT | MONTH_CUE,
    re: rx(`(?:(?<wd>${WD_ANY}),?${S})?(?<mon>${MONTH})${S}(?:the${S})?(?<d>${DAY})${ORD}\\b(?![:.,]?\\d)(?:,?${S}(?<y>${YEAR})(?!\\d))?`),
    make(_m, g) {
      const m = monthNo(g.mon!);
      if (m === undefined || !isCapitalised(g.mon!)) return null;
      const sem: Sem = { t: 'date', m, d: Number(g.d) };
      if (g.y) sem.y = Number(g.y);
      return { kind: 'date', sem };
    },
  },
  {
    id: 'month-year',
    need: YEAR_CUE | MONTH_CUE,
    re: rx(`(?:(?<sub>${SUB_M})(?:${S}|-))?(?<mon>${MONTH}),?${S}(?<y>${YEAR})(?!\\d)`),
    make(_m, g) {
      const m = monthNo(g.mon!);
      if (m === undefined || !isCapitalised(g.mon!)) return null;
      const sem: Sem = { t: 'date', y: Number(g.y), m };
      const sub = subOf(g.sub);
      if (sub) sem.sub = sub;
      return { kind: 'date', sem };
    },
  },
  {
    id: 'month',
    need: MONTH_CUE,
    anchor: MONTH_CUE,
    re: rx(`(?:(?<sub>${SUB_M})(?:${S}|-)|(?<=\\b(?:${PREP})${S}))(?<mon>${MONTH_FULL})\\b(?!${SO}\\d)`),
    make(_m, g) {
      const m = monthNo(g.mon!);
      if (m === undefined || !isCapitalised(g.mon!)) return null;
      const sem: Sem = { t: 'date', m };
      const sub = subOf(g.sub);
      if (sub) sem.sub = sub;
      return { kind: 'date', sem };
    },
  },
  {
    id: 'year',
    need: YEAR_CUE,
    re: rx(`(?:(?<sub>${SUB_Y})(?:${S}|-)|(?<=\\b(?:${PREP_Y})${S}))(?<y>${YEAR})(?![\\d,.]?\\d)(?!-\\d)(?!${S}(?:${COUNTED})\\b)`),
    make(_m, g) {
      const sem: Sem = { t: 'year', y: Number(g.y) };
      const sub = subOf(g.sub);
      if (sub) sem.sub = sub;
      return { kind: 'date', sem };
    },
  },
  {
    id: 'weekday',
    need: WEEKDAY_CUE,
    anchor: WEEKDAY_CUE,
    re: rx(`(?<!\\b(?:Good|Black|Bloody|Super|Holy|Ash|Palm|Easter|Cyber|Maundy)${S})\\b(?:(?<pre>early|late)${S}(?:on${S})?)?(?:(?<rel>last|this|next|past|coming)${S})?(?<wd>${WEEKDAY})(?!${S}(?:Times|Telegraph|Express|Mirror|Post|Herald|Mail|Independent|Star|Sport|People)\\b)(?:['’]s)?(?:${S}(?:(?<pmod>early|late)${S})?(?<part>${PART})\\b)?`),
    make(_m, g) {
      const wd = wdNo(g.wd!)!;
      const sem: Sem = { t: 'weekday', wd };
      const rel = g.rel?.toLowerCase();
      if (rel === 'last' || rel === 'past') sem.rel = 'last';
      else if (rel === 'next' || rel === 'coming') sem.rel = 'next';
      else if (rel === 'this') sem.rel = 'this';
      const part = phrasePart(g.pre, g.pmod, g.part);
      if (part) sem.part = part;
      return { kind: 'relative', sem };
    },
  },
  {
    id: 'part-of-weekday',
    need: WEEKDAY_CUE | PART_CUE,
    anchor: WEEKDAY_CUE,
    re: rx(`\\b(?:the${S})?(?<ph>early${S}hours|small${S}hours|wee${S}hours|early${S}morning|${PART})${S}of${S}(?:(?<rel>last|this)${S})?(?<wd>${WEEKDAY})(?:${S}(?<part>morning|night)\\b)?`),
    make(_m, g) {
      const wd = wdNo(g.wd!)!;
      const ph = norm(g.ph!);
      const part = partOf(ph) ?? (g.part ? partOf(g.part) : undefined);
      const sem: Sem = { t: 'weekday', wd };
      if (g.rel?.toLowerCase() === 'last') sem.rel = 'last';
      if (part) sem.part = part;
      return { kind: 'relative', sem };
    },
  },
  {
    id: 'night-into',
    need: WEEKDAY_CUE | PART_CUE,
    anchor: WEEKDAY_CUE,
    re: rx(`\\b(?:(?:the${S})?night${S}(?:of|from)${S}(?<wd>${WEEKDAY})${S}(?:to|into|on)${S}(?<wd2>${WEEKDAY})|overnight${S}(?:into|on|to)${S}(?<wd3>${WEEKDAY}))`),
    make(_m, g) {
      // "the night of Monday to Tuesday" and "overnight into Tuesday" are both Monday's night.
      if (g.wd3) return { kind: 'relative', sem: { t: 'weekday', wd: wdNo(g.wd3)!, part: 'night', dayShift: -1 } };
      return { kind: 'relative', sem: { t: 'weekday', wd: wdNo(g.wd!)!, part: 'night' } };
    },
  },
  {
    id: 'deictic',
    need: DEICTIC,
    anchor: DEICTIC,
    re: rx(`(?<!\\b(?:Russia|USA)${S})\\b(?:(?<pre>early|late|earlier|later)${S}(?:on${S})?)?(?<w>the${S}day${S}before${S}yesterday|the${S}day${S}after${S}tomorrow|today|yesterday|tomorrow|tonight)\\b(?!${SO}:)(?:${S}(?:(?<pmod>early|late)${S})?(?<part>${PART})\\b)?`),
    make(_m, g) {
      const w = norm(g.w!);
      const offset = w === 'today' || w === 'tonight' ? 0 : w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : w.endsWith('yesterday') ? -2 : 2;
      const pre = g.pre?.toLowerCase();
      const sem: Sem = { t: 'deictic', offset };
      if (pre === 'earlier' || pre === 'later') sem.mod = pre;
      const part = w === 'tonight' ? 'night' : phrasePart(pre === 'early' || pre === 'late' ? pre : undefined, g.pmod, g.part);
      if (part) sem.part = part;
      return { kind: w === 'tonight' ? 'part-of-day' : 'relative', sem };
    },
  },
  {
    id: 'this-part',
    need: PART_CUE,
    anchor: PART_CUE,
    re: rx(`\\b(?<w>this|last)${S}(?:(?<pmod>early|late)${S})?(?<part>${PART})\\b|\\b(?<on>overnight)\\b`),
    make(_m, g) {
      if (g.on) return { kind: 'part-of-day', sem: { t: 'deictic', offset: -1, part: 'night' } };
      const part = partOf(g.part!, g.pmod);
      if (!part) return null;
      const last = g.w!.toLowerCase() === 'last';
      // "last night" is the night before publication; "last morning" is not English, so only nights move back.
      const offset = last && (part === 'night' || part === 'late-night' || part === 'evening') ? -1 : 0;
      return { kind: 'part-of-day', sem: { t: 'deictic', offset, part } };
    },
  },
  {
    id: 'calendar',
    need: REL | UNIT_CUE,
    re: rx(`\\b(?:(?<mod>earlier|later|early|late|mid)(?:${S}|-))?(?<rel>last|this|next|past)${S}(?<unit>week|weekend|month|year)\\b`),
    make(_m, g) {
      const unit = g.unit!.toLowerCase() as 'week' | 'weekend' | 'month' | 'year';
      const rel = g.rel!.toLowerCase();
      if (rel === 'past') {
        if (unit === 'weekend') return null;
        return { kind: 'relative', sem: { t: 'span', unit, q: { lo: 1, hi: 1, exact: true }, dir: 'past' } };
      }
      const offset = rel === 'last' ? -1 : rel === 'next' ? 1 : 0;
      const sem: Sem = { t: 'calendar', unit, offset };
      const mod = g.mod?.toLowerCase();
      if (mod === 'earlier' || mod === 'later') sem.sub = mod;
      else if (mod) sem.sub = subOf(mod)!;
      return { kind: 'relative', sem };
    },
  },
  {
    id: 'span',
    need: REL | UNIT_CUE,
    re: rx(`\\b(?:the${S})?(?<rel>past|last|coming|next)${S}(?:(?<n>${Q})${S})?(?<unit>${UNIT_SRC})\\b`),
    make(_m, g) {
      const rel = g.rel!.toLowerCase();
      // "the past weeks" reads as a stretch; "the last days of the war" does not.
      if (!g.n && (!/s$/i.test(g.unit!) || rel === 'last' || rel === 'next')) return null;
      const unit = unitOf(g.unit!)!;
      const q = g.n ? quantityOf(g.n) : VAGUE_STRETCH[unit];
      if (!q) return null;
      return { kind: 'relative', sem: { t: 'span', unit, q, dir: rel === 'past' || rel === 'last' ? 'past' : 'coming' } };
    },
  },
  {
    id: 'recent',
    need: RECENT,
    re: rx(`\\b(?:(?<n>${Q})${S})?recent${S}(?<unit>days|weeks|months|years)\\b`),
    make(_m, g) {
      const unit = unitOf(g.unit!)!;
      const q = g.n ? quantityOf(g.n) : VAGUE_STRETCH[unit];
      if (!q) return null;
      return { kind: 'relative', sem: { t: 'span', unit, q, dir: 'past' } };
    },
  },
  {
    id: 'ago',
    need: SEQ | UNIT_CUE,
    re: rx(`\\b(?:(?<qual>${QUAL})${S})?(?:(?<n>${Q})${S})?(?<unit>${UNIT_SRC})${S}(?<dir>ago|later|earlier|afterwards|afterward)\\b`),
    make(_m, g) {
      const q = qty(g.n, g.unit!);
      const unit = unitOf(g.unit!);
      if (!q || !unit) return null;
      const dir = g.dir!.toLowerCase();
      if (dir === 'ago') {
        const sem: Sem = { t: 'ago', unit, q };
        if (g.qual) sem.qual = norm(g.qual);
        return { kind: 'relative', sem };
      }
      return { kind: 'relative', sem: { t: 'prev-shift', unit, q, dir: dir === 'earlier' ? -1 : 1 } };
    },
  },
  {
    id: 'prev',
    need: THAT | UNIT_CUE,
    re: rx(
      `\\b(?<mod>earlier|later)${S}(?:on${S})?(?:that${S}same|the${S}same|this${S}same|that)${S}(?<unit>day|${PART}|week|month|year)\\b` +
        `|\\b(?<mod2>earlier|later)${S}in${S}the${S}(?<unit2>day|${PART}|week|month)\\b` +
        `|\\b(?:that${S}same|the${S}same|that)${S}(?<unit3>day|${PART})\\b` +
        `|\\bthe${S}(?<rel>next|following|previous|preceding)${S}(?<unit4>day|${PART}|week|month|year)\\b` +
        `|\\bthe${S}(?<unit5>day|${PART})${S}(?<rel5>before|after)(?=${SO}(?:[,.;:!?)]|$))`,
    ),
    make(_m, g) {
      const unitWord = (g.unit ?? g.unit2 ?? g.unit3 ?? g.unit4 ?? g.unit5)!.toLowerCase();
      const mod = (g.mod ?? g.mod2)?.toLowerCase() as 'earlier' | 'later' | undefined;
      const rel = (g.rel ?? g.rel5)?.toLowerCase();
      const shift = rel === 'next' || rel === 'following' || rel === 'after' ? 1 : rel === 'previous' || rel === 'preceding' || rel === 'before' ? -1 : 0;
      const part = partOf(unitWord);
      const unit = part ? 'day' : (unitWord as 'day' | 'week' | 'month' | 'year');
      const sem: Sem = { t: 'prev', unit, shift };
      if (mod) sem.mod = mod;
      if (part) sem.part = part;
      return { kind: part && !mod ? 'part-of-day' : 'relative', sem };
    },
  },
  {
    id: 'part',
    need: PART_CUE,
    anchor: PART_CUE,
    re: rx(
      `(?:\\b(?<pre>early|late)${S}in${S}|(?<=\\b(?:in|during)${S}))the${S}(?:(?<pmod>early|late)${S})?(?<part>${PART}|early${S}hours|small${S}hours|wee${S}hours)\\b(?!${S}of\\b)` +
        `|(?<=\\b(?:at|before)${S})(?<dawn>dawn|daybreak|dusk)\\b|\\b(?<late>late-night|late${S}at${S}night)\\b`,
    ),
    make(_m, g) {
      let part: DayPart | undefined;
      if (g.dawn) part = partOf(g.dawn);
      else if (g.late) part = 'late-night';
      else part = partOf(g.part!, g.pmod ?? g.pre);
      if (!part) return null;
      return { kind: 'part-of-day', sem: { t: 'part', part } };
    },
  },
  {
    id: 'clock',
    need: CLOCK_CUE,
    anchor: CLOCK_CUE,
    re: rx(
      `(?:(?<appr>[Ss]hortly${S}after|[Ss]hortly${S}before|[Jj]ust${S}after|[Jj]ust${S}before|[Ss]oon${S}after|(?:[Aa]t${S})?[Aa]round|(?:[Aa]t${S})?[Aa]bout|[Aa]pproximately|[Rr]oughly|[Aa]fter|[Bb]efore|[Bb]y|[Uu]ntil|[Ss]ince)${S})?` +
        `(?:(?<![\\d.:,])(?<h>1[0-2]|0?[1-9])(?:[:.](?<mi>[0-5]\\d))?${SO}(?<mer>[aApP]\\.[mM]\\.?|[aApP][mM])(?![A-Za-z])` +
        `|(?<![\\d.:,])(?<h24>[01]?\\d|2[0-3])(?::|h)(?<m24>[0-5]\\d)(?::[0-5]\\d)?(?![\\d:])(?:${SO}(?<hrs>hrs|hours|h)\\b)?` +
        `|\\b(?<w>[Nn]oon|[Mm]idday|[Mm]idnight)\\b)` +
        `(?:${SO},?${SO}(?<zone>${ZONE_SRC}))?(?:${S}\\((?<zone2>${ZONE_SRC})\\))?`,
      'g',
    ),
    make(m, g, text, at) {
      let hour: number;
      let minute: number | undefined;
      if (g.h) {
        hour = Number(g.h) % 12;
        if (/^[pP]/.test(g.mer!)) hour += 12;
        if (g.mi !== undefined) minute = Number(g.mi);
      } else if (g.h24) {
        hour = Number(g.h24);
        minute = Number(g.m24);
        // A bare "2:1" is a score or a ratio: take 24-hour times only with a cue around them.
        const before = text.slice(Math.max(0, at - 12), at);
        const cued = g.appr || g.hrs || g.zone || g.zone2 || /\b(?:at|from|to|until|till|by|between|and|since|after|before)[\s\u00a0]{1,3}$/i.test(before);
        if (!cued) return null;
      } else {
        const w = g.w!.toLowerCase();
        // "before midnight" is the end of the day, not its start.
        const ending = w === 'midnight' && /before|by|until/i.test(g.appr ?? '');
        hour = w === 'midnight' ? (ending ? 24 : 0) : 12;
        minute = 0;
      }
      const clock: Clock = { hour };
      if (minute !== undefined) clock.minute = minute;
      const approx = clockApprox(g.appr?.replace(/^[Aa]t[\s\u00a0]+/, ''));
      if (approx) clock.approx = approx;
      // "local time (GMT+3)": the bracketed zone is the more exact one.
      const z = g.zone2 ?? g.zone;
      if (z) {
        const zone = zoneOf(z);
        if (zone) {
          clock.zone = zone.zone;
          if (zone.offset !== undefined) clock.offset = zone.offset;
          if (zone.dst) clock.dst = zone.dst;
        }
      }
      // "at" only locates; "at around" keeps "around".
      const lead = /^[Aa]t[\s\u00a0]+/.exec(m[0]);
      const built: Built = { kind: 'time', sem: { t: 'clock', clock } };
      if (lead) built.trimStart = lead[0].length;
      return built;
    },
  },
  {
    id: 'duration',
    need: FOR | UNIT_CUE,
    anchor: FOR,
    re: rx(`\\bfor${S}(?:(?<qual>${QUAL})${S})?(?:(?<n>${Q})${S})?(?<unit>${UNIT_SRC})\\b`),
    make(_m, g) {
      const unit = unitOf(g.unit!);
      if (!unit) return null;
      const q = g.n ? quantityOf(g.n) : /s$/i.test(g.unit!) ? undefined : null;
      if (q === null) return null;
      const sem: Sem = { t: 'duration', unit };
      if (q) sem.q = q;
      if (g.qual) sem.qual = norm(g.qual);
      return { kind: 'duration', sem };
    },
  },
  {
    id: 'set',
    need: SET_CUE,
    re: rx(
      `\\b(?:every|each)${S}(?:other${S})?(?<unit>day|night|morning|evening|afternoon|week|weekend|month|year|hour|${WEEKDAY})\\b` +
        `|\\b(?:the${S})?(?<ord>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d{1,2}(?:st|nd|rd|th))${S}(?:(?:consecutive|straight)${S}(?<unit2>night|day)\\b|(?<unit3>night|day)${S}in${S}a${S}row\\b)` +
        `|\\b(?<unit4>night|day)${S}after${S}\\k<unit4>\\b` +
        `|\\b(?<n>${Q})${S}(?:(?:consecutive|straight)${S})?(?<unit5>nights|days)${S}in${S}a${S}row\\b`,
    ),
    make(_m, g) {
      if (g.unit) {
        const wd = wdNo(g.unit);
        if (wd !== undefined) return { kind: 'set', sem: { t: 'set', unit: 'weekday', wd } };
        const unit = unitOf(g.unit) ?? 'day';
        return { kind: 'set', sem: { t: 'set', unit } };
      }
      if (g.unit4) return { kind: 'set', sem: { t: 'set', unit: unitOf(g.unit4)! } };
      const unit = unitOf((g.unit2 ?? g.unit3 ?? g.unit5)!)!;
      const count = g.ord ? ordinal(g.ord) : quantityOf(g.n!)?.lo;
      if (!count) return null;
      return { kind: 'set', sem: { t: 'set', unit, count } };
    },
  },
];

function ordinal(word: string): number | undefined {
  const w = word.toLowerCase();
  const words = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
  const i = words.indexOf(w);
  if (i > 0) return i;
  const n = Number.parseInt(w, 10);
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

/** Ids of the rules, most specific first; ties between equally long matches go to the earlier rule. */
export const RULE_ORDER: readonly string[] = RULES.map((r) => r.id);

/**
 * Every match of every English rule inside `text[from, to)`, overlapping ones included. The
 * caller keeps the longest; `from`/`to` let it run one sentence (or window) at a time.
 */
export function scanEnglish(text: string, from: number, to: number): Candidate[] {
  const out: Candidate[] = [];
  const cues = cuesOf(text, from, to);
  if (cues === 0) return out;
  const window = text.slice(from, to);
  for (const rule of RULES) {
    if ((cues & rule.need) !== rule.need) continue;
    let stop = window.length;
    rule.re.lastIndex = 0;
    if (rule.anchor !== undefined) {
      const b = 31 - Math.clz32(rule.anchor);
      rule.re.lastIndex = Math.max(0, FIRST_AT[b]! - from - ANCHOR_LEAD);
      stop = LAST_AT[b]! - from;
    }
    while (rule.re.lastIndex <= stop) {
      const m = rule.re.exec(window);
      if (m === null) break;
      if (m[0].length === 0) {
        rule.re.lastIndex++;
        continue;
      }
      const built = rule.make(m, m.groups ?? {}, window, m.index);
      if (!built) continue;
      let start = from + m.index + (built.trimStart ?? 0);
      let end = from + m.index + m[0].length;
      // Keep spans tight: no trailing spaces or commas swallowed by optional tails, and no
      // possessive ("Wednesday’s strike" dates the strike with "Wednesday").
      while (end > start && /[\s\u00a0,]/.test(text[end - 1]!)) end--;
      if (end - start > 2 && /['’]s$/.test(text.slice(end - 2, end))) end -= 2;
      while (start < end && /[\s\u00a0]/.test(text[start]!)) start++;
      out.push({ start, end, kind: built.kind, sem: built.sem, rule: rule.id });
    }
  }
  return out;
}
