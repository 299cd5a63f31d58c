/**
 * Hand-made features of a headline/body pair for the stance model: how much of the headline the
 * body (and its lead, and its best sentences) covers, by TF-IDF cosine, stem and stem-bigram
 * coverage and character 4-grams; and how the body talks about it, by counts of refuting,
 * hedging, confirming and negating words overall, near the headline's terms and in the
 * sentences that carry them.
 *
 * The work is split in two: {@link pairStats} measures each sentence against the headline once,
 * and {@link featuresFromStats} sums those measures, optionally leaving one sentence out. That
 * makes "how much does this sentence decide the stance" cost a sum, not a re-reading.
 */
import type { Range } from '../../model/span.js';
import { splitSentences } from '../../analyze/text/sentences.js';
import { porterStem } from './porter-stem.js';
import { CONFIRM, HEDGE, NEGATION, REFUTE, REFUTE_BIGRAMS, STOPWORDS } from './stance-lexicon.js';
import { wordTokens } from './word-tokens.js';

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
  /** Stems of content tokens (no stop words, no one- or two-digit numbers), in order. */
  content: string[];
  /** Content stem counts. */
  tf: Map<string, number>;
  /** Lower-case letters and digits with single spaces, padded with a space each side (for 4-grams). */
  norm: string;
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
  /** Distinct character 4-gram hashes. */
  grams: Set<number>;
  cues: CueCounts;
  question: boolean;
}

/** A body: its sentences in order. */
export interface BodyInfo {
  sentences: SentenceInfo[];
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

function normalise(text: string): string {
  return ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

/** Hash of the 4 code units at `i` (no substring is made). */
function gramAt(s: string, i: number): number {
  let h = s.charCodeAt(i);
  h = Math.imul(h, 0x9e3779b1) ^ s.charCodeAt(i + 1);
  h = Math.imul(h, 0x85ebca6b) ^ s.charCodeAt(i + 2);
  h = Math.imul(h, 0xc2b2ae35) ^ s.charCodeAt(i + 3);
  return h | 0;
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
  const norm = normalise(headline);
  const grams = new Set<number>();
  for (let i = 0; i + 4 <= norm.length; i++) grams.add(gramAt(norm, i));
  return {
    content,
    terms: new Set(content),
    tf: termCounts(content),
    bigrams,
    grams,
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
      norm: normalise(s),
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

/** Per-sentence measures of a body against one headline, and the body's totals. */
export interface PairStats {
  /** TF-IDF cosine of each sentence with the headline. */
  cos: Float64Array;
  /** Share of the headline's idf mass each sentence contains. */
  cov: Float64Array;
  /** Per sentence, the headline 4-grams it contains. */
  grams: Set<number>[];
  /** Per sentence, the headline bigrams it contains. */
  bigrams: Set<string>[];
  termHits: Int32Array;
  negNear: Int32Array;
  refuteNear: Int32Array;
  hedgeNear: Int32Array;
  /** Content stem counts of the whole body. */
  bodyTf: Map<string, number>;
  /** Squared norm of the body's TF-IDF vector. */
  bodySq: number;
  /** Headline term weights and their norm. */
  hw: Map<string, number>;
  hNorm: number;
  idfMass: number;
}

const weight = (count: number, idf: number) => (1 + Math.log(count)) * idf;

/** Measures every sentence of `body` against `h` once. */
export function pairStats(h: HeadlineInfo, body: BodyInfo, idf: IdfLookup): PairStats {
  const n = body.sentences.length;
  const hw = new Map<string, number>();
  let hsq = 0;
  for (const [t, c] of h.tf) {
    const v = weight(c, idf(t));
    hw.set(t, v);
    hsq += v * v;
  }
  const hNorm = Math.sqrt(hsq);
  let idfMass = 0;
  for (const t of h.terms) idfMass += idf(t);
  const st: PairStats = {
    cos: new Float64Array(n),
    cov: new Float64Array(n),
    grams: [],
    bigrams: [],
    termHits: new Int32Array(n),
    negNear: new Int32Array(n),
    refuteNear: new Int32Array(n),
    hedgeNear: new Int32Array(n),
    bodyTf: new Map(),
    bodySq: 0,
    hw,
    hNorm,
    idfMass,
  };
  body.sentences.forEach((s, i) => {
    let dot = 0;
    let sq = 0;
    let got = 0;
    for (const [t, c] of s.tf) {
      const it = idf(t);
      const v = weight(c, it);
      sq += v * v;
      const hv = hw.get(t);
      if (hv !== undefined) {
        dot += hv * v;
        got += it;
      }
      st.bodyTf.set(t, (st.bodyTf.get(t) ?? 0) + c);
    }
    st.cos[i] = hNorm && sq ? dot / (hNorm * Math.sqrt(sq)) : 0;
    st.cov[i] = idfMass ? got / idfMass : 0;
    let hits = 0;
    for (const t of s.content) if (h.terms.has(t)) hits++;
    st.termHits[i] = hits;
    const bg = new Set<string>();
    if (hits > 1) {
      for (let j = 0; j + 1 < s.content.length; j++) {
        const key = `${s.content[j]} ${s.content[j + 1]}`;
        if (h.bigrams.has(key)) bg.add(key);
      }
    }
    st.bigrams.push(bg);
    const gs = new Set<number>();
    for (let j = 0; j + 4 <= s.norm.length; j++) {
      const g = gramAt(s.norm, j);
      if (h.grams.has(g)) gs.add(g);
    }
    st.grams.push(gs);
    // Cue words within a few tokens of one of the headline's terms.
    const stems = s.stems;
    if (hits > 0) {
      for (let a = 0; a < stems.length; a++) {
        if (!h.terms.has(stems[a]!)) continue;
        for (let b = Math.max(0, a - NEAR); b <= Math.min(stems.length - 1, a + NEAR); b++) {
          if (b === a) continue;
          const w = stems[b]!;
          if (NEGATION.has(w)) st.negNear[i]!++;
          if (REFUTE.has(w)) st.refuteNear[i]!++;
          if (HEDGE.has(w)) st.hedgeNear[i]!++;
        }
      }
    }
  });
  for (const [t, c] of st.bodyTf) {
    const v = weight(c, idf(t));
    st.bodySq += v * v;
  }
  return st;
}

function addCues(a: CueCounts, b: CueCounts): void {
  a.refute += b.refute;
  a.hedge += b.hedge;
  a.confirm += b.confirm;
  a.neg += b.neg;
}

/**
 * The feature vector from measured stats, optionally leaving sentence `skip` out of the body.
 * Values are plain numbers in `STANCE_FEATURE_NAMES` order.
 */
export function featuresFromStats(h: HeadlineInfo, body: BodyInfo, st: PairStats, idf: IdfLookup, skip = -1): number[] {
  const idx: number[] = [];
  for (let i = 0; i < body.sentences.length; i++) if (i !== skip) idx.push(i);
  const n = idx.length;
  const lead = idx.slice(0, LEAD_SENTENCES);
  const skipped = skip >= 0 && skip < body.sentences.length ? body.sentences[skip]! : undefined;

  // Body tf with the skipped sentence taken out, touching only that sentence's terms.
  const tfOf = (t: string): number => (st.bodyTf.get(t) ?? 0) - (skipped?.tf.get(t) ?? 0);
  let bodySq = st.bodySq;
  if (skipped) {
    for (const [t, c] of skipped.tf) {
      const all = st.bodyTf.get(t)!;
      const it = idf(t);
      const before = weight(all, it);
      const after = all - c > 0 ? weight(all - c, it) : 0;
      bodySq += after * after - before * before;
    }
  }
  let dot = 0;
  let covBody = 0;
  let present = 0;
  for (const [t, hv] of st.hw) {
    const c = tfOf(t);
    if (c > 0) {
      dot += hv * weight(c, idf(t));
      covBody += idf(t);
      present++;
    }
  }
  const cosBody = st.hNorm && bodySq > 1e-12 ? dot / (st.hNorm * Math.sqrt(bodySq)) : 0;

  // Lead: merged tf of its (at most two) sentences.
  const leadTf = new Map<string, number>();
  for (const i of lead) for (const [t, c] of body.sentences[i]!.tf) leadTf.set(t, (leadTf.get(t) ?? 0) + c);
  let ldot = 0;
  let lsq = 0;
  let covLead = 0;
  for (const [t, c] of leadTf) {
    const it = idf(t);
    const v = weight(c, it);
    lsq += v * v;
    const hv = st.hw.get(t);
    if (hv !== undefined) {
      ldot += hv * v;
      covLead += it;
    }
  }
  const cosLead = st.hNorm && lsq ? ldot / (st.hNorm * Math.sqrt(lsq)) : 0;

  const cosSorted = idx.map((i) => st.cos[i]!).sort((a, b) => b - a);
  const top3 = cosSorted.slice(0, 3);
  let firstHit = 1;
  let hits = 0;
  let covMax = 0;
  idx.forEach((i, k) => {
    const c = st.cov[i]!;
    if (c > covMax) covMax = c;
    if (c >= HIT_COVERAGE) {
      hits++;
      if (firstHit === 1) firstHit = n > 1 ? k / (n - 1) : 0;
    }
  });
  // Relevant sentences: those that carry a third of the headline, else the three most similar.
  let relevant = idx.filter((i) => st.cov[i]! >= HIT_COVERAGE);
  if (relevant.length === 0) relevant = [...idx].sort((a, b) => st.cos[b]! - st.cos[a]! || a - b).slice(0, 3);

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
  const bigramSeen = new Set<string>();
  const gramSeen = new Set<number>();
  for (const i of idx) {
    const s = body.sentences[i]!;
    addCues(all, s.cues);
    refBigrams += s.refuteBigrams;
    if (s.question) questions++;
    quotes += s.quoteMarks;
    contentLen += s.content.length;
    termHits += st.termHits[i]!;
    negNear += st.negNear[i]!;
    refuteNear += st.refuteNear[i]!;
    hedgeNear += st.hedgeNear[i]!;
    for (const b of st.bigrams[i]!) bigramSeen.add(b);
    for (const g of st.grams[i]!) gramSeen.add(g);
  }
  for (const i of relevant) addCues(rel, body.sentences[i]!.cues);
  const leadGrams = new Set<number>();
  for (const i of lead) {
    addCues(leadCues, body.sentences[i]!.cues);
    for (const g of st.grams[i]!) leadGrams.add(g);
  }

  const nn = Math.max(1, n);
  const nr = Math.max(1, relevant.length);
  const ng = h.grams.size;
  return [
    cosBody,
    cosLead,
    cosSorted[0] ?? 0,
    top3.length ? top3.reduce((a, b) => a + b, 0) / top3.length : 0,
    st.idfMass ? covBody / st.idfMass : 0,
    st.idfMass ? covLead / st.idfMass : 0,
    h.terms.size ? present / h.terms.size : 0,
    covMax,
    h.bigrams.size ? bigramSeen.size / h.bigrams.size : 0,
    ng ? gramSeen.size / ng : 0,
    ng ? leadGrams.size / ng : 0,
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

/** The feature vector of a pair, optionally leaving sentence `skip` out (see {@link featuresFromStats}). */
export function stanceFeatures(h: HeadlineInfo, body: BodyInfo, idf: IdfLookup, skip = -1): number[] {
  return featuresFromStats(h, body, pairStats(h, body, idf), idf, skip);
}
