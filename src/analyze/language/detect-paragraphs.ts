/**
 * Paragraphs with their language, and the sentences or quotations inside them written in
 * another language. A paragraph's language is read from its own words, with quotations set
 * aside, so an English paragraph quoting a long French sentence stays English and the French
 * sentence becomes a foreign span.
 */
import type { ForeignSpan, Paragraph } from '../../model/document.js';
import { scoreLanguages, type LanguageScore } from './language-model.js';
import { splitParagraphs } from './split-paragraphs.js';
import { findQuotes, splitSentences } from './split-segments.js';
import { clearlyIn, clearlyInCounts, functionWordCounts, type FunctionWordCounts } from './function-words.js';
import { classOfUnit, LETTER } from '../text/char-class.js';

/** Thresholds, kept together so their effect is easy to see and tune. */
export const LANGUAGE_LIMITS = {
  /** Fewer letters than this and a paragraph is 'und'. */
  minLetters: 12,
  /** Below this probability a paragraph is 'und'. */
  minParagraphP: 0.4,
  /** A foreign span needs this many words … */
  foreignMinWords: 4,
  /** … of which this many in lower case or a caseless script, so a run of names is never one. */
  foreignMinCommonWords: 3,
  foreignMinLetters: 20,
  /** The other language must be this sure … */
  foreignMinP: 0.8,
  /** … and the paragraph's language this unlikely for the span. */
  foreignMaxOwnP: 0.1,
  /**
   * A paragraph of at least this many letters whose every sentence is dense in one language's
   * function words is that language without asking the model (the stage's hot path) …
   */
  plainLetters: 150,
  /** … and gets this confidence. */
  plainP: 0.99,
  /** Paragraphs with fewer letters than this lean towards the report's main language … */
  shortLetters: 100,
  /** … with these prior odds for it … */
  mainLanguageOdds: 9,
  /** … when one language holds this share of the report's letters. */
  mainLanguageShare: 0.6,
} as const;

/** Splits `text` into paragraphs and identifies the language of each and of foreign stretches. */
export function detectParagraphs(text: string): Paragraph[] {
  const drafts = splitParagraphs(text).map(([ps, pe]) => draft(text.slice(ps, pe), ps));
  const main = mainLanguage(drafts);
  return drafts.map((d) => finish(d, main));
}

/** A paragraph read on its own, before the report's main language is known. */
interface Draft {
  p: string;
  offset: number;
  quotes: Array<[number, number]>;
  /** The paragraph with quotations blanked out, offsets kept. */
  own: string;
  letters: number;
  top: LanguageScore | undefined;
  score: (s: string) => LanguageScore[];
  /** The paragraph's sentences, split once. */
  sentences: Array<[number, number]>;
  /** Whether sentence `i` (quotations blanked) is plainly in a language: asked while drafting and again when finishing. */
  clear: (lang: string, i: number) => boolean;
}

function draft(p: string, offset: number): Draft {
  const quotes = findQuotes(p) as Array<[number, number]>;
  // quotation marks go too: guillemets alone pull English towards French
  const own = blank(p, quotes).replace(/[«»“”„"]/gu, ' ');
  const cache = new Map<string, LanguageScore[]>();
  const score = (s: string): LanguageScore[] => {
    let hit = cache.get(s);
    if (!hit) cache.set(s, (hit = scoreLanguages(s)));
    return hit;
  };
  const n = letters(p);
  const sentences = splitSentences(p) as Array<[number, number]>;
  const counts: Array<FunctionWordCounts | undefined> = [];
  const clear = (lang: string, i: number): boolean => {
    let c = counts[i];
    if (c === undefined) {
      const [s, e] = sentences[i]!;
      counts[i] = c = functionWordCounts(own.slice(s, e));
    }
    return clearlyInCounts(lang, c);
  };
  const d: Draft = { p, offset, quotes, own, letters: n, top: undefined, score, sentences, clear };
  d.top = n < LANGUAGE_LIMITS.minLetters ? undefined : paragraphLanguage(d);
  return d;
}

/** The language most letters are confidently written in, if it holds most of the report. */
function mainLanguage(drafts: readonly Draft[]): string | undefined {
  const weight = new Map<string, number>();
  let total = 0;
  for (const d of drafts) {
    total += d.letters;
    if (d.top && d.top.p >= LANGUAGE_LIMITS.minParagraphP) weight.set(d.top.lang, (weight.get(d.top.lang) ?? 0) + d.letters);
  }
  const best = [...weight].sort((a, b) => b[1] - a[1])[0];
  return best && best[1] >= total * LANGUAGE_LIMITS.mainLanguageShare ? best[0] : undefined;
}

/**
 * Short paragraphs (headlines, subheads: few letters, many names) are weighed against the
 * report's main language as a prior; long ones speak for themselves. Then foreign spans.
 */
function finish(d: Draft, main: string | undefined): Paragraph {
  const range: [number, number] = [d.offset, d.offset + d.p.length];
  let top = d.top;
  if (top && main && top.lang !== main && d.letters < LANGUAGE_LIMITS.shortLetters) {
    const odds = LANGUAGE_LIMITS.mainLanguageOdds * (d.score(d.p).find((x) => x.lang === main)?.p ?? 0);
    if (odds > top.p) top = { lang: main, p: odds / (odds + top.p) };
  }
  if (!top || top.p < LANGUAGE_LIMITS.minParagraphP) return { range, lang: 'und', confidence: 0, foreign: [] };

  const candidates: Array<[number, number, string]> = [];
  for (const [s, e] of d.quotes) if (!clearlyIn(top.lang, d.p.slice(s, e))) candidates.push([s, e, d.p.slice(s, e)]);
  // sentences are judged without their quotations, which were judged on their own; those plainly
  // in the paragraph's language skip the model (most of them: this is the stage's hot path)
  d.sentences.forEach(([s, e], i) => {
    if (!d.clear(top.lang, i)) candidates.push([s, e, d.own.slice(s, e)]);
  });

  const found: ForeignSpan[] = [];
  for (const [s, e, chunk] of candidates) {
    const hit = foreignLanguage(chunk, top.lang, d.score);
    if (hit) found.push({ range: [d.offset + s, d.offset + e], lang: hit.lang, confidence: round(hit.p) });
  }
  return { range, lang: top.lang, confidence: round(top.p), foreign: outermost(found) };
}

/**
 * The writer's language: sentences vote with their letters times their probability, quotations
 * set aside, so quoted or single foreign sentences do not outvote the rest. Falls back to the
 * whole paragraph when the sentences are too short to vote.
 */
function paragraphLanguage(d: Draft): LanguageScore | undefined {
  const { p, own, score, sentences } = d;
  const votes = new Map<string, number>();
  let total = 0;
  // A paragraph whose every sentence is plainly in one language needs no model vote per sentence.
  const plain = ['en', 'de', 'fr', 'es', 'ru'].find((lang) => sentences.every(([s, e], i) => letters(own.slice(s, e)) < LANGUAGE_LIMITS.minLetters || d.clear(lang, i)));
  if (plain && letters(own) >= LANGUAGE_LIMITS.plainLetters) return { lang: plain, p: LANGUAGE_LIMITS.plainP };
  if (plain && letters(own) >= 40) {
    const whole = score(own).find((x) => x.lang === plain);
    if (whole && whole.p >= LANGUAGE_LIMITS.minParagraphP) return whole;
  }
  for (const [s, e] of sentences) {
    const chunk = own.slice(s, e);
    const n = letters(chunk);
    if (n < LANGUAGE_LIMITS.minLetters) continue;
    const top = score(chunk)[0];
    if (!top) continue;
    votes.set(top.lang, (votes.get(top.lang) ?? 0) + n * top.p);
    total += n;
  }
  if (total < 20) return score(letters(own) >= 20 ? own : p)[0];
  const [lang, weight] = [...votes].sort((a, b) => b[1] - a[1])[0]!;
  return { lang, p: weight / total };
}

function foreignLanguage(s: string, own: string, score: (s: string) => LanguageScore[]): LanguageScore | undefined {
  const ws = words(s);
  if (ws.length < LANGUAGE_LIMITS.foreignMinWords || letters(s) < LANGUAGE_LIMITS.foreignMinLetters) return undefined;
  if (ws.filter((w) => !/^\p{Lu}/u.test(w)).length < LANGUAGE_LIMITS.foreignMinCommonWords) return undefined;
  const scores = score(s);
  const top = scores[0];
  if (!top || top.lang === own || top.p < LANGUAGE_LIMITS.foreignMinP) return undefined;
  const ownP = scores.find((x) => x.lang === own)?.p ?? 0;
  return ownP <= LANGUAGE_LIMITS.foreignMaxOwnP ? top : undefined;
}

/** Keeps spans not inside another span (a foreign quote inside a foreign sentence is one span). */
function outermost(spans: ForeignSpan[]): ForeignSpan[] {
  const sorted = spans.sort((a, b) => a.range[0] - b.range[0] || b.range[1] - a.range[1]);
  const out: ForeignSpan[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.range[0] >= last.range[0] && s.range[1] <= last.range[1]) continue;
    out.push(s);
  }
  return out;
}

/** Replaces the given ranges with spaces, keeping offsets. */
function blank(p: string, ranges: ReadonlyArray<readonly [number, number]>): string {
  let out = '';
  let from = 0;
  for (const [s, e] of ranges) {
    out += p.slice(from, s) + ' '.repeat(e - s);
    from = e;
  }
  return out + p.slice(from);
}

/** Counts letters (code units that are letters on their own); an ASCII fast path because this runs on every sentence of every report. */
function letters(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) n++;
    else if (c >= 0xc0 && (classOfUnit(c) & LETTER) !== 0) n++;
  }
  return n;
}

function words(s: string): string[] {
  return s.match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? [];
}

function round(p: number): number {
  return Math.round(p * 1000) / 1000;
}
