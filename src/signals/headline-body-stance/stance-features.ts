/**
 * Hand-made features of a headline/body pair for the stance model: how much of the headline the
 * body (and its lead, and its best sentences) covers, by TF-IDF cosine, stem and stem-bigram
 * coverage and character 4-grams; and how the body talks about it, by counts of refuting,
 * hedging, confirming and negating words overall, near the headline's terms and in the
 * sentences that carry them. Every feature is computed from per-sentence parts, so one sentence
 * can be left out to see how much it decides the outcome.
 */
import type { Range } from '../../model/span.js';
import { splitSentences } from '../../analyze/text/sentences.js';
import { porterStem } from './porter-stem.js';
import { CONFIRM, HEDGE, NEGATION, REFUTE, REFUTE_BIGRAMS, STOPWORDS } from './stance-lexicon.js';
import { fnv1a, wordTokens } from './word-tokens.js';

/** Inverse document frequency of a stem. */
export type IdfLookup = (stem: string) => number;

/** Counts of cue words in a stretch of text. */
export interface CueCounts {
  refute: number;
  hedge: number;
  confirm: number;
  neg: number;
}

/** One sentence of a body, reduced to what the features need. */
export interface SentenceInfo {
  /** Offsets in the text the body was read from. */
  range: Range;
  /** Stems of all tokens, stop words included, in order. */
  stems: string[];
  /** Stems of content tokens (no stop words, no digits-only tokens less than 3 long), in order. */
  content: string[];
  /** Content stem counts. */
  tf: Map<string, number>;
  /** Sorted unique hashes of the sentence's character 4-grams. */
  grams: Int32Array;
  cues: CueCounts;
  refuteBigrams: number;
  question: boolean;
  quoteMarks: number;
}

/** A headline, reduced to what the features need. */
export interface HeadlineInfo {
  content: string[];
  terms: Set<string>;
  tf: Map<string, number>;
  bigrams: Set<string>;
  grams: Int32Array;
  cues: CueCounts;
  question: boolean;
}

/** A body: its sentences in order. */
export interface BodyInfo {
  sentences: SentenceInfo[];
  /** Sorted unique 4-gram hashes of the whole body and of its lead, filled on first use. */
  allGrams?: Int32Array;
  leadGrams?: Int32Array;
}

function isContent(tok: string): boolean {
  if (STOPWORDS.has(tok)) return false;
  if (tok === "n't") return false;
  if (/^\d+$/.test(tok) && tok.length < 3) return false;
  return tok.length > 1;
}

const stemCache = new Map<string, string>();
function stem(tok: string): string {
  let s = stemCache.get(tok);
  if (s === undefined) {
    s = tok === "n't" ? tok : porterStem(tok);
    if (stemCache.size > 200_000) stemCache.clear();
    stemCache.set(tok, s);
  }
  return s;
}

function countCues(stems: readonly string[]): CueCounts {
  const c: CueCounts = { refute: 0, hedge: 0, confirm: 0, neg: 0 };
  for (const s of stems) {
    if (REFUTE.has(s)) c.refute++;
    if (HEDGE.has(s)) c.hedge++;
    if (CONFIRM.has(s)) c.confirm++;
    if (NEGATION.has(s)) c.neg++;
  }
  return c;
}

function charGrams(text: string): Int32Array {
  const norm = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
  const set = new Set<number>();
  for (let i = 0; i + 4 <= norm.length; i++) set.add(fnv1a(norm.slice(i, i + 4)) | 0);
  return Int32Array.from(set).sort();
}

function hasGram(sorted: Int32Array, g: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid]!;
    if (v === g) return true;
    if (v < g) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

function mergeGrams(parts: readonly SentenceInfo[]): Int32Array {
  const set = new Set<number>();
  for (const p of parts) for (const g of p.grams) set.add(g);
  return Int32Array.from(set).sort();
}

function termCounts(content: readonly string[]): Map<string, number> {
  const tf = new Map<string, number>();
  for (const s of content) tf.set(s, (tf.get(s) ?? 0) + 1);
  return tf;
}

function analyzeStretch(text: string): { stems: string[]; content: string[] } {
  const toks = wordTokens(text);
  const stems: string[] = [];
  const content: string[] = [];
  for (const t of toks) {
    const s = stem(t);
    stems.push(s);
    if (isContent(t)) content.push(s);
  }
  return { stems, content };
}

function countRefuteBigrams(stems: readonly string[]): number {
  let n = 0;
  for (let i = 0; i + 1 < stems.length; i++) if (REFUTE_BIGRAMS.has(`${stems[i]} ${stems[i + 1]}`)) n++;
  return n;
}

/** Reads a headline. */
export function analyzeHeadline(headline: string): HeadlineInfo {
  const { stems, content } = analyzeStretch(headline);
  const bigrams = new Set<string>();
  for (let i = 0; i + 1 < content.length; i++) bigrams.add(`${content[i]} ${content[i + 1]}`);
  return {
    content,
    terms: new Set(content),
    tf: termCounts(content),
    bigrams,
    grams: charGrams(headline),
    cues: countCues(stems),
    question: headline.includes('?'),
  };
}

/** Reads a body: `text.slice(from, to)`, with sentence ranges as offsets into `text`. */
export function analyzeBody(text: string, from = 0, to = text.length): BodyInfo {
  const sentences: SentenceInfo[] = [];
  for (const range of splitSentences(text, from, to)) {
    const s = text.slice(range[0], range[1]);
    const { stems, content } = analyzeStretch(s);
    if (stems.length === 0) continue;
    sentences.push({
      range,
      stems,
      content,
      tf: termCounts(content),
      grams: charGrams(s),
      cues: countCues(stems),
      refuteBigrams: countRefuteBigrams(stems),
      question: /\?["'”’)]*$/.test(s),
      quoteMarks: (s.match(/["“”]/g) ?? []).length,
    });
  }
  return { sentences };
}

/** Feature names, in vector order (for the model card and for debugging). */
export const STANCE_FEATURE_NAMES = [
  'cos_body', 'cos_lead', 'cos_max', 'cos_top3', 'cov_idf_body', 'cov_idf_lead', 'cov_frac_body', 'cov_max_sentence',
  'bigram_cov', 'gram_cov', 'gram_cov_lead', 'log_body_len', 'headline_len', 'term_rate', 'first_hit_pos', 'hit_share',
  'refute_rate', 'hedge_rate', 'confirm_rate', 'neg_rate',
  'refute_rel', 'hedge_rel', 'confirm_rel', 'neg_rel',
  'refute_lead', 'hedge_lead', 'confirm_lead', 'neg_lead',
  'neg_near', 'refute_near', 'hedge_near', 'refute_bigrams',
  'h_refute', 'h_hedge', 'h_confirm', 'h_neg', 'h_question', 'question_rate', 'quote_rate',
] as const;

/** Number of features in a vector. */
export const STANCE_FEATURE_COUNT = STANCE_FEATURE_NAMES.length;

const LEAD_SENTENCES = 2;
const HIT_COVERAGE = 0.34;
const NEAR = 5;

function weightVector(tf: ReadonlyMap<string, number>, idf: IdfLookup): { w: Map<string, number>; norm: number } {
  const w = new Map<string, number>();
  let sq = 0;
  for (const [t, c] of tf) {
    const v = (1 + Math.log(c)) * idf(t);
    w.set(t, v);
    sq += v * v;
  }
  return { w, norm: Math.sqrt(sq) };
}

function cosine(h: { w: Map<string, number>; norm: number }, tf: ReadonlyMap<string, number>, idf: IdfLookup): number {
  if (h.norm === 0 || tf.size === 0) return 0;
  let dot = 0;
  let sq = 0;
  for (const [t, c] of tf) {
    const v = (1 + Math.log(c)) * idf(t);
    sq += v * v;
    const hv = h.w.get(t);
    if (hv !== undefined) dot += hv * v;
  }
  return sq === 0 ? 0 : dot / (h.norm * Math.sqrt(sq));
}

function mergeTf(parts: readonly SentenceInfo[]): Map<string, number> {
  const tf = new Map<string, number>();
  for (const p of parts) for (const [t, c] of p.tf) tf.set(t, (tf.get(t) ?? 0) + c);
  return tf;
}

function addCues(a: CueCounts, b: CueCounts): void {
  a.refute += b.refute;
  a.hedge += b.hedge;
  a.confirm += b.confirm;
  a.neg += b.neg;
}

/**
 * The feature vector of a headline/body pair, optionally leaving sentence `skip` out of the body.
 * Values are plain numbers in `STANCE_FEATURE_NAMES` order.
 */
export function stanceFeatures(h: HeadlineInfo, body: BodyInfo, idf: IdfLookup, skip = -1): number[] {
  const sents = skip < 0 ? body.sentences : body.sentences.filter((_, i) => i !== skip);
  const n = sents.length;
  const lead = sents.slice(0, LEAD_SENTENCES);
  const hv = weightVector(h.tf, idf);
  let idfMass = 0;
  for (const t of h.terms) idfMass += idf(t);

  const bodyTf = mergeTf(sents);
  const leadTf = mergeTf(lead);
  const coverage = (tf: ReadonlyMap<string, number>): number => {
    if (idfMass === 0) return 0;
    let got = 0;
    for (const t of h.terms) if (tf.has(t)) got += idf(t);
    return got / idfMass;
  };

  // Per-sentence similarity and coverage.
  const sentCos: number[] = [];
  const sentCov: number[] = [];
  for (const s of sents) {
    sentCos.push(cosine(hv, s.tf, idf));
    sentCov.push(coverage(s.tf));
  }
  const sortedCos = [...sentCos].sort((a, b) => b - a);
  const top3 = sortedCos.slice(0, 3);
  let firstHit = 1;
  let hits = 0;
  for (let i = 0; i < n; i++) {
    if (sentCov[i]! >= HIT_COVERAGE) {
      hits++;
      if (firstHit === 1) firstHit = n > 1 ? i / (n - 1) : 0;
    }
  }
  // Relevant sentences: those that carry a third of the headline, else the three most similar.
  const relevant: SentenceInfo[] = [];
  for (let i = 0; i < n; i++) if (sentCov[i]! >= HIT_COVERAGE) relevant.push(sents[i]!);
  if (relevant.length === 0) {
    const order = sentCos.map((c, i) => [c, i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
    for (const [, i] of order.slice(0, 3)) relevant.push(sents[i]!);
  }

  const all: CueCounts = { refute: 0, hedge: 0, confirm: 0, neg: 0 };
  const rel: CueCounts = { refute: 0, hedge: 0, confirm: 0, neg: 0 };
  const leadCues: CueCounts = { refute: 0, hedge: 0, confirm: 0, neg: 0 };
  let refBigrams = 0;
  let questions = 0;
  let quotes = 0;
  let contentLen = 0;
  let termHits = 0;
  let negNear = 0;
  let refuteNear = 0;
  let hedgeNear = 0;
  let bigramHits = 0;
  const bigramSeen = new Set<string>();
  for (const s of sents) {
    addCues(all, s.cues);
    refBigrams += s.refuteBigrams;
    if (s.question) questions++;
    quotes += s.quoteMarks;
    contentLen += s.content.length;
    for (const t of s.content) if (h.terms.has(t)) termHits++;
    for (let i = 0; i + 1 < s.content.length; i++) {
      const bg = `${s.content[i]} ${s.content[i + 1]}`;
      if (h.bigrams.has(bg) && !bigramSeen.has(bg)) {
        bigramSeen.add(bg);
        bigramHits++;
      }
    }
    // Cue words within a few tokens of one of the headline's terms.
    const st = s.stems;
    for (let i = 0; i < st.length; i++) {
      if (!h.terms.has(st[i]!)) continue;
      for (let j = Math.max(0, i - NEAR); j <= Math.min(st.length - 1, i + NEAR); j++) {
        if (j === i) continue;
        const w = st[j]!;
        if (NEGATION.has(w)) negNear++;
        if (REFUTE.has(w)) refuteNear++;
        if (HEDGE.has(w)) hedgeNear++;
      }
    }
  }
  for (const s of relevant) addCues(rel, s.cues);
  for (const s of lead) addCues(leadCues, s.cues);

  const gramCov = (parts: readonly SentenceInfo[], merged: Int32Array | undefined): number => {
    if (h.grams.length === 0) return 0;
    let got = 0;
    if (merged) {
      for (const g of h.grams) if (hasGram(merged, g)) got++;
    } else {
      for (const g of h.grams) if (parts.some((p) => hasGram(p.grams, g))) got++;
    }
    return got / h.grams.length;
  };
  if (skip < 0) {
    body.allGrams ??= mergeGrams(sents);
    body.leadGrams ??= mergeGrams(lead);
  }

  const nn = Math.max(1, n);
  const nr = Math.max(1, relevant.length);
  let covMax = 0;
  for (const c of sentCov) if (c > covMax) covMax = c;
  return [
    cosine(hv, bodyTf, idf),
    cosine(hv, leadTf, idf),
    sortedCos[0] ?? 0,
    top3.length ? top3.reduce((a, b) => a + b, 0) / top3.length : 0,
    coverage(bodyTf),
    coverage(leadTf),
    h.terms.size ? [...h.terms].filter((t) => bodyTf.has(t)).length / h.terms.size : 0,
    covMax,
    h.bigrams.size ? bigramHits / h.bigrams.size : 0,
    gramCov(sents, skip < 0 ? body.allGrams : undefined),
    gramCov(lead, skip < 0 ? body.leadGrams : undefined),
    Math.log1p(contentLen),
    h.content.length,
    contentLen ? termHits / contentLen : 0,
    firstHit,
    hits / nn,
    all.refute / nn,
    all.hedge / nn,
    all.confirm / nn,
    all.neg / nn,
    rel.refute / nr,
    rel.hedge / nr,
    rel.confirm / nr,
    rel.neg / nr,
    leadCues.refute,
    leadCues.hedge,
    leadCues.confirm,
    leadCues.neg,
    negNear,
    refuteNear,
    hedgeNear,
    refBigrams,
    h.cues.refute,
    h.cues.hedge,
    h.cues.confirm,
    h.cues.neg,
    h.question ? 1 : 0,
    questions / nn,
    quotes / nn,
  ];
}
