import type { Range } from '../../model/span.js';

/** How exact a reported figure is. */
export type Approximation = 'exact' | 'more-than' | 'less-than' | 'about' | 'at-least' | 'up-to' | 'range' | 'vague';

/** What a figure counts, by the verb or noun next to it. */
export type NumericCategory =
  | 'launched'
  | 'intercepted'
  | 'shot-down'
  | 'diverted'
  | 'hit'
  | 'injured'
  | 'killed'
  | 'damaged-buildings'
  | 'distance'
  | 'duration'
  | 'percent'
  | 'other';

/** The kind of thing counted, for grouping figures across reports. */
export type CountedClass = 'people' | 'weapons' | 'buildings' | 'targets' | 'places' | 'time' | 'distance' | 'percent' | 'other';

/** A count or measure stated in a report. */
export interface NumericFact {
  /** The figure with its modifier and what it counts: "more than 8,700 killed Ukrainian civilians". */
  range: readonly [number, number];
  text: string;
  /** The figure; for a range or a vague word, its conservative (lowest) reading — "dozens" is 12 as ACLED codes it. */
  value: number;
  low?: number;
  high?: number;
  approx: Approximation;
  /** What is counted, as a plural noun: 'drones', 'people', 'buildings', 'months'. */
  counted: string;
  countedClass: CountedClass;
  category: NumericCategory;
  /** The unit of a measure: 'miles', 'km', 'months', '%'. */
  unit?: string;
  /** The word that decided the category ("shot down", "injured", "electronic warfare"). */
  cue?: { range: Range; text: string };
  /** Whose figure it is: the speaker of the quote or report it sits in. */
  source?: { text: string; range: Range; name?: string };
  /** The figure was said in quotation marks or reported speech (the quote's id). */
  quoteId?: string;
}
