/**
 * The credibility signals: the per-report ones in the order the signals stage runs them, and the
 * cross-report ones, which the story layer runs on a story's verdicts and origin links. Each
 * lives in `src/signals/<id>/` and opens with its user doc.
 */
import type { Signal } from '../core/signal.js';
import type { CrossSignal } from './cross-signal.js';
import { clickbaitHeadline } from './clickbait-headline/clickbait-headline.js';
import { headlineBodyStance } from './headline-body-stance/headline-body-stance.js';
import { anonymousSourcing } from './anonymous-sourcing/index.js';
import { hedgedUnverified } from './hedged-unverified/index.js';
import { dateInconsistency } from './date-inconsistency/index.js';
import { untranslatedQuote } from './untranslated-quote/index.js';
import { boilerplateResidue } from './boilerplate-residue/index.js';
import { lowFactDensity } from './low-fact-density/index.js';
import { machineTextMarkers } from './machine-text-markers/index.js';
import { missingAttribution } from './missing-attribution/index.js';
import { contradictedClaim } from './contradicted-claim/index.js';
import { dateConflict } from './date-conflict/index.js';
import { singleSourceClaim } from './single-source-claim/index.js';
import { copiedContent } from './copied-content/index.js';

/** Every per-report signal (the signals stage runs these on each report). */
export const SIGNALS: readonly Signal[] = [
  headlineBodyStance,
  clickbaitHeadline,
  anonymousSourcing,
  hedgedUnverified,
  dateInconsistency,
  untranslatedQuote,
  boilerplateResidue,
  lowFactDensity,
  machineTextMarkers,
  missingAttribution,
];

/**
 * Every cross-report signal, for metadata and docs. The signals stage does not run them (a
 * report alone cannot show them); `crossReportFindings` and `copiedContentFindings` in
 * `src/corpus/` do, when a story is built. (`never`: whatever each reads; the list is for metadata.)
 */
export const CROSS_SIGNALS: readonly CrossSignal<never, never>[] = [contradictedClaim, singleSourceClaim, dateConflict, copiedContent];
