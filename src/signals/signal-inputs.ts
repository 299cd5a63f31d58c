/**
 * Typed access to what the reading stages left on a document, for the rule-based signals. A
 * missing or malformed slot reads as empty, so a signal run on a partly read document reports
 * nothing rather than throwing.
 */
import type { Claim } from '../analyze/claims/claim-types.js';
import type { NumericFact } from '../analyze/numbers/numeric-types.js';
import type { Quote } from '../analyze/quotes/quote-types.js';
import type { TimeExpression } from '../analyze/time/time-types.js';
import type { CleanDocument, Paragraph } from '../model/document.js';
import type { Range } from '../model/span.js';
import { classAt, LETTER, NUMBER, widthAt } from '../analyze/text/char-class.js';

function list<T>(doc: CleanDocument, key: string): T[] {
  const v = doc.data[key];
  return Array.isArray(v) ? (v as T[]) : [];
}

/** `doc.data.times`: time expressions with role and interval. */
export const timesOf = (doc: CleanDocument): TimeExpression[] => list<TimeExpression>(doc, 'times');
/** `doc.data.quotes`: quotes and reported speech with their speakers. */
export const quotesOf = (doc: CleanDocument): Quote[] => list<Quote>(doc, 'quotes');
/** `doc.data.claims`: every sentence, classified, with hedges and cues. */
export const claimsOf = (doc: CleanDocument): Claim[] => list<Claim>(doc, 'claims');
/** `doc.data.numbers`: stated figures. */
export const numbersOf = (doc: CleanDocument): NumericFact[] => list<NumericFact>(doc, 'numbers');

/** Where the body starts: after the headline when the text holds it, else at 0. */
export function bodyStart(doc: CleanDocument): number {
  const r = doc.meta.headline?.range;
  if (!r) return 0;
  const [s, e] = r;
  // A headline range that does not quote the headline (a stale offset) is not trusted.
  return 0 <= s && s <= e && e <= doc.text.length && s < 200 ? e : 0;
}

/**
 * True when most of the report is English (paragraph languages, else `meta.language`): the
 * lexicon-based signals read English cues only and stay silent on other languages rather than
 * mistaking "found nothing" for "there is nothing".
 */
export function readsEnglish(doc: CleanDocument): boolean {
  let en = 0;
  let all = 0;
  for (const p of doc.paragraphs) {
    if (p.lang === 'und') continue;
    const n = p.range[1] - p.range[0];
    all += n;
    if (p.lang === 'en') en += n;
  }
  if (all > 0) return en / all >= 0.5;
  return doc.meta.language === undefined || doc.meta.language === 'en';
}

/**
 * Words (letters or digits, with inner apostrophes and hyphens) in a stretch of text: the matches
 * of /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*\/gu, counted by a scan over character classes.
 */
export function countWords(text: string): number {
  let count = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    if ((classAt(text, i) & (LETTER | NUMBER)) === 0) {
      i += widthAt(text, i);
      continue;
    }
    i += widthAt(text, i);
    for (;;) {
      while (i < n && (classAt(text, i) & (LETTER | NUMBER)) !== 0) i += widthAt(text, i);
      const c = text.charCodeAt(i);
      // An inner apostrophe or hyphen joins when letters or digits follow it.
      if ((c === 39 || c === 0x2019 || c === 45) && i + 1 < n && (classAt(text, i + 1) & (LETTER | NUMBER)) !== 0) i++;
      else break;
    }
    count++;
  }
  return count;
}

/** True when two half-open ranges share at least one code unit. */
export function overlaps(a: Range, b: Range): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

/** The paragraph holding an offset, if any. */
export function paragraphAt(paragraphs: readonly Paragraph[], offset: number): Paragraph | undefined {
  return paragraphs.find((p) => p.range[0] <= offset && offset < p.range[1]);
}

/** The claim (sentence) holding an offset, if any. */
export function claimAt(claims: readonly Claim[], offset: number): Claim | undefined {
  return claims.find((c) => c.range[0] <= offset && offset < c.range[1]);
}

/** Rounds for `data` and messages: figures people read, not float noise. */
export function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
