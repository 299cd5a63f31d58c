import type { Range } from '../../model/span.js';

/** What sort of temporal expression a span is. */
export type TimeKind = 'date' | 'time' | 'datetime' | 'relative' | 'duration' | 'set' | 'part-of-day';

/** How finely an expression pins down its moment. */
export type TimePrecision = 'year' | 'month' | 'week' | 'day' | 'part-of-day' | 'hour' | 'minute';

/** Named stretches of a day; their clock windows are fixed in `lexicon.ts` (PART_WINDOWS). */
export type DayPart = 'early-morning' | 'morning' | 'afternoon' | 'evening' | 'night' | 'late-night';

/**
 * What an expression is (or would be) resolved against: nothing needed (`absolute`), the report's
 * publication date, the day of an earlier expression in the text, or nothing at all (durations).
 */
export type TimeAnchor = 'absolute' | 'publication' | 'previous-expression' | 'none';

/**
 * `resolved`: the interval follows from the words and the anchor; `inferred`: it rests on a
 * reading stated in `note` (past-leaning weekday, year taken from the publication, the day of an
 * earlier expression); `unresolved`: the anchor is missing, so there is no interval.
 */
export type TimeResolution = 'resolved' | 'inferred' | 'unresolved';

/** Whether the expression dates the report itself, an event it tells of, or something else. */
export type TimeRole = 'publication' | 'event' | 'reference';

/** One temporal expression found in a report's cleaned text. */
export interface TimeExpression {
  range: Range;
  /** Always `text.slice(range[0], range[1])`. */
  text: string;
  kind: TimeKind;
  /**
   * ISO, half-open. Date-only (`2023-05-30`) unless a time of day is known; then local wall time
   * (`2023-05-30T00:58`), with a numeric offset only when the text states a zone that has one.
   */
  interval?: { start: string; end: string };
  precision: TimePrecision;
  /** ACLED time precision: 1 day known, 2 week or a few days, 3 month. Only with an interval. */
  acledPrecision?: 1 | 2 | 3;
  timeOfDay?: { hour?: number; minute?: number; part?: DayPart };
  /** As stated: 'local', 'MSK', '+03:00'. */
  zone?: string;
  anchor: TimeAnchor;
  resolution: TimeResolution;
  /** The stated inference, e.g. 'Tuesday read as the Tuesday before publication (2023-05-30)'. */
  note?: string;
  role?: TimeRole;
}

/** The report's publication date as `ReportMeta.published` gives it. */
export interface PublishedRef {
  value: string;
  precision: string;
}

/** Options of `extractTimes`. */
export interface ExtractTimesOptions {
  published?: PublishedRef;
  /** ISO 639-1 main language of the text; English grammar when absent. */
  lang?: string;
}
