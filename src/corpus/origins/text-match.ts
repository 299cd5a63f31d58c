/**
 * Checks a candidate pair found through the LSH buckets: exact shingle containment, direction,
 * relation, and the shared passages in both texts.
 */
import { evidenceHolds, evidenceOf, type Evidence } from '../../model/span.js';
import { factOverlap, factPrint, type FactPrint } from './fact-prints.js';
import { originOfPair, sameCreditedSource, type OriginEntry } from './origin-entry.js';
import type { OriginLink } from './origin-types.js';
import { sharedPassages, type SharedPassage } from './shared-passages.js';
import { shingleText, type ShingledText } from './text-shingles.js';

/** One report ready for comparison. */
export interface TextSide {
  entry: OriginEntry;
  text: string;
  shingled: ShingledText;
  /** Shingles that count as evidence of copying: not inside quotation marks, not common. */
  distinct: Set<number>;
  /** 1 at each shingle position that is in `distinct`. */
  mask: Uint8Array;
  /** Its numbers and names, computed when first needed and kept with the shingles. */
  memo: { facts?: FactPrint };
}

/**
 * Shingles a report and marks which count as evidence; `isCommon` says which shingles are
 * boilerplate. A report compared again brings its shingles and memo along.
 */
export function textSide(
  entry: OriginEntry,
  text: string,
  size: number,
  isCommon: (h: number) => boolean,
  shingled: ShingledText = shingleText(text, size),
  memo: TextSide['memo'] = {},
): TextSide {
  const mask = new Uint8Array(shingled.hashes.length);
  const distinct = new Set<number>();
  for (let i = 0; i < mask.length; i++) {
    const h = shingled.hashes[i]!;
    if (shingled.quoted[i] || isCommon(h)) continue;
    mask[i] = 1;
    distinct.add(h);
  }
  return { entry, text, shingled, distinct, mask, memo };
}

/** Thresholds for a text link between two reports. */
export interface TextMatchOptions {
  /** Least shared distinctive shingles for any text link. */
  minShared: number;
  /** Share of the dependent report found in the origin for a copy or near-duplicate. */
  copyContainment: number;
  /** …or share of the origin found in the dependent report, when that has a few additions (at least ⅔ of `copyContainment` of it is the origin's). */
  copyCoverage: number;
  /** Share of either report found in the other for a rewrite… */
  rewriteContainment: number;
  /** …with at least one shared passage of this many distinctive shingles… */
  rewriteMinPassage: number;
  /** …and this many distinctive shingles shared in all (a rewrite keeps sentences, not a phrase or two). */
  rewriteMinShared: number;
  /**
   * Share of numbers and names that the two reports must have in common (of the report with fewer):
   * a rewrite keeps the facts, a template filled in for another event does not.
   */
  minFactAgreement: number;
  /** Edits (shingle positions) a passage is joined across. */
  maxGap: number;
  /** Passages given as evidence, the longest. */
  maxPassages: number;
}

/** A verified text link between two reports, or undefined when they are not related by wording. */
export function matchText(newer: TextSide, older: TextSide, o: TextMatchOptions): OriginLink | undefined {
  let shared = 0;
  const [small, large] = newer.distinct.size <= older.distinct.size ? [newer.distinct, older.distinct] : [older.distinct, newer.distinct];
  for (const h of small) if (large.has(h)) shared++;
  if (shared < o.minShared) return undefined;

  // Arrival order decides only when credit and publication time do not.
  const [derived, origin] = originOfPair(newer.entry, older.entry) === 'x' ? [older, newer] : [newer, older];
  const inDerived = shared / derived.distinct.size;
  const inOrigin = shared / origin.distinct.size;
  let relation: OriginLink['relation'];
  let score: number;
  // A copy: most of it is the origin's wording, or all of the origin is in it with a little added.
  if (inDerived >= o.copyContainment || (inOrigin >= o.copyCoverage && inDerived >= o.copyContainment * (2 / 3))) {
    relation = sameCreditedSource(derived.entry, origin.entry) ? 'syndicated-copy' : 'near-duplicate';
    score = inDerived;
  } else if (Math.max(inDerived, inOrigin) >= o.rewriteContainment && shared >= o.rewriteMinShared) {
    relation = 'rewrite';
    score = Math.max(inDerived, inOrigin);
  } else return undefined;
  if (!factsAgree(derived, origin, o.minFactAgreement)) return undefined;
  const passages = sharedPassages(derived.shingled, derived.text, origin.shingled, origin.text, derived.mask, { maxGap: o.maxGap, minDistinctive: 2 });
  // A rewrite keeps whole sentences, not scattered phrases.
  if (relation === 'rewrite' && !passages.some((p) => p.distinctive >= o.rewriteMinPassage)) return undefined;

  const { evidence, related } = passageEvidence(derived, origin, passages, o.maxPassages);
  const credit = derived.entry.credit;
  if (credit?.range && sameCreditedSource(derived.entry, origin.entry)) {
    const ev: Evidence = { docId: derived.entry.id, range: credit.range, quote: credit.quote };
    // The credit is where the dependent report says where it comes from: evidence of direction.
    if (evidenceHolds(ev, derived.text)) evidence.unshift(evidenceOf(derived.entry.id, derived.text, credit.range[0], credit.range[1]));
  }
  return { docId: derived.entry.id, derivedFrom: origin.entry.id, relation, score: round3(score), evidence, related };
}

/** The longest passages as evidence in both reports, in text order. */
function passageEvidence(derived: TextSide, origin: TextSide, passages: SharedPassage[], max: number): { evidence: Evidence[]; related: Evidence[] } {
  const best = [...passages]
    .sort((a, b) => b.distinctive - a.distinctive || a.here[0] - b.here[0])
    .slice(0, max)
    .sort((a, b) => a.here[0] - b.here[0]);
  return {
    evidence: best.map((p) => evidenceOf(derived.entry.id, derived.text, p.here[0], p.here[1])),
    related: best.map((p) => evidenceOf(origin.entry.id, origin.text, p.there[0], p.there[1])),
  };
}

/** Fewer numbers and names than this in either report, and the facts cannot be compared. */
const MIN_FACTS = 4;

/** Whether two reports that share wording also share their numbers and names. */
function factsAgree(a: TextSide, b: TextSide, min: number): boolean {
  const pa = (a.memo.facts ??= factPrint(a.text));
  const pb = (b.memo.facts ??= factPrint(b.text));
  if (Math.min(pa.items.size, pb.items.size) < MIN_FACTS) return true;
  return factOverlap(pa, pb).containment >= min;
}

/** Three decimals: stable in JSON and enough to rank. */
export function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
