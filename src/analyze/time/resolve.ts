/**
 * Places a matched expression on the calendar. News is read past-leaning: a weekday or a date
 * without a year is the latest one on or before publication unless the sentence speaks of the
 * future. Every reading that is not forced by the words says so in `note`.
 */
import type { DayPart, TimeAnchor, TimePrecision, TimeResolution, PublishedRef } from './time-types.js';
import type { Clock, Sem, SubPeriod } from './semantics.js';
import {
  MIN_PER_DAY, addMonths, civilOf, dayNumber, daySpan, euSummerTime, isValidDate, isoDay, monthStart, offsetString,
  timedSpan, weekStart, weekdayOf, type Span,
} from './calendar.js';
import { MONTH_NAMES, PART_WINDOWS, WEEKDAY_NAMES, type Quantity, type Unit } from './lexicon.js';

/** The publication date, as far as it is known. */
export interface PubRef {
  iso: string;
  y: number;
  /** Present at month precision or finer. */
  m?: number;
  /** Day number, present at day precision or finer. */
  day?: number;
  /** Minutes since the epoch (wall time of the stated offset), when the time is known. */
  minute?: number;
}

/** Reads `ReportMeta.published`; an unreadable value counts as absent. */
export function parsePublished(p: PublishedRef | undefined): PubRef | undefined {
  if (!p) return undefined;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2}))?)?)?/.exec(p.value.trim());
  if (!m) return undefined;
  const y = Number(m[1]);
  const ref: PubRef = { iso: p.value, y };
  const prec = p.precision;
  if (m[2] && prec !== 'year') {
    const mo = Number(m[2]);
    if (mo < 1 || mo > 12) return undefined;
    ref.m = mo;
    if (m[3] && prec !== 'month') {
      const d = Number(m[3]);
      if (!isValidDate(y, mo, d)) return undefined;
      ref.day = dayNumber({ y, m: mo, d });
      ref.iso = isoDay(ref.day);
      if (m[4] && (prec === 'minute' || prec === 'second')) {
        ref.minute = ref.day * MIN_PER_DAY + Number(m[4]) * 60 + Number(m[5]);
      }
    } else ref.iso = `${m[1]}-${m[2]}`;
  } else ref.iso = m[1]!;
  return ref;
}

/** An earlier expression a "that day" can refer to. */
export interface PrevAnchor {
  span: Span;
  text: string;
}

/** What resolution may look at besides the meaning itself. */
export interface ResolveContext {
  pub?: PubRef;
  /** The sentence speaks of the future ("will", "is due to"): weekdays and yearless dates lean forward. */
  future: boolean;
  /** The nearest earlier dated expression (day or finer), if any. */
  prev(): PrevAnchor | undefined;
  /** The nearest earlier expression naming a day that could not be resolved ("Tuesday" with no publication date). */
  prevUnresolved(): string | undefined;
}

/** A meaning placed on the calendar (or not), before it is dressed as a `TimeExpression`. */
export interface Resolved {
  span?: Span;
  precision: TimePrecision;
  anchor: TimeAnchor;
  resolution: TimeResolution;
  note?: string;
  timeOfDay?: { hour?: number; minute?: number; part?: DayPart };
  zone?: string;
  /** Offset suffix for the interval's ends, when the zone has one. */
  offset?: string;
}

const unresolved = (precision: TimePrecision, anchor: TimeAnchor, note: string, extra: Partial<Resolved> = {}): Resolved => ({
  precision, anchor, resolution: 'unresolved', note, ...extra,
});

const NO_PUB_DAY = 'no publication date (to the day) to read it against';

/** Resolves one meaning. Pure: all context comes in `ctx`. */
export function resolveSem(sem: Sem, ctx: ResolveContext): Resolved {
  switch (sem.t) {
    case 'date': return resolveDate(sem, ctx);
    case 'year': {
      const span = yearPart(sem.y, sem.sub);
      const r: Resolved = { span, precision: 'year', anchor: 'absolute', resolution: 'resolved' };
      if (sem.sub === 'winter') r.note = `winter ${sem.y} read as December ${sem.y} to February ${sem.y + 1}`;
      return r;
    }
    case 'weekday': return resolveWeekday(sem, ctx);
    case 'deictic': {
      const day = ctx.pub?.day;
      const base = detailPrecision(sem.part, sem.clock);
      if (day === undefined) return unresolved(base, 'publication', NO_PUB_DAY, timeDetail(sem.part, sem.clock));
      return { ...onDay(day + sem.offset, sem.part, sem.clock), anchor: 'publication', resolution: 'resolved' };
    }
    case 'calendar': return resolveCalendar(sem, ctx);
    case 'ago': return resolveAgo(sem, ctx);
    case 'span': return resolveStretch(sem, ctx);
    case 'since': {
      const inner = resolveSem(sem.inner, ctx);
      const pubDay = ctx.pub?.day;
      if (!inner.span) return { ...inner, anchor: 'publication', resolution: 'unresolved', span: undefined };
      const from = inner.span.from;
      const startIso = isoDay(Math.floor(from / MIN_PER_DAY));
      if (pubDay === undefined) {
        return unresolved(inner.precision, 'publication', `from ${startIso}; it runs to the publication date, which is not known`);
      }
      const to = (pubDay + 1) * MIN_PER_DAY;
      if (to <= from) return unresolved(inner.precision, 'publication', `starts ${startIso}, after the publication date ${ctx.pub!.iso}`);
      const r: Resolved = {
        span: { from, to, timed: inner.span.timed },
        precision: inner.precision,
        anchor: 'publication',
        resolution: inner.resolution,
        note: `from ${startIso} up to publication (${ctx.pub!.iso})${inner.note ? `; ${inner.note}` : ''}`,
      };
      if (inner.offset) r.offset = inner.offset;
      return r;
    }
    case 'prev': return resolvePrev(sem, ctx);
    case 'prev-shift': return resolvePrevShift(sem, ctx);
    case 'clock': return resolveClock(sem.clock, ctx);
    case 'part': {
      const prev = ctx.prev();
      if (!prev) return unresolved('part-of-day', 'previous-expression', pendingNote(ctx, 'no earlier date in the text to place this part of the day on'), { timeOfDay: { part: sem.part } });
      const day = dayOf(prev.span);
      return {
        ...onDay(day, sem.part),
        anchor: 'previous-expression',
        resolution: 'inferred',
        note: `read as the ${sem.part} of the day of "${prev.text}" (${isoDay(day)})`,
      };
    }
    case 'duration': {
      const amount = sem.q ? amountText(sem.q, sem.unit) : `${sem.unit}s (a few or more)`;
      return {
        precision: unitPrecision(sem.unit),
        anchor: 'none',
        resolution: 'resolved',
        note: `a length of time, not a date: ${sem.qual ? `${sem.qual} ` : ''}${amount}`,
      };
    }
    case 'set': return resolveSet(sem, ctx);
    case 'fixed-day':
      if (sem.day === undefined || !ctx.pub) return unresolved(detailPrecision(undefined, sem.clock), 'publication', `relative to the publication date: ${NO_PUB_DAY}`, timeDetail(undefined, sem.clock));
      return { ...onDay(sem.day, undefined, sem.clock), anchor: 'publication', resolution: 'resolved', note: `counted from the publication date (${ctx.pub.iso})` };
  }
}

// ---- dates ----------------------------------------------------------------------------

function resolveDate(sem: Extract<Sem, { t: 'date' }>, ctx: ResolveContext): Resolved {
  const monthName = MONTH_NAMES[sem.m - 1]!;
  let y = sem.y;
  let note: string | undefined;
  let anchor: TimeAnchor = 'absolute';
  let resolution: TimeResolution = 'resolved';
  if (y === undefined) {
    const pub = ctx.pub;
    const what = sem.d === undefined ? monthName : `${monthName} ${sem.d}`;
    const precision: TimePrecision = sem.d === undefined ? 'month' : detailPrecision(sem.part, sem.clock);
    if (!pub || pub.m === undefined) {
      return unresolved(precision, 'publication', `${what} has no year and there is no publication date to take it from`, timeDetail(sem.part, sem.clock));
    }
    // Compare with publication (by day when both have one, else by month); lean back unless
    // the sentence looks ahead.
    const cmp =
      sem.d !== undefined && pub.day !== undefined ? sem.m * 100 + sem.d - (pub.m * 100 + civilOf(pub.day).d) : sem.m - pub.m;
    y = pub.y;
    if (ctx.future ? cmp < 0 : cmp > 0) y += ctx.future ? 1 : -1;
    anchor = 'publication';
    resolution = 'inferred';
    note = `${what} has no year: read as ${what} ${y}, the ${ctx.future ? 'next one on or after' : 'last one on or before'} publication (${pub.iso})`;
  }
  if (sem.d === undefined) {
    const span = monthPart(y, sem.m, sem.sub);
    const r: Resolved = { span, precision: 'month', anchor, resolution };
    if (note) r.note = note;
    return r;
  }
  if (!isValidDate(y, sem.m, sem.d)) {
    return unresolved('day', anchor, `${monthName} ${sem.d}, ${y} does not exist`);
  }
  const day = dayNumber({ y, m: sem.m, d: sem.d });
  const r: Resolved = { ...onDay(day, sem.part, sem.clock), anchor, resolution };
  if (sem.orderGuess) {
    r.resolution = 'inferred';
    note = `day and month order is ambiguous: read as month/day (${isoDay(day)})`;
  }
  if (note) r.note = note;
  return r;
}

/** Thirds of a month; start/end name its first or last ten days. */
function monthPart(y: number, m: number, sub?: SubPeriod): Span {
  const first = monthStart(y, m);
  const next = monthStart(y, m, 1);
  switch (sub) {
    case 'early': case 'start': return daySpan(first, first + 10);
    case 'mid': return daySpan(first + 10, first + 20);
    case 'late': case 'end': return daySpan(first + 20, next);
    case 'first-half': return daySpan(first, first + 15);
    case 'second-half': return daySpan(first + 15, next);
    default: return daySpan(first, next);
  }
}

/** Thirds of a year (Jan–Apr, May–Aug, Sep–Dec); start/end its first or last month; seasons by the northern calendar. */
function yearPart(y: number, sub?: SubPeriod): Span {
  const months: Record<SubPeriod, [number, number]> = {
    early: [0, 4], mid: [4, 8], late: [8, 12], start: [0, 1], end: [11, 12], 'first-half': [0, 6], 'second-half': [6, 12],
    spring: [2, 5], summer: [5, 8], autumn: [8, 11], winter: [11, 14],
  };
  const [a, b] = sub ? months[sub] : [0, 12];
  return daySpan(monthStart(y, 1, a), monthStart(y, 1, b));
}

// ---- weekdays and the publication week -------------------------------------------------

function resolveWeekday(sem: Extract<Sem, { t: 'weekday' }>, ctx: ResolveContext): Resolved {
  const name = WEEKDAY_NAMES[sem.wd]!;
  const pubDay = ctx.pub?.day;
  if (pubDay === undefined) {
    return unresolved(detailPrecision(sem.part, sem.clock), 'publication', `${name}, unresolved: ${NO_PUB_DAY}`, timeDetail(sem.part, sem.clock));
  }
  const pubWd = weekdayOf(pubDay);
  const back = (pubWd - sem.wd + 7) % 7;
  const ahead = (sem.wd - pubWd + 7) % 7;
  let day: number;
  let reading: string;
  switch (sem.rel) {
    case 'last': day = pubDay - (back || 7); reading = `the last ${name} before publication`; break;
    case 'next': day = pubDay + (ahead || 7); reading = `the first ${name} after publication`; break;
    case 'this': day = weekStart(pubDay) + ((sem.wd + 6) % 7); reading = `the ${name} of the publication week`; break;
    default:
      if (ctx.future) { day = pubDay + ahead; reading = `the first ${name} on or after publication (the sentence looks ahead)`; }
      else { day = pubDay - back; reading = `the last ${name} on or before publication`; }
  }
  day += sem.dayShift ?? 0;
  const shifted = sem.dayShift ? `; the night before it, ${isoDay(day)}` : '';
  return {
    ...onDay(day, sem.part, sem.clock),
    anchor: 'publication',
    resolution: 'inferred',
    note: `${name} read as ${reading} (published ${ctx.pub!.iso}): ${isoDay(day - (sem.dayShift ?? 0))}${shifted}`,
  };
}

function resolveCalendar(sem: Extract<Sem, { t: 'calendar' }>, ctx: ResolveContext): Resolved {
  const pub = ctx.pub;
  const ok = (r: Omit<Resolved, 'anchor' | 'resolution'>): Resolved => ({ ...r, anchor: 'publication', resolution: 'resolved' });
  if (sem.unit === 'week' || sem.unit === 'weekend') {
    if (pub?.day === undefined) return unresolved('week', 'publication', NO_PUB_DAY);
    const ws = weekStart(pub.day) + 7 * sem.offset;
    if (sem.unit === 'weekend') return ok({ span: daySpan(ws + 5, ws + 7), precision: 'week' });
    if (sem.sub === 'earlier' && sem.offset === 0) return ok({ span: daySpan(ws, Math.max(pub.day, ws + 1)), precision: 'week' });
    if (sem.sub === 'later' && sem.offset === 0) return ok({ span: daySpan(Math.min(pub.day + 1, ws + 6), ws + 7), precision: 'week' });
    return ok({ span: daySpan(ws, ws + 7), precision: 'week' });
  }
  if (sem.unit === 'month') {
    if (pub?.m === undefined) return unresolved('month', 'publication', 'no publication month to read it against');
    const idx = pub.y * 12 + pub.m - 1 + sem.offset;
    const y = Math.floor(idx / 12);
    const m = (idx % 12) + 1;
    if ((sem.sub === 'earlier' || sem.sub === 'later') && sem.offset === 0 && pub.day !== undefined) {
      const first = monthStart(y, m);
      const next = monthStart(y, m, 1);
      return ok({ span: sem.sub === 'earlier' ? daySpan(first, Math.max(pub.day, first + 1)) : daySpan(Math.min(pub.day + 1, next - 1), next), precision: 'month' });
    }
    const sub = sem.sub === 'earlier' || sem.sub === 'later' ? undefined : sem.sub;
    return ok({ span: monthPart(y, m, sub), precision: 'month' });
  }
  if (!pub) return unresolved('year', 'publication', 'no publication date to read it against');
  const y = pub.y + sem.offset;
  if ((sem.sub === 'earlier' || sem.sub === 'later') && sem.offset === 0 && pub.day !== undefined) {
    const first = monthStart(y, 1);
    const next = monthStart(y + 1, 1);
    return ok({ span: sem.sub === 'earlier' ? daySpan(first, Math.max(pub.day, first + 1)) : daySpan(Math.min(pub.day + 1, next - 1), next), precision: 'year' });
  }
  const sub = sem.sub === 'earlier' || sem.sub === 'later' ? undefined : sem.sub;
  return ok({ span: yearPart(y, sub), precision: 'year' });
}

// ---- amounts of time before publication ----------------------------------------------------

function amountText(q: Quantity, unit: Unit): string {
  const n = q.lo === q.hi ? `${q.lo}` : `${q.lo}–${q.hi}`;
  return `${n} ${unit}${q.hi === 1 ? '' : 's'}`;
}

/** What a qualifier does to "N units ago", in words. */
function qualReading(qual: string | undefined): string {
  if (!qual) return '';
  if (/more than|over|at least|a little/.test(qual)) return ' or earlier';
  if (/nearly|almost|less than|fewer than|under|barely|up to/.test(qual)) return ' or a little later';
  return ', approximately';
}

function resolveAgo(sem: Extract<Sem, { t: 'ago' }>, ctx: ResolveContext): Resolved {
  const pub = ctx.pub;
  const precision = unitPrecision(sem.unit);
  const amount = amountText(sem.q, sem.unit);
  const exact = sem.q.exact && !sem.qual;
  let span: Span | undefined;
  let resultPrecision = precision;
  if (sem.unit === 'year' || sem.unit === 'decade') {
    if (pub) {
      const k = sem.unit === 'decade' ? 10 : 1;
      span = daySpan(monthStart(pub.y - sem.q.hi * k, 1), monthStart(pub.y - sem.q.lo * k + 1, 1));
    }
  } else if (sem.unit === 'month') {
    if (pub?.m !== undefined) span = daySpan(monthStart(pub.y, pub.m, -sem.q.hi), monthStart(pub.y, pub.m, -sem.q.lo + 1));
  } else if (sem.unit === 'week') {
    if (pub?.day !== undefined) span = daySpan(weekStart(pub.day - 7 * sem.q.hi), weekStart(pub.day - 7 * sem.q.lo) + 7);
  } else if (sem.unit === 'day' || sem.unit === 'night') {
    if (pub?.day !== undefined) span = daySpan(pub.day - sem.q.hi, pub.day - sem.q.lo + 1);
    if (sem.q.lo !== sem.q.hi) resultPrecision = 'week';
  } else if (pub?.minute !== undefined) {
    const per = sem.unit === 'hour' ? 60 : 1;
    span = timedSpan(pub.minute - sem.q.hi * per, pub.minute - sem.q.lo * per + per);
  } else if (pub?.day !== undefined) {
    // Hours ago, publication time unknown: the day(s) those hours can fall on.
    const per = sem.unit === 'hour' ? 60 : 1;
    span = daySpan(pub.day - Math.ceil((sem.q.hi * per) / MIN_PER_DAY), pub.day + 1);
    resultPrecision = 'day';
  }
  const what = `${sem.qual ? `${sem.qual} ` : ''}${amount} ago`;
  if (!span || !pub) return unresolved(resultPrecision, 'publication', `${what}: no publication date to count back from`);
  const r: Resolved = { span, precision: resultPrecision, anchor: 'publication', resolution: exact ? 'resolved' : 'inferred' };
  if (!exact) r.note = `${what}, counted back from publication (${pub.iso}): ${describeSpan(span, resultPrecision)}${qualReading(sem.qual)}`;
  return r;
}

function resolveStretch(sem: Extract<Sem, { t: 'span' }>, ctx: ResolveContext): Resolved {
  const pub = ctx.pub;
  const amount = amountText(sem.q, sem.unit);
  const precision: TimePrecision =
    sem.unit === 'hour' || sem.unit === 'minute' ? 'day'
      : sem.unit === 'day' || sem.unit === 'night' ? (sem.q.hi <= 1 ? 'day' : 'week')
        : sem.unit === 'week' ? (sem.q.hi <= 1 ? 'week' : 'month')
          : sem.unit === 'month' ? 'month' : 'year';
  if (pub?.day === undefined) return unresolved(precision, 'publication', `${sem.dir === 'past' ? 'the past' : 'the coming'} ${amount}: ${NO_PUB_DAY}`);
  const n = sem.q.hi;
  let back: number;
  switch (sem.unit) {
    case 'minute': case 'hour': back = Math.ceil((n * (sem.unit === 'hour' ? 60 : 1)) / MIN_PER_DAY); break;
    case 'day': case 'night': back = n; break;
    case 'week': back = 7 * n; break;
    case 'month': back = pub.day - dayNumber(addMonths(civilOf(pub.day), -n)); break;
    case 'year': back = pub.day - dayNumber(addMonths(civilOf(pub.day), -12 * n)); break;
    case 'decade': back = pub.day - dayNumber(addMonths(civilOf(pub.day), -120 * n)); break;
  }
  const span = sem.dir === 'past' ? daySpan(pub.day - back, pub.day + 1) : daySpan(pub.day, pub.day + back + 1);
  const r: Resolved = { span, precision, anchor: 'publication', resolution: sem.q.exact ? 'resolved' : 'inferred' };
  if (!sem.q.exact) r.note = `read as the ${n} ${sem.unit}s ${sem.dir === 'past' ? 'up to' : 'from'} publication (${pub.iso})`;
  return r;
}

// ---- expressions that lean on an earlier one ------------------------------------------------

const dayOf = (s: Span): number => Math.floor(s.from / MIN_PER_DAY);

/** Why an expression leaning on an earlier one stays open: that one is open too, or there is none. */
function pendingNote(ctx: ResolveContext, none: string): string {
  const pending = ctx.prevUnresolved();
  return pending === undefined ? none : `refers to the day of "${pending}", which is itself unresolved`;
}

function resolvePrev(sem: Extract<Sem, { t: 'prev' }>, ctx: ResolveContext): Resolved {
  const prev = ctx.prev();
  const precision: TimePrecision = sem.part ? 'part-of-day' : sem.unit;
  if (!prev) {
    return unresolved(precision, 'previous-expression', pendingNote(ctx, 'refers to an earlier date, and no earlier expression in the text resolves to a day'), sem.part ? { timeOfDay: { part: sem.part } } : {});
  }
  const base = dayOf(prev.span);
  const ref = `"${prev.text}" (${isoDay(base)})`;
  const done = (r: Omit<Resolved, 'anchor' | 'resolution'>, reading: string): Resolved => ({
    ...r, anchor: 'previous-expression', resolution: 'inferred', note: `${reading} ${ref}`,
  });
  if (sem.unit === 'day') {
    const day = base + sem.shift;
    const rel = sem.shift === 0 ? 'the day of' : sem.shift > 0 ? 'the day after' : 'the day before';
    if (sem.part) return done(onDay(day, sem.part), `the ${sem.part} of ${rel}`);
    if (sem.mod === 'earlier' && sem.shift === 0 && prev.span.timed && prev.span.from > day * MIN_PER_DAY) {
      return done({ span: timedSpan(day * MIN_PER_DAY, prev.span.from), precision: 'day' }, 'before the time of');
    }
    if (sem.mod === 'later' && sem.shift === 0 && prev.span.timed && prev.span.to < (day + 1) * MIN_PER_DAY) {
      return done({ span: timedSpan(prev.span.to, (day + 1) * MIN_PER_DAY), precision: 'day' }, 'after the time of');
    }
    return done({ span: daySpan(day, day + 1), precision: 'day' }, rel);
  }
  if (sem.unit === 'week') {
    const ws = weekStart(base) + 7 * sem.shift;
    return done({ span: daySpan(ws, ws + 7), precision: 'week' }, 'the week of');
  }
  const c = civilOf(base);
  if (sem.unit === 'month') return done({ span: daySpan(monthStart(c.y, c.m, sem.shift), monthStart(c.y, c.m, sem.shift + 1)), precision: 'month' }, 'the month of');
  return done({ span: yearPart(c.y + sem.shift), precision: 'year' }, 'the year of');
}

function resolvePrevShift(sem: Extract<Sem, { t: 'prev-shift' }>, ctx: ResolveContext): Resolved {
  const prev = ctx.prev();
  const amount = amountText(sem.q, sem.unit);
  const dirWord = sem.dir > 0 ? 'after' : 'before';
  if (!prev) return unresolved(unitPrecision(sem.unit), 'previous-expression', pendingNote(ctx, `${amount} ${dirWord} an earlier date that the text does not give`));
  const base = dayOf(prev.span);
  const note = `${amount} ${dirWord} "${prev.text}" (${isoDay(base)})`;
  const done = (span: Span, precision: TimePrecision): Resolved => ({ span, precision, anchor: 'previous-expression', resolution: 'inferred', note });
  const { lo, hi } = sem.q;
  switch (sem.unit) {
    case 'minute':
    case 'hour': {
      const per = sem.unit === 'hour' ? 60 : 1;
      if (prev.span.timed) {
        const t = prev.span.from;
        return sem.dir > 0 ? done(timedSpan(t + lo * per, t + hi * per + per), 'hour') : done(timedSpan(t - hi * per - per, t - lo * per), 'hour');
      }
      const days = Math.floor((hi * per) / MIN_PER_DAY);
      return sem.dir > 0 ? done(daySpan(base, base + 1 + days), 'day') : done(daySpan(base - days, base + 1), 'day');
    }
    case 'day':
    case 'night':
      return sem.dir > 0 ? done(daySpan(base + lo, base + hi + 1), lo === hi ? 'day' : 'week') : done(daySpan(base - hi, base - lo + 1), lo === hi ? 'day' : 'week');
    case 'week':
      return sem.dir > 0 ? done(daySpan(base + 7 * lo, base + 7 * hi + 7), 'week') : done(daySpan(base - 7 * hi - 7, base - 7 * lo + 1), 'week');
    default: {
      const months = sem.unit === 'month' ? 1 : sem.unit === 'year' ? 12 : 120;
      const c = civilOf(base);
      const a = sem.dir > 0 ? lo * months : -hi * months;
      const b = sem.dir > 0 ? hi * months : -lo * months;
      return done(daySpan(monthStart(c.y, c.m, a), monthStart(c.y, c.m, b + 1)), unitPrecision(sem.unit));
    }
  }
}

function resolveClock(clock: Clock, ctx: ResolveContext): Resolved {
  const prev = ctx.prev();
  const detail = timeDetail(undefined, clock);
  if (prev) {
    const day = dayOf(prev.span);
    return { ...onDay(day, undefined, clock), anchor: 'previous-expression', resolution: 'inferred', note: `no date of its own: placed on the day of "${prev.text}" (${isoDay(day)})` };
  }
  if (ctx.pub?.day !== undefined) {
    // Past-leaning here too: a time later than the publication time happened the day before.
    const late = ctx.pub.minute !== undefined && ctx.pub.day * MIN_PER_DAY + clock.hour * 60 + (clock.minute ?? 0) > ctx.pub.minute;
    const day = late ? ctx.pub.day - 1 : ctx.pub.day;
    const note = late
      ? `no date in the text and later than the publication time: placed on the day before publication (${isoDay(day)})`
      : `no date in the text: placed on the publication date (${ctx.pub.iso})`;
    return { ...onDay(day, undefined, clock), anchor: 'publication', resolution: 'inferred', note };
  }
  const pending = ctx.prevUnresolved();
  if (pending !== undefined) {
    return unresolved(detailPrecision(undefined, clock), 'previous-expression', `on the day of "${pending}", which is itself unresolved`, detail);
  }
  return unresolved(detailPrecision(undefined, clock), 'none', 'a clock time with no date in the text and no publication date', detail);
}

function resolveSet(sem: Extract<Sem, { t: 'set' }>, ctx: ResolveContext): Resolved {
  const unitWord = sem.unit === 'weekday' ? WEEKDAY_NAMES[sem.wd ?? 0]! : sem.unit;
  if (sem.count === undefined) {
    return { precision: sem.unit === 'weekday' ? 'day' : unitPrecision(sem.unit), anchor: 'none', resolution: 'resolved', note: `recurring: every ${unitWord}` };
  }
  const pubDay = ctx.pub?.day;
  const isNight = sem.unit === 'night';
  const precision: TimePrecision = isNight ? 'part-of-day' : 'day';
  if (pubDay === undefined) return unresolved(precision, 'publication', `a run of ${sem.count} ${unitWord}s ending at publication: ${NO_PUB_DAY}`);
  if (isNight) {
    const [a, b] = PART_WINDOWS.night;
    const span = timedSpan((pubDay - sem.count) * MIN_PER_DAY + a, (pubDay - 1) * MIN_PER_DAY + b);
    return {
      span, precision, anchor: 'publication', resolution: 'inferred', timeOfDay: { part: 'night' },
      note: `read as the ${sem.count} nights ending the night before publication (${ctx.pub!.iso})`,
    };
  }
  return {
    span: daySpan(pubDay - sem.count + 1, pubDay + 1), precision: 'day', anchor: 'publication', resolution: 'inferred',
    note: `read as the ${sem.count} ${unitWord}s up to publication (${ctx.pub!.iso})`,
  };
}

// ---- placing a time of day on a day --------------------------------------------------------

function unitPrecision(unit: Unit): TimePrecision {
  switch (unit) {
    case 'minute': return 'minute';
    case 'hour': return 'hour';
    case 'day': case 'night': return 'day';
    case 'week': return 'week';
    case 'month': return 'month';
    default: return 'year';
  }
}

function detailPrecision(part?: DayPart, clock?: Clock): TimePrecision {
  if (clock) {
    if (clock.approx === 'after' || clock.approx === 'before') return 'part-of-day';
    return clock.minute !== undefined && !clock.approx ? 'minute' : 'hour';
  }
  return part ? 'part-of-day' : 'day';
}

function timeDetail(part?: DayPart, clock?: Clock): Partial<Resolved> {
  const out: Partial<Resolved> = {};
  if (part || clock) {
    const tod: NonNullable<Resolved['timeOfDay']> = {};
    if (clock) {
      tod.hour = clock.hour % 24; // 24 is "before midnight", the end of the day
      if (clock.minute !== undefined) tod.minute = clock.minute;
    }
    if (part) tod.part = part;
    out.timeOfDay = tod;
  }
  if (clock?.zone) out.zone = clock.zone;
  return out;
}

/** The span of a day, narrowed to a part of it or a clock time when the words give one. */
function onDay(day: number, part?: DayPart, clock?: Clock): Omit<Resolved, 'anchor' | 'resolution'> {
  const detail = timeDetail(part, clock);
  const precision = detailPrecision(part, clock);
  if (clock) {
    // "Tuesday night at 1 a.m." falls after midnight, on Wednesday.
    const d = part && (part === 'night' || part === 'late-night') && clock.hour < 12 ? day + 1 : day;
    const t = d * MIN_PER_DAY + clock.hour * 60 + (clock.minute ?? 0);
    let span: Span;
    switch (clock.approx) {
      case 'shortly-after': span = timedSpan(t, t + 60); break;
      case 'shortly-before': span = timedSpan(t - 60, t); break;
      case 'around': span = timedSpan(t - 30, t + 30); break;
      case 'after': span = timedSpan(t, (d + 1) * MIN_PER_DAY); break;
      case 'before': span = timedSpan(d * MIN_PER_DAY, Math.max(t, d * MIN_PER_DAY + 1)); break;
      default: span = timedSpan(t, t + (clock.minute !== undefined ? 1 : 60));
    }
    const out: Omit<Resolved, 'anchor' | 'resolution'> = { ...detail, span, precision };
    const offset = clock.offset ?? (clock.dst === 'eet' ? (euSummerTime(d) ? 180 : 120) : undefined);
    if (offset !== undefined) out.offset = offsetString(offset);
    return out;
  }
  if (part) {
    const [a, b] = PART_WINDOWS[part];
    return { ...detail, span: timedSpan(day * MIN_PER_DAY + a, day * MIN_PER_DAY + b), precision };
  }
  return { span: daySpan(day, day + 1), precision: 'day' };
}

/** "February 2022", "2022", "2023-05-30": a span in words for notes. */
function describeSpan(s: Span, precision: TimePrecision): string {
  const from = Math.floor(s.from / MIN_PER_DAY);
  const to = Math.ceil(s.to / MIN_PER_DAY) - 1;
  const a = civilOf(from);
  const b = civilOf(to);
  if (precision === 'year') return a.y === b.y ? `${a.y}` : `${a.y}–${b.y}`;
  if (precision === 'month') {
    const fa = `${MONTH_NAMES[a.m - 1]} ${a.y}`;
    const fb = `${MONTH_NAMES[b.m - 1]} ${b.y}`;
    return fa === fb ? fa : `${fa} to ${fb}`;
  }
  return from === to ? isoDay(from) : `${isoDay(from)} to ${isoDay(to)}`;
}

/** ACLED's time precision from the width of the interval: 1 a day, 2 up to a week, 3 up to a month. */
export function acledOf(span: Span | undefined): 1 | 2 | 3 | undefined {
  if (!span) return undefined;
  const days = (span.to - span.from) / MIN_PER_DAY;
  if (days <= 1.5) return 1;
  if (days <= 8) return 2;
  if (days <= 31) return 3;
  return undefined;
}
