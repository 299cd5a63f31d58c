/**
 * The profile categories of the cross-report findings (made by the corroboration layer, not by a
 * per-report signal), so a report's profile can count them beside its own signals' findings.
 */
import type { SignalCategory } from '../core/signal.js';

/** Rule id of each cross-report finding → its credibility-signal category. */
export const CROSS_REPORT_CATEGORIES: Readonly<Record<string, SignalCategory>> = {
  'contradicted-claim': 'corroboration',
  'single-source-claim': 'corroboration',
  'copied-content': 'originality',
  'date-conflict': 'time-consistency',
};
