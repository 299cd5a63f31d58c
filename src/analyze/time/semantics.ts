/**
 * What a matched expression means before it is placed on the calendar. Grammars (our English
 * rules, chrono for other languages) produce these; `resolve.ts` turns them into intervals.
 */
import type { DayPart, TimeKind } from './time-types.js';
import type { Quantity, Unit } from './lexicon.js';

/** Parts of a month or year: "early May", "mid-2023", "the end of 2022", "summer 2023". */
export type SubPeriod =
  | 'early'
  | 'mid'
  | 'late'
  | 'start'
  | 'end'
  | 'first-half'
  | 'second-half'
  | 'spring'
  | 'summer'
  | 'autumn'
  | 'winter';

/** How a clock time was qualified: "shortly after 3 a.m.", "around 10 p.m.". */
export type ClockApprox = 'shortly-after' | 'shortly-before' | 'around' | 'after' | 'before';

/** A clock time as stated, with its qualifier and zone. */
export interface Clock {
  hour: number;
  minute?: number;
  approx?: ClockApprox;
  zone?: string;
  /** Minutes east of UTC, when the stated zone has a fixed offset. */
  offset?: number;
  /** The zone follows EU summer time (Kyiv): offset +02:00 or +03:00 by date. */
  dst?: 'eet';
}

/** The meaning of one matched expression, by shape (`t`). */
export type Sem =
  /** A calendar date or month, with or without its year. */
  | { t: 'date'; y?: number; m: number; d?: number; sub?: SubPeriod; part?: DayPart; clock?: Clock; orderGuess?: boolean }
  /** A year, possibly a part of it. */
  | { t: 'year'; y: number; sub?: SubPeriod }
  /** A weekday name, read against the publication date. `nightOf`: "overnight into Tuesday" is Monday's night. */
  | { t: 'weekday'; wd: number; rel?: 'last' | 'this' | 'next'; part?: DayPart; clock?: Clock; dayShift?: number }
  /** Today, yesterday, tonight, last night: days from the publication date. */
  | { t: 'deictic'; offset: number; part?: DayPart; mod?: 'earlier' | 'later'; clock?: Clock }
  /** Last week, this month, earlier this year. */
  | { t: 'calendar'; unit: 'week' | 'weekend' | 'month' | 'year'; offset: number; sub?: SubPeriod | 'earlier' | 'later' }
  /** N units ago. `qual`: "more than", "nearly"… */
  | { t: 'ago'; unit: Unit; q: Quantity; qual?: string }
  /** A stretch ending (or starting) at publication: "the past few days", "recent weeks", "the coming days". */
  | { t: 'span'; unit: Unit; q: Quantity; dir: 'past' | 'coming' }
  /** From a point to publication: "since early 2023". */
  | { t: 'since'; inner: Sem }
  /** The day (week…) of an earlier expression: "that day", "later that day", "the next morning". */
  | { t: 'prev'; unit: 'day' | 'week' | 'month' | 'year'; shift: number; mod?: 'earlier' | 'later'; part?: DayPart }
  /** N units after or before an earlier expression: "two days later", "hours later". */
  | { t: 'prev-shift'; unit: Unit; q: Quantity; dir: 1 | -1 }
  /** A clock time with no date of its own. */
  | { t: 'clock'; clock: Clock }
  /** A part of a day with no day of its own: "in the evening", "late-night". */
  | { t: 'part'; part: DayPart }
  /** A length of time: "for several hours". */
  | { t: 'duration'; unit: Unit; q?: Quantity; qual?: string }
  /** A recurrence: "every night"; with `count`, a run ending last night: "second consecutive night". */
  | { t: 'set'; unit: Unit | 'weekday'; count?: number; wd?: number }
  /** A day a foreign-language grammar computed from the publication date ("gestern"); no day without one. */
  | { t: 'fixed-day'; day?: number; clock?: Clock };

/** One match of a grammar inside the text, before resolution. */
export interface Candidate {
  start: number;
  end: number;
  kind: TimeKind;
  sem: Sem;
  /** Which rule produced it, for tie-breaks and debugging. */
  rule: string;
}
