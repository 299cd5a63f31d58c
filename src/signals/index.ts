/**
 * The credibility signals, in the order they run. Each lives in `src/signals/<id>/` and opens
 * with its user doc.
 */
import type { Signal } from '../core/signal.js';
import { clickbaitHeadline } from './clickbait-headline/clickbait-headline.js';
import { headlineBodyStance } from './headline-body-stance/headline-body-stance.js';

/** Every per-report signal. */
export const SIGNALS: readonly Signal[] = [headlineBodyStance, clickbaitHeadline];
