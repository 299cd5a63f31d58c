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
import { surelyEnglish } from './english-words.js';
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
   * A paragraph of at least this many letters whose every sentence is plainly in one language
   * (dense in its function words, or for English made of English words only) is that language
   * without asking the model (the stage's hot path) …
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
  /** Letters of each sentence with quotations blanked. */
  sentenceLetters: number[];
  /**
   * Whether sentence `i` (quotations blanked) is plainly in a language, by its function words
   * or, for English, by its words all being English: asked while drafting and again when
   * finishing. Such sentences never reach the model (this is the stage's hot path).
   */
  sure: (lang: string, i: number) => boolean;
  /** Whether every lower-case word of sentence `i` (at least three) is English (`surelyEnglish`). */
  english: (i: number) => boolean;
}

/** Languages whose function words `clearlyIn` knows, in the order a plain paragraph is looked for. */
const PLAIN_LANGUAGES = ['en', 'de', 'fr', 'es', 'ru'] as const;

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
  const n = letters(p, 0, p.length);
  const sentences = splitSentences(p) as Array<[number, number]>;
  const sentenceLetters = sentences.map(([s, e]) => letters(own, s, e));
  const counts: Array<FunctionWordCounts | undefined> = [];
  const english: Array<boolean | undefined> = [];
  const isEnglish = (i: number): boolean => (english[i] ??= surelyEnglish(own, sentences[i]![0], sentences[i]![1]));
  const sure = (lang: string, i: number): boolean => {
    let c = counts[i];
    if (c === undefined) counts[i] = c = functionWordCounts(own, sentences[i]![0], sentences[i]![1]);
    return clearlyInCounts(lang, c) || (lang === 'en' && isEnglish(i));
  };
  const d: Draft = { p, offset, quotes, own, letters: n, top: undefined, score, sentences, sentenceLetters, sure, english: isEnglish };
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
  for (const [s, e] of d.quotes) {
    const quote = d.p.slice(s, e);
    if (!clearlyIn(top.lang, quote) && !(top.lang === 'en' && surelyEnglish(quote))) candidates.push([s, e, quote]);
  }
  // sentences are judged without their quotations, which were judged on their own; those plainly
  // in the paragraph's language skip the model (most of them: this is the stage's hot path)
  d.sentences.forEach(([s, e], i) => {
    if (!d.sure(top.lang, i)) candidates.push([s, e, d.own.slice(s, e)]);
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
  const { p, own, score, sentences, sentenceLetters } = d;
  const votes = new Map<string, number>();
  let total = 0;
  const ownLetters = letters(own, 0, own.length);
  // A paragraph whose every sentence is plainly in one language needs no model vote per sentence.
  const plain = PLAIN_LANGUAGES.find((lang) => sentences.every((_, i) => sentenceLetters[i]! < LANGUAGE_LIMITS.minLetters || d.sure(lang, i)));
  if (plain && ownLetters >= LANGUAGE_LIMITS.plainLetters) return { lang: plain, p: LANGUAGE_LIMITS.plainP };
  // Shorter, it is English without the model when every sentence is all English words (function
  // words alone can mislead there: "Dark Side of the Moon (180 gr) Registrazione originale …").
  const short = LANGUAGE_LIMITS.minLetters;
  if (plain === 'en' && ownLetters >= 40 && sentences.every((_, i) => sentenceLetters[i]! < short || d.english(i))) {
    return { lang: plain, p: LANGUAGE_LIMITS.plainP };
  }
  if (plain && ownLetters >= 40) {
    const whole = score(own).find((x) => x.lang === plain);
    if (whole && whole.p >= LANGUAGE_LIMITS.minParagraphP) return whole;
  }
  for (let i = 0; i < sentences.length; i++) {
    const n = sentenceLetters[i]!;
    if (n < LANGUAGE_LIMITS.minLetters) continue;
    // A sentence plainly in a language votes for it with the plain confidence, without the model.
    const known = PLAIN_LANGUAGES.find((lang) => d.sure(lang, i));
    const top = known ? { lang: known, p: LANGUAGE_LIMITS.plainP } : score(own.slice(sentences[i]![0], sentences[i]![1]))[0];
    if (!top) continue;
    votes.set(top.lang, (votes.get(top.lang) ?? 0) + n * top.p);
    total += n;
  }
  if (total < 20) return score(ownLetters >= 20 ? own : p)[0];
  const [lang, weight] = [...votes].sort((a, b) => b[1] - a[1])[0]!;
  return { lang, p: weight / total };
}

function foreignLanguage(s: string, own: string, score: (s: string) => LanguageScore[]): LanguageScore | undefined {
  const ws = words(s);
  if (ws.length < LANGUAGE_LIMITS.foreignMinWords || letters(s, 0, s.length) < LANGUAGE_LIMITS.foreignMinLetters) return undefined;
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

/** Counts letters (code units that are letters on their own) in `s[from, to)`; an ASCII fast path because this runs on every sentence of every report. */
function letters(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
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
