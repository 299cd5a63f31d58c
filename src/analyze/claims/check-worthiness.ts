import type { ClaimKind } from './claim-types.js';
import type { SentenceFeatures } from './classify-claims.js';

/**
 * How much a sentence is worth checking, 0..1, in the spirit of ClaimBuster's check-worthy factual
 * claims: specific, checkable assertions about events score high; judgement and guesses score low.
 *
 *   score = 0.05
 *         + 0.30 · numbers      (1 for a bounded figure, 0.5 when the only figures are vague)
 *         + 0.15 · names        (capitalised words past the first, up to 3 → 1)
 *         + 0.10 · time         (a weekday, month, year, "overnight", "a.m." …)
 *         + 0.25 · event        (an event word, or a figure of launched/intercepted/hit/killed/…)
 *         + 0.15 · attribution  (1 named or institutional speaker, 0.6 anonymous)
 *         − 0.35 · opinion      (opinion cue weight / 2, capped at 1)
 *         − 0.20 · guess        (speculation or prediction)
 *         − 0.15 · question
 *         − 0.10 · heading      (a line without closing punctuation)
 *
 * clamped to [0, 1] and rounded to two decimals. The weights sum to 1 for a sentence that has
 * everything and no opinion, so the scale reads as a share.
 */
export function checkWorthiness(kind: ClaimKind, f: SentenceFeatures): number {
  const numbers = f.numbers.length === 0 ? 0 : f.numbers.some((n) => n.approx !== 'vague') ? 1 : 0.5;
  const names = Math.min(1, f.properNames / 3);
  const time = f.times > 0 ? 1 : 0;
  const event = f.events > 0 ? 1 : 0;
  const attribution = f.attribution === 'named' || f.attribution === 'institution' ? 1 : f.attribution === 'anonymous' ? 0.6 : 0;
  const opinion = Math.min(1, f.opinion / 2);
  const guess = kind === 'speculation' || kind === 'prediction' ? 1 : 0;
  const question = kind === 'question' ? 1 : 0;
  const heading = f.heading ? 1 : 0;
  const score =
    0.05 + 0.3 * numbers + 0.15 * names + 0.1 * time + 0.25 * event + 0.15 * attribution - 0.35 * opinion - 0.2 * guess - 0.15 * question - 0.1 * heading;
  return Math.round(Math.min(1, Math.max(0, score)) * 100) / 100;
}
