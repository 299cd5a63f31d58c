/**
 * The profile categories of the cross-report findings (made by the corroboration layer, not by a
 * per-report signal), so a report's profile can count them beside its own signals' findings.
 */
import type { SignalCategory } from '../core/signal.js';
import { CROSS_SIGNALS } from './index.js';

/** Rule id of each cross-report finding → its credibility-signal category (from the signals' metadata). */
export const CROSS_REPORT_CATEGORIES: Readonly<Record<string, SignalCategory>> = Object.freeze(Object.fromEntries(CROSS_SIGNALS.map((s) => [s.meta.id, s.meta.category])));
