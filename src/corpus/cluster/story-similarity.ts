/**
 * How likely two reports describe the same event. The evidence is a small vector of features —
 * TF-IDF cosines of content words, proper names, numbers and titles; agreement or conflict of
 * the years and calendar days mentioned; how much of each report's names and main actors the
 * other has — combined by a logistic model trained on report pairs (story-model.ts). Every
 * feature is symmetric, so the probability does not depend on which report came first.
 * Reading-layer evidence (resolved event days, event types) and publication dates, which the
 * training data lacks, add fixed log-odds on top.
 */
import { weightedCosine, type SparseVector } from './sparse-vector.js';
import type { ReportProfile } from './story-profile.js';

/** Inverse document frequency per channel, from the counts seen so far. */
export interface ChannelWeights {
  words: (term: string) => number;
  names: (term: string) => number;
  numbers: (term: string) => number;
  /** Weighted norm of a vector; an index memoises it while the weights stand still. */
  norm?: (v: SparseVector, weight: (term: string) => number) => number;
}

/** Weighted cosine using the norm memo of `idf` when it has one. */
function cosine(a: SparseVector, b: SparseVector, weight: (t: string) => number, idf: ChannelWeights): number {
  if (a.size === 0 || b.size === 0) return 0;
  return idf.norm ? weightedCosine(a, b, weight, idf.norm(a, weight), idf.norm(b, weight)) : weightedCosine(a, b, weight);
}

/** Names of the features, in the order {@link pairFeatures} returns them. */
export const FEATURE_NAMES = [
  'words',
  'names',
  'namesMissing',
  'title',
  'numbers',
  'numbersMissing',
  'yearShare',
  'yearConflict',
  'latestYearSame',
  'latestYearGap',
  'dayShare',
  'daysMissing',
  'nameCoverMin',
  'nameCoverMax',
  'repeatedMissMin',
  'repeatedMissMax',
  'leadMissMin',
  'leadMissMax',
] as const;

/** A logistic model over {@link FEATURE_NAMES}. */
export interface LinearModel {
  bias: number;
  weights: readonly number[];
}

/** Fixed log-odds for evidence the training data does not carry. */
export interface SimilarityPriors {
  /** Added when both reports have resolved event days and none are within the tolerance. */
  eventDateConflict: number;
  /** Event days this close (in days) still count as the same event. */
  eventDateToleranceDays: number;
  /** Added when both reports have resolved event days and some agree. */
  eventDateAgree: number;
  /** Added when both reports have event types and share none. */
  typeConflict: number;
  /** Publication days further apart than this… */
  publishedGapDays: number;
  /** …add this. */
  publishedGap: number;
}

function sharesAny<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const set = new Set(a);
  return b.some((x) => set.has(x));
}

/** Weighted share of `a`'s names that `b` also has. */
function cover(a: SparseVector, b: SparseVector, weight: (t: string) => number): number {
  let all = 0;
  let hit = 0;
  for (const [t, x] of a) {
    const w = x * weight(t);
    all += w;
    if (b.has(t)) hit += w;
  }
  return all === 0 ? 0 : hit / all;
}

/** Weighted share of the names `a` repeats (tf ≥ 2) that `b` lacks; 0 when `a` repeats none. */
function repeatedMissing(a: SparseVector, b: SparseVector, weight: (t: string) => number): number {
  let all = 0;
  let miss = 0;
  for (const [t, x] of a) {
    if (x < 1.5) continue;
    const w = x * weight(t);
    all += w;
    if (!b.has(t)) miss += w;
  }
  return all === 0 ? 0 : miss / all;
}

function leadMissing(a: ReportProfile, b: ReportProfile): number {
  if (a.leads.length === 0) return 0;
  let miss = 0;
  for (const t of a.leads) if (!b.names.has(t)) miss++;
  return miss / a.leads.length;
}

/** The feature vector of a pair of reports, in {@link FEATURE_NAMES} order; symmetric in `a`, `b`. */
export function pairFeatures(a: ReportProfile, b: ReportProfile, idf: ChannelWeights): number[] {
  const hasNames = a.names.size > 0 && b.names.size > 0;
  const hasNumbers = a.numbers.size > 0 && b.numbers.size > 0;
  const hasYears = a.years.length > 0 && b.years.length > 0;
  const yearShare = hasYears && sharesAny(a.years, b.years);
  const hasLatest = a.latestYear !== undefined && b.latestYear !== undefined;
  const gap = hasLatest ? Math.abs(a.latestYear! - b.latestYear!) : 0;
  const coverAB = hasNames ? cover(a.names, b.names, idf.names) : 0;
  const coverBA = hasNames ? cover(b.names, a.names, idf.names) : 0;
  const repAB = hasNames ? repeatedMissing(a.names, b.names, idf.names) : 0;
  const repBA = hasNames ? repeatedMissing(b.names, a.names, idf.names) : 0;
  const leadAB = hasNames ? leadMissing(a, b) : 0;
  const leadBA = hasNames ? leadMissing(b, a) : 0;
  return [
    cosine(a.words, b.words, idf.words, idf),
    hasNames ? cosine(a.names, b.names, idf.names, idf) : 0,
    hasNames ? 0 : 1,
    cosine(a.title, b.title, idf.words, idf),
    hasNumbers ? cosine(a.numbers, b.numbers, idf.numbers, idf) : 0,
    hasNumbers ? 0 : 1,
    yearShare ? 1 : 0,
    hasYears && !yearShare ? 1 : 0,
    hasLatest && gap === 0 ? 1 : 0,
    hasLatest ? Math.min(gap, 4) / 4 : 0,
    sharesAny(a.days, b.days) ? 1 : 0,
    a.days.length > 0 && b.days.length > 0 ? 0 : 1,
    Math.min(coverAB, coverBA),
    Math.max(coverAB, coverBA),
    Math.min(repAB, repBA),
    Math.max(repAB, repBA),
    Math.min(leadAB, leadBA),
    Math.max(leadAB, leadBA),
  ];
}

/** What the priors read of a profile. */
export type PriorEvidence = Pick<ReportProfile, 'eventDays' | 'types' | 'published'>;

/** Log-odds from reading-layer evidence and publication dates (0 when absent). */
export function priorLogit(a: PriorEvidence, b: PriorEvidence, p: SimilarityPriors): number {
  let z = 0;
  if (a.eventDays.length > 0 && b.eventDays.length > 0) {
    const near = a.eventDays.some((x) => b.eventDays.some((y) => Math.abs(x - y) <= p.eventDateToleranceDays));
    z += near ? p.eventDateAgree : p.eventDateConflict;
  }
  if (a.types.length > 0 && b.types.length > 0 && !sharesAny(a.types, b.types)) z += p.typeConflict;
  if (a.published !== undefined && b.published !== undefined && Math.abs(a.published - b.published) > p.publishedGapDays) {
    z += p.publishedGap;
  }
  return z;
}

/** Logistic model output for a feature vector plus extra log-odds. */
export function modelProbability(model: LinearModel, features: ArrayLike<number>, extraLogit = 0): number {
  let z = model.bias + extraLogit;
  for (let i = 0; i < features.length; i++) z += (model.weights[i] ?? 0) * features[i]!;
  return 1 / (1 + Math.exp(-z));
}

/** Probability in [0, 1] that reports `a` and `b` describe the same event. */
export function reportSimilarity(a: ReportProfile, b: ReportProfile, idf: ChannelWeights, model: LinearModel, priors: SimilarityPriors): number {
  return modelProbability(model, pairFeatures(a, b, idf), priorLogit(a, b, priors));
}
