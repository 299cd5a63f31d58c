/**
 * Links a report that credits another outlet ("Source: Vestnik Velmorska") to that outlet's report
 * in the set. Wording cannot be compared across languages, so the check is on what a translation
 * keeps: numbers, times and names. The credit picks the outlet; the facts pick which of its
 * reports, and reject a credit whose report here is about something else.
 */
import { evidenceHolds, evidenceOf, type Evidence } from '../../model/span.js';
import { alignSentences, factOverlap, type FactPrint } from './fact-prints.js';
import type { OriginEntry } from './origin-entry.js';
import type { OriginLink } from './origin-types.js';
import { compareWindows } from './published-window.js';
import { round3 } from './text-match.js';

/** A report with its fact print. */
export interface FactSide {
  entry: OriginEntry;
  text: string;
  print: FactPrint;
}

/** Thresholds for accepting a credited report as the origin. */
export interface CreditMatchOptions {
  /** A translation shares at least this many numbers and names with its original… */
  translationMinShared: number;
  /** …and at least this share of the smaller report's. */
  translationMinContainment: number;
  /** Same-language credited source: stricter, because same-language reports on one event share many names anyway. */
  sourceMinShared: number;
  sourceMinContainment: number;
  /** Matching sentence pairs given as evidence. */
  maxAligned: number;
}

/** The link from `derived` (which credits `origin`'s outlet) to `origin`, or undefined when the facts do not bear it out. */
export function matchCredit(derived: FactSide, origin: FactSide, o: CreditMatchOptions): OriginLink | undefined {
  const credit = derived.entry.credit;
  if (!credit) return undefined;
  // An origin cannot have been published after the report taken from it.
  if (compareWindows(origin.entry.window, derived.entry.window) > 0) return undefined;
  const a = derived.entry.language;
  const b = origin.entry.language;
  const translation = credit.cue === 'translated-from' || (a !== undefined && b !== undefined && a !== b);
  const { shared, containment } = factOverlap(derived.print, origin.print);
  const [minShared, minContainment] = translation ? [o.translationMinShared, o.translationMinContainment] : [o.sourceMinShared, o.sourceMinContainment];
  if (shared < minShared || containment < minContainment) return undefined;

  const evidence: Evidence[] = [];
  const related: Evidence[] = [];
  if (credit.range) {
    const ev: Evidence = { docId: derived.entry.id, range: credit.range, quote: credit.quote };
    if (evidenceHolds(ev, derived.text)) evidence.push(evidenceOf(derived.entry.id, derived.text, credit.range[0], credit.range[1]));
  }
  const pairs = alignSentences(derived.print, origin.print, 2, o.maxAligned).sort((x, y) => x.here[0] - y.here[0]);
  for (const p of pairs) {
    evidence.push(evidenceOf(derived.entry.id, derived.text, p.here[0], p.here[1]));
    related.push(evidenceOf(origin.entry.id, origin.text, p.there[0], p.there[1]));
  }
  return {
    docId: derived.entry.id,
    derivedFrom: origin.entry.id,
    relation: translation ? 'credited-translation' : 'credited-source',
    score: round3(containment),
    evidence,
    related,
  };
}
