/**
 * The credibility signals, in the order they run. Each lives in `src/signals/<id>/` and opens
 * with its user doc.
 */
import type { Signal } from '../core/signal.js';
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

/** Every per-report signal. */
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
