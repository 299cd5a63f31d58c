import type { Range } from '../../model/span.js';

/** What a sentence does: reports, counts, attributes, predicts, judges, guesses or asks. */
export type ClaimKind =
  | 'reported-event'
  | 'statistic'
  | 'attributed-statement'
  | 'prediction'
  | 'opinion'
  | 'speculation'
  | 'question'
  | 'other';

/** Words that weaken what a sentence asserts. */
export type HedgeKind = 'conditional' | 'unverified' | 'appearance' | 'modal' | 'reportedly' | 'attribution-vague';

export interface Hedge {
  range: Range;
  text: string;
  kind: HedgeKind;
}

/** Words that show the writer's voice rather than a report. */
export type CueKind = 'evaluative' | 'first-person' | 'rhetorical' | 'intensifier' | 'speculative' | 'future';

export interface Cue {
  range: Range;
  text: string;
  kind: CueKind;
}

/** One sentence of a report, classified, with its evidence. */
export interface Claim {
  range: Range;
  text: string;
  kind: ClaimKind;
  hedges: Hedge[];
  cues: Cue[];
  /** 0..1: how much the sentence is worth checking (see `checkWorthiness`). */
  checkWorthiness: number;
  /** Quotes that overlap the sentence. */
  quoteIds?: string[];
}
