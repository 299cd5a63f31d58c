/**
 * The headline/body stance model at inference time. Two boosted-tree stages read the hand-made
 * features plus the lexical model's three probabilities: the first says whether the body is
 * about the headline's claim at all (related vs unrelated), the second which stance a related
 * body takes (agree, disagree, discuss). Trained by `models/stance/train.ts` on FNC-1.
 *
 * `explain` and `judge` measure what each sentence decides: the drop in the stance's probability
 * when that sentence is left out of the body (per-sentence measures are taken once, so leaving
 * one out costs a sum and a pass through the trees).
 */
import type { Range } from '../../model/span.js';
import { decodeEnsemble, ensembleProbabilities, type StoredTreeEnsemble, type TreeEnsemble } from './tree-ensemble.js';
import { idfLookup, type StoredIdf } from './idf-table.js';
import {
  decodeLinearModel,
  lexicalPair,
  lexicalProbabilities,
  lexicalProbabilitiesWithout,
  lexicalVector,
  linearProbabilities,
  type LinearModel,
  type StoredLinearModel,
} from './lexical-model.js';
import { analyzeBody, analyzeHeadline, featuresFromStats, pairStats, type BodyInfo, type HeadlineInfo, type IdfLookup, type PairStats } from './stance-features.js';
import { RELATED_STANCES, STANCES, type Stance } from './stance-labels.js';
import { fnv1a } from './word-tokens.js';

/** Format tag of the stored model; bumped when features or layout change. */
export const STANCE_MODEL_FORMAT = 'corroborate-stance/1';

/** The JSON the training script writes (`models/stance/weights*.json`). */
export interface StoredStanceModel {
  format: string;
  /** What it was trained on. */
  trainedOn: {
    description: string;
    pairs: number;
    bodies: number;
    /** Sorted 32-bit hashes of the training bodies (see {@link bodyFingerprint}), base64, to spot evaluation on seen bodies. */
    bodyHashes: string;
  };
  featureNames: string[];
  idf: StoredIdf;
  lexical: StoredLinearModel;
  related: StoredTreeEnsemble;
  stance: StoredTreeEnsemble;
  /** P(related) below this means unrelated. */
  relatedThreshold: number;
}

/** The model's answer for one pair. */
export interface StancePrediction {
  stance: Stance;
  /** Probability of each stance: P(unrelated) = 1 − P(related); a related stance is P(related) × P(stance | related). */
  probabilities: Record<Stance, number>;
}

/** How much one body sentence decides the prediction. */
export interface SentenceContribution {
  /** Index among the body's sentences. */
  index: number;
  range: Range;
  /** Drop in the predicted stance's probability when the sentence is left out (may be negative). */
  contribution: number;
  /** TF-IDF cosine of the sentence with the headline. */
  similarity: number;
}

/** A loaded stance model. */
export interface StanceModel {
  /** Classifies a pair given as texts. */
  classify(headline: string, body: string): StancePrediction;
  /** Classifies a pair read once by `analyzeHeadline`/`analyzeBody` (for callers that reuse them). */
  classifyParsed(h: HeadlineInfo, body: BodyInfo, skip?: number): StancePrediction;
  /** The full feature vector the trees read, for training and debugging. */
  features(h: HeadlineInfo, body: BodyInfo, skip?: number): number[];
  /**
   * Contributions of up to `maxCandidates` sentences (those most similar to the headline, and
   * those holding refuting or hedging words) to `stance`, largest first.
   */
  explain(h: HeadlineInfo, body: BodyInfo, stance: Stance, maxCandidates?: number): SentenceContribution[];
  /**
   * The prediction, and a function that weighs the sentences for the predicted stance reusing the
   * per-sentence measures (for callers that explain only some predictions).
   */
  judge(h: HeadlineInfo, body: BodyInfo): { prediction: StancePrediction; explain(maxCandidates?: number): SentenceContribution[] };
  /** Whether the model was trained on this body text. */
  sawBody(text: string): boolean;
  idf: IdfLookup;
}

/** A body's fingerprint: FNV-1a of its words, so spacing and case do not matter. */
export function bodyFingerprint(text: string): number {
  return fnv1a(text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(' '));
}

/** Decodes a stored model; throws when its format is not the one this code reads. */
export function createStanceModel(stored: StoredStanceModel): StanceModel {
  if (stored.format !== STANCE_MODEL_FORMAT) throw new Error(`stance model format "${stored.format}" is not "${STANCE_MODEL_FORMAT}": retrain it`);
  const idf = idfLookup(stored.idf);
  const lexical: LinearModel = decodeLinearModel(stored.lexical);
  const related: TreeEnsemble = decodeEnsemble(stored.related);
  const stance: TreeEnsemble = decodeEnsemble(stored.stance);
  const hashBytes = Buffer.from(stored.trainedOn.bodyHashes, 'base64');
  const seen = new Set<number>();
  for (let o = 0; o + 4 <= hashBytes.length; o += 4) seen.add(hashBytes.readUInt32LE(o));

  const featuresWith = (h: HeadlineInfo, body: BodyInfo, st: PairStats, skip: number): number[] => {
    const x = featuresFromStats(h, body, st, idf, skip);
    x.push(...(skip < 0 ? lexicalProbabilities(lexical, h, body) : linearProbabilities(lexical, lexicalVector(h, body, lexical.bits, skip))));
    return x;
  };
  const features = (h: HeadlineInfo, body: BodyInfo, skip = -1): number[] => featuresWith(h, body, pairStats(h, body, idf), skip);
  const predict = (x: readonly number[]): StancePrediction => {
    const pRelated = ensembleProbabilities(related, x)[0]!;
    const pStance = ensembleProbabilities(stance, x);
    const probabilities = { unrelated: 1 - pRelated } as Record<Stance, number>;
    RELATED_STANCES.forEach((s, k) => (probabilities[s] = pRelated * pStance[k]!));
    let best: Stance = 'unrelated';
    if (pRelated >= stored.relatedThreshold) {
      best = 'agree';
      RELATED_STANCES.forEach((s) => {
        if (probabilities[s] > probabilities[best]) best = s;
      });
    }
    return { stance: best, probabilities };
  };
  const classifyParsed = (h: HeadlineInfo, body: BodyInfo, skip = -1): StancePrediction => predict(features(h, body, skip));
  return {
    idf,
    features,
    classifyParsed,
    classify: (headline, body) => classifyParsed(analyzeHeadline(headline), analyzeBody(body)),
    explain(h, body, target, maxCandidates = 6) {
      if (!STANCES.includes(target)) throw new RangeError(`unknown stance ${target}`);
      const st = pairStats(h, body, idf);
      return contributions(h, body, st, target, predict(featuresWith(h, body, st, -1)).probabilities[target], maxCandidates);
    },
    judge(h, body) {
      const st = pairStats(h, body, idf);
      const prediction = predict(featuresWith(h, body, st, -1));
      return {
        prediction,
        explain: (maxCandidates = 6) =>
          contributions(h, body, st, prediction.stance, prediction.probabilities[prediction.stance], maxCandidates),
      };
    },
    sawBody: (text) => seen.has(bodyFingerprint(text)),
  };

  function contributions(h: HeadlineInfo, body: BodyInfo, st: PairStats, target: Stance, full: number, maxCandidates: number): SentenceContribution[] {
    if (body.sentences.length < 2) return [];
    const sims = Array.from(st.cos);
    const cued = (i: number) => {
      const c = body.sentences[i]!.cues;
      return c.refute + c.hedge + c.neg > 0 && sims[i]! > 0;
    };
    const order = sims.map((_, i) => i).sort((a, b) => sims[b]! - sims[a]! || a - b);
    // Half the candidates by similarity to the headline, then sentences with cue words, then the rest.
    const picked = new Set<number>(order.slice(0, Math.ceil(maxCandidates / 2)));
    for (const i of order) {
      if (picked.size >= maxCandidates) break;
      if (cued(i)) picked.add(i);
    }
    for (const i of order) {
      if (picked.size >= maxCandidates) break;
      picked.add(i);
    }
    const out: SentenceContribution[] = [];
    const lex = lexicalPair(lexical, h, body);
    for (const i of picked) {
      const x = featuresFromStats(h, body, st, idf, i);
      x.push(...lexicalProbabilitiesWithout(lexical, lex, i));
      const without = predict(x).probabilities[target];
      out.push({ index: i, range: body.sentences[i]!.range, contribution: full - without, similarity: sims[i]! });
    }
    return out.sort((a, b) => b.contribution - a.contribution || b.similarity - a.similarity || a.index - b.index);
  }
}
