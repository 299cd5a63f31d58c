/**
 * How likely two profiles (a report and a story, or two stories) describe the same event.
 * The evidence is a small vector of features — TF-IDF cosines of content words, proper names,
 * numbers and titles; agreement or conflict of the years and calendar days mentioned; how much
 * of each side's names the other covers — combined by a logistic model trained on story
 * decisions (see story-model.ts). Reading-layer evidence (resolved event days, event types) and
 * publication dates, which the training data lacks, add fixed log-odds on top.
 */
import { weightedCosine, type SparseVector } from './sparse-vector.js';
import type { Profile } from './story-profile.js';

/** Inverse document frequency per channel, from the counts seen so far. */
export interface ChannelWeights {
  words: (term: string) => number;
  names: (term: string) => number;
  numbers: (term: string) => number;
}

/** Names of the features, in the order {@link pairFeatures} returns them. */
export const FEATURE_NAMES = [
  'words',
  'names',
  'namesMissing',
  'title',
  'numbers',
  'yearShare',
  'yearConflict',
  'yearMissing',
  'dayShare',
  'nameCover',
  'nameCoverBack',
  'logSize',
  'numbersMissing',
  'daysMissing',
  'coreMiss',
  'coreMissBack',
  'titleMissing',
  'latestYearShare',
  'latestYearConflict',
  'leadMiss',
  'leadMissBack',
  'logMinSize',
] as const;

/** A logistic model over {@link FEATURE_NAMES}. */
export interface LinearModel {
  bias: number;
  weights: readonly number[];
}

/** Fixed log-odds for evidence the training data does not carry. */
export interface SimilarityPriors {
  /** Added when both sides have resolved event days and none are within the tolerance. */
  eventDateConflict: number;
  /** Event days this close (in days) still count as the same event. */
  eventDateToleranceDays: number;
  /** Added when both sides have resolved event days and some agree. */
  eventDateAgree: number;
  /** Added when both sides have event types and share none. */
  typeConflict: number;
  /** Publication spans further apart than this (days)… */
  publishedGapDays: number;
  /** …add this. */
  publishedGap: number;
}

function fractionShare<K>(a: ReadonlyMap<K, number>, aSize: number, b: ReadonlyMap<K, number>, bSize: number): number {
  let best = 0;
  const [small, large, sSize, lSize] = a.size <= b.size ? [a, b, aSize, bSize] : [b, a, bSize, aSize];
  for (const [k, x] of small) {
    const y = large.get(k);
    if (y === undefined) continue;
    best = Math.max(best, Math.min(x / sSize, y / lSize));
  }
  return best;
}

/** Weighted share of `a`'s terms that `b` also has. */
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

/** Weighted share of `core` that `other` lacks (0 for an empty core). */
function missing(core: SparseVector, other: SparseVector, weight: (t: string) => number): number {
  return core.size === 0 ? 0 : 1 - cover(core, other, weight);
}

/** Names that carry a profile: repeated in a single report, or named by half of a story's reports. */
function coreNames(p: Profile): Map<string, number> {
  const out = new Map<string, number>();
  if (p.size === 1) {
    for (const [t, x] of p.names) if (x > 1.5) out.set(t, x);
  } else {
    const min = Math.max(2, p.size / 2);
    for (const [t, n] of p.nameDocs) if (n >= min) out.set(t, p.names.get(t) ?? 0);
  }
  return out;
}

/** The few names a profile is most about: most repeated in a report, named by most reports of a story. */
function leadNames(p: Profile, k = 3): string[] {
  const src = p.size === 1 ? p.names : p.nameDocs;
  const out = [...src.entries()].filter(([t]) => p.names.has(t));
  out.sort((x, y) => y[1] - x[1] || (p.names.get(y[0]) ?? 0) - (p.names.get(x[0]) ?? 0) || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  return out.slice(0, k).map(([t]) => t);
}

function leadMissing(a: Profile, b: Profile): number {
  const leads = leadNames(a);
  if (leads.length === 0) return 0;
  let miss = 0;
  for (const t of leads) if (!b.names.has(t)) miss++;
  return miss / leads.length;
}

/** The feature vector of a pair, in {@link FEATURE_NAMES} order. */
export function pairFeatures(a: Profile, b: Profile, idf: ChannelWeights): number[] {
  const hasNames = a.names.size > 0 && b.names.size > 0;
  const hasYears = a.years.size > 0 && b.years.size > 0;
  const yearShare = hasYears ? fractionShare(a.years, a.size, b.years, b.size) : 0;
  const hasLatest = a.latestYear.size > 0 && b.latestYear.size > 0;
  const latestShare = hasLatest ? fractionShare(a.latestYear, a.size, b.latestYear, b.size) : 0;
  return [
    weightedCosine(a.words, b.words, idf.words),
    hasNames ? weightedCosine(a.names, b.names, idf.names) : 0,
    hasNames ? 0 : 1,
    a.title.size > 0 && b.title.size > 0 ? weightedCosine(a.title, b.title, idf.words) : 0,
    a.numbers.size > 0 && b.numbers.size > 0 ? weightedCosine(a.numbers, b.numbers, idf.numbers) : 0,
    yearShare,
    hasYears && yearShare === 0 ? 1 : 0,
    hasYears ? 0 : 1,
    a.days.size > 0 && b.days.size > 0 ? fractionShare(a.days, a.size, b.days, b.size) : 0,
    hasNames ? cover(a.names, b.names, idf.names) : 0,
    hasNames ? cover(b.names, a.names, idf.names) : 0,
    Math.log(Math.min(a.size, b.size) + Math.max(a.size, b.size)),
    a.numbers.size > 0 && b.numbers.size > 0 ? 0 : 1,
    a.days.size > 0 && b.days.size > 0 ? 0 : 1,
    hasNames ? missing(coreNames(a), b.names, idf.names) : 0,
    hasNames ? missing(coreNames(b), a.names, idf.names) : 0,
    a.title.size > 0 && b.title.size > 0 ? 0 : 1,
    latestShare,
    hasLatest && latestShare === 0 ? 1 : 0,
    hasNames ? leadMissing(a, b) : 0,
    hasNames ? leadMissing(b, a) : 0,
    Math.log(Math.min(a.size, b.size)),
  ];
}

function daysWithin(a: ReadonlyMap<number, number>, b: ReadonlyMap<number, number>, tolerance: number): boolean {
  for (const x of a.keys()) for (const y of b.keys()) if (Math.abs(x - y) <= tolerance) return true;
  return false;
}

function sharesKey<K>(a: ReadonlyMap<K, number>, b: ReadonlyMap<K, number>): boolean {
  for (const k of a.keys()) if (b.has(k)) return true;
  return false;
}

/** Log-odds from reading-layer evidence and publication dates (0 when absent). */
export function priorLogit(a: Profile, b: Profile, p: SimilarityPriors): number {
  let z = 0;
  if (a.eventDays.size > 0 && b.eventDays.size > 0) {
    z += daysWithin(a.eventDays, b.eventDays, p.eventDateToleranceDays) ? p.eventDateAgree : p.eventDateConflict;
  }
  if (a.types.size > 0 && b.types.size > 0 && !sharesKey(a.types, b.types)) z += p.typeConflict;
  if (a.published && b.published) {
    const gap = Math.max(0, a.published[0] - b.published[1], b.published[0] - a.published[1]);
    if (gap > p.publishedGapDays) z += p.publishedGap;
  }
  return z;
}

/** Logistic model output for a feature vector plus extra log-odds. */
export function modelProbability(model: LinearModel, features: readonly number[], extraLogit = 0): number {
  let z = model.bias + extraLogit;
  for (let i = 0; i < features.length; i++) z += (model.weights[i] ?? 0) * features[i]!;
  return 1 / (1 + Math.exp(-z));
}

/** Probability in [0, 1] that `a` and `b` describe the same event. */
export function profileSimilarity(a: Profile, b: Profile, idf: ChannelWeights, model: LinearModel, priors: SimilarityPriors): number {
  return modelProbability(model, pairFeatures(a, b, idf), priorLogit(a, b, priors));
}
