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
import { sentencesIn } from '../../analyze/text/sentences.js';
import { classAt, classOfUnit, LETTER, NUMBER, widthAt } from '../../analyze/text/char-class.js';
import { porterStem } from './porter-stem.js';
import { CONFIRM, HEDGE, NEGATION, REFUTE, REFUTE_BIGRAMS, STOPWORDS } from './stance-lexicon.js';
import { scanWords, wordForms } from './word-tokens.js';

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
  /**
   * Hashes of its character 4-grams, in order, over the sentence normalised to lower-case letters
   * and digits with single spaces and padded with a space each side.
   */
  grams: ArrayLike<number>;
  cues: CueCounts;
  refuteBigrams: number;
  question: boolean;
  quoteMarks: number;
  /** Cue-list bits per stem (absent on sentences built by hand: then read from the lists). */
  marks?: ArrayLike<number>;
  /** Buckets of the sentence's headline-free lexical keys for a table of 2^bits, filled on first use. */
  lexicalBuckets?: { bits: number; buckets: Int32Array };
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

// Cue lists a stem belongs to, one bit each.
const CUE_REFUTE = 1;
const CUE_HEDGE = 2;
const CUE_CONFIRM = 4;
const CUE_NEG = 8;

function cueBits(stem: string): number {
  return (REFUTE.has(stem) ? CUE_REFUTE : 0) | (HEDGE.has(stem) ? CUE_HEDGE : 0) | (CONFIRM.has(stem) ? CUE_CONFIRM : 0) | (NEGATION.has(stem) ? CUE_NEG : 0);
}

/** One token as the features read it. */
interface TokenReading {
  stem: string;
  content: boolean;
  cues: number;
}

function readWord(word: string): readonly TokenReading[] {
  return wordForms(word).map((t) => {
    const s = t === "n't" ? t : porterStem(t);
    return { stem: s, content: isContent(t), cues: cueBits(s) };
  });
}

// Per written word, its tokens read once: news copy repeats its words, so most lookups hit. A
// direct-mapped table keyed by a hash of the word's characters, checked against the word in
// place, so a hit costs no substring.
const WORD_CACHE_BITS = 15;
const cachedWords: Array<string | undefined> = new Array<string | undefined>(1 << WORD_CACHE_BITS).fill(undefined);
const cachedReadings: Array<readonly TokenReading[]> = new Array<readonly TokenReading[]>(1 << WORD_CACHE_BITS).fill([]);

function readWordAt(text: string, start: number, end: number): readonly TokenReading[] {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  const slot = (h ^ (h >>> WORD_CACHE_BITS)) & ((1 << WORD_CACHE_BITS) - 1);
  const known = cachedWords[slot];
  if (known !== undefined && known.length === end - start && text.startsWith(known, start)) return cachedReadings[slot]!;
  const word = text.slice(start, end);
  const r = readWord(word);
  cachedWords[slot] = word;
  cachedReadings[slot] = r;
  return r;
}

function countCues(marks: ArrayLike<number>): CueCounts {
  const c: CueCounts = { refute: 0, hedge: 0, confirm: 0, neg: 0 };
  for (let i = 0; i < marks.length; i++) {
    const m = marks[i]!;
    if (m === 0) continue;
    if (m & CUE_REFUTE) c.refute++;
    if (m & CUE_HEDGE) c.hedge++;
    if (m & CUE_CONFIRM) c.confirm++;
    if (m & CUE_NEG) c.neg++;
  }
  return c;
}

// Grams of the stretch being hashed, copied out at their final length.
let gramBuffer = new Int32Array(1024);

// Per code unit from 128 up: 1 when lower-casing cannot matter to the 4-grams (not a letter or
// digit, and neither is what it lower-cases to), 2 when it can; 0 until first seen.
const plainUnit = new Uint8Array(0x10000);

function isPlainUnit(u: number): boolean {
  let v = plainUnit[u]!;
  if (v === 0) {
    const c = String.fromCharCode(u);
    const lower = c.toLowerCase();
    let kept = u >= 0xd800 && u <= 0xdfff;
    for (let i = 0; i < lower.length && !kept; i++) kept = (classOfUnit(lower.charCodeAt(i)) & (LETTER | NUMBER)) !== 0;
    v = kept || (classOfUnit(u) & (LETTER | NUMBER)) !== 0 ? 2 : 1;
    plainUnit[u] = v;
  }
  return v === 1;
}

/**
 * Hashes of the character 4-grams of `text.slice(from, to)` normalised to its lower-case letters
 * and digits with single spaces, padded with a space each side (the runs of letters and digits,
 * by code point, of the lower-cased text joined by spaces): the units of that string are fed
 * through a window of four as they are read, so the string is never built. A stretch whose only
 * units beyond ASCII are punctuation (curly quotes, dashes) is read in place; others are
 * lower-cased first, as lower-casing may change their letters' number and class.
 */
function gramHashes(text: string, from = 0, to = text.length): Int32Array {
  let ascii = true;
  for (let i = from; i < to; i++) {
    const u = text.charCodeAt(i);
    if (u >= 128 && !isPlainUnit(u)) {
      ascii = false;
      break;
    }
  }
  const lower = ascii ? text : text.slice(from, to).toLowerCase();
  // At most one gram per unit and one for the closing space.
  const need = (ascii ? to - from : lower.length) + 2;
  if (gramBuffer.length < need) gramBuffer = new Int32Array(Math.max(need, 2 * gramBuffer.length));
  const out = gramBuffer;
  let count = 0;
  // The last four units fed, oldest first; a space opens the string.
  let a = 0;
  let b = 0;
  let c = 0;
  let d = 32;
  let fed = 1;
  let inRun = false;
  let anyRun = false;
  const n = ascii ? to : lower.length;
  for (let i = ascii ? from : 0; i < n; ) {
    let u = lower.charCodeAt(i);
    // Upper-case ASCII is lowered here when the text was not; ASCII letters are then a-z, and
    // other code points are kept by class (in place, only punctuation, which is not).
    if (ascii && u >= 65 && u <= 90) u += 32;
    const w = u < 128 ? 1 : widthAt(lower, i);
    const kept = u < 128 ? (u >= 97 && u <= 122) || (u >= 48 && u <= 57) : (classAt(lower, i) & (LETTER | NUMBER)) !== 0;
    if (kept) {
      if (!inRun && anyRun) {
        a = b;
        b = c;
        c = d;
        d = 32;
        if (++fed >= 4) out[count++] = gramOf(a, b, c, d);
      }
      if (w === 1) {
        a = b;
        b = c;
        c = d;
        d = u;
        if (++fed >= 4) out[count++] = gramOf(a, b, c, d);
      } else {
        for (let k = 0; k < w; k++) {
          a = b;
          b = c;
          c = d;
          d = lower.charCodeAt(i + k);
          if (++fed >= 4) out[count++] = gramOf(a, b, c, d);
        }
      }
      inRun = true;
      anyRun = true;
    } else inRun = false;
    i += w;
  }
  // A space closes the string.
  if (++fed >= 4) out[count++] = gramOf(b, c, d, 32);
  return out.slice(0, count);
}

/** Hash of four code units. */
function gramOf(c0: number, c1: number, c2: number, c3: number): number {
  let h = c0;
  h = Math.imul(h, 0x9e3779b1) ^ c1;
  h = Math.imul(h, 0x85ebca6b) ^ c2;
  h = Math.imul(h, 0xc2b2ae35) ^ c3;
  return h | 0;
}

function termCounts(content: readonly string[]): Map<string, number> {
  const tf = new Map<string, number>();
  for (const s of content) tf.set(s, (tf.get(s) ?? 0) + 1);
  return tf;
}

interface Stretch {
  stems: string[];
  content: string[];
  /** Cue bits per stem. */
  marks: Uint8Array;
}

// Tokens of the stretch being read, gathered here and copied out at their final length: growing
// fresh arrays token by token left most of what they allocated behind as garbage.
let stemBuffer: string[] = [];
let contentBuffer: string[] = [];
let markBuffer = new Uint8Array(256);

function analyzeStretch(text: string, from = 0, to = text.length): Stretch {
  let n = 0;
  let nc = 0;
  scanWords(
    text,
    (start, end) => {
      for (const t of readWordAt(text, start, end)) {
        if (n === markBuffer.length) {
          const grown = new Uint8Array(2 * n);
          grown.set(markBuffer);
          markBuffer = grown;
        }
        stemBuffer[n] = t.stem;
        markBuffer[n] = t.cues;
        n++;
        if (t.content) contentBuffer[nc++] = t.stem;
      }
    },
    from,
    to,
  );
  const out = { stems: stemBuffer.slice(0, n), content: contentBuffer.slice(0, nc), marks: markBuffer.slice(0, n) };
  // A very long stretch (a whole unsplit text) should not pin its tokens.
  if (stemBuffer.length > 4096) {
    stemBuffer = [];
    contentBuffer = [];
  }
  return out;
}

// Refuting bigrams by first stem, so a pair is checked without building the "a b" string.
const REFUTE_NEXT = new Map<string, Set<string>>();
for (const b of REFUTE_BIGRAMS) {
  const [first, second] = b.split(' ') as [string, string];
  if (!REFUTE_NEXT.has(first)) REFUTE_NEXT.set(first, new Set());
  REFUTE_NEXT.get(first)!.add(second);
}

function countRefuteBigrams(stems: readonly string[]): number {
  let n = 0;
  for (let i = 0; i + 1 < stems.length; i++) if (REFUTE_NEXT.get(stems[i]!)?.has(stems[i + 1]!)) n++;
  return n;
}

/** Reads a headline. */
export function analyzeHeadline(headline: string): HeadlineInfo {
  const { content, marks } = analyzeStretch(headline);
  const bigrams = new Set<string>();
  for (let i = 0; i + 1 < content.length; i++) bigrams.add(`${content[i]} ${content[i + 1]}`);
  const grams = new Set<number>(gramHashes(headline));
  return {
    content,
    terms: new Set(content),
    tf: termCounts(content),
    bigrams,
    grams,
    cues: countCues(marks),
    question: headline.includes('?'),
  };
}

/** Whether `s.slice(from, to)` ends with a question mark, closing quotes and brackets aside. */
function endsWithQuestion(s: string, from: number, to: number): boolean {
  // /\?["'”’)]*$/
  let i = to - 1;
  while (i >= from) {
    const c = s.charCodeAt(i);
    if (c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0x29) i--;
    else return c === 0x3f;
  }
  return false;
}

/** Straight and curly double quotes in `s.slice(from, to)`. */
function countQuoteMarks(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22 || c === 0x201c || c === 0x201d) n++;
  }
  return n;
}

/** Reads a body: `text.slice(from, to)`, with sentence ranges as offsets into `text`. */
export function analyzeBody(text: string, from = 0, to = text.length): BodyInfo {
  const sentences: SentenceInfo[] = [];
  for (const range of sentencesIn(text, from, to)) {
    const { stems, content, marks } = analyzeStretch(text, range[0], range[1]);
    if (stems.length === 0) continue;
    sentences.push({
      range,
      stems,
      content,
      tf: termCounts(content),
      grams: gramHashes(text, range[0], range[1]),
      cues: countCues(marks),
      refuteBigrams: countRefuteBigrams(stems),
      question: endsWithQuestion(text, range[0], range[1]),
      quoteMarks: countQuoteMarks(text, range[0], range[1]),
      marks,
      lexicalBuckets: undefined,
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
  grams: ReadonlySet<number>[];
  /** Per sentence, the headline bigrams it contains. */
  bigrams: ReadonlySet<string>[];
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
  /** In how many sentences each contained headline 4-gram and bigram occurs (filled on first use). */
  gramCounts?: Map<number, number>;
  bigramCounts?: Map<string, number>;
}

const weight = (count: number, idf: number) => (1 + Math.log(count)) * idf;

/** What a body costs to measure whatever the headline: its term counts and TF-IDF norms, per idf table. */
interface BodyTotals {
  idf: IdfLookup;
  bodyTf: Map<string, number>;
  bodySq: number;
  /** Squared TF-IDF norm of each sentence. */
  sentenceSq: Float64Array;
}

// Bodies are read once and judged against several headlines (the headline, its clauses, FNC-1's
// many headlines per body): their totals are kept with them. A BodyInfo is not changed once read.
const bodyTotals = new WeakMap<BodyInfo, BodyTotals>();

function totalsOf(body: BodyInfo, idf: IdfLookup): BodyTotals {
  let t = bodyTotals.get(body);
  if (t && t.idf === idf) return t;
  const bodyTf = new Map<string, number>();
  const sentenceSq = new Float64Array(body.sentences.length);
  // forEach rather than for…of over entries: each entry read that way is a fresh [key, value] array.
  for (let i = 0; i < body.sentences.length; i++) {
    let sq = 0;
    body.sentences[i]!.tf.forEach((c, term) => {
      const v = weight(c, idf(term));
      sq += v * v;
      bodyTf.set(term, (bodyTf.get(term) ?? 0) + c);
    });
    sentenceSq[i] = sq;
  }
  let bodySq = 0;
  bodyTf.forEach((c, term) => {
    const v = weight(c, idf(term));
    bodySq += v * v;
  });
  t = { idf, bodyTf, bodySq, sentenceSq };
  bodyTotals.set(body, t);
  return t;
}

const FILTER_BITS = 2048;
const NO_BIGRAMS: ReadonlySet<string> = new Set<string>();
const NO_GRAMS: ReadonlySet<number> = new Set<number>();

/** Measures every sentence of `body` against `h` once. */
export function pairStats(h: HeadlineInfo, body: BodyInfo, idf: IdfLookup): PairStats {
  const n = body.sentences.length;
  const hw = new Map<string, number>();
  let hsq = 0;
  h.tf.forEach((c, t) => {
    const v = weight(c, idf(t));
    hw.set(t, v);
    hsq += v * v;
  });
  const hNorm = Math.sqrt(hsq);
  let idfMass = 0;
  for (const t of h.terms) idfMass += idf(t);
  const totals = totalsOf(body, idf);
  const st: PairStats = {
    cos: new Float64Array(n),
    cov: new Float64Array(n),
    grams: [],
    bigrams: [],
    termHits: new Int32Array(n),
    negNear: new Int32Array(n),
    refuteNear: new Int32Array(n),
    hedgeNear: new Int32Array(n),
    bodyTf: totals.bodyTf,
    bodySq: totals.bodySq,
    hw,
    hNorm,
    idfMass,
  };
  // A bit filter over the headline's few 4-grams: most of a body's grams fail it without a set lookup.
  const filter = new Uint32Array(FILTER_BITS / 32);
  for (const g of h.grams) filter[(g & (FILTER_BITS - 1)) >>> 5]! |= 1 << (g & 31);
  body.sentences.forEach((s, i) => {
    let dot = 0;
    let got = 0;
    s.tf.forEach((c, t) => {
      const hv = hw.get(t);
      if (hv !== undefined) {
        const it = idf(t);
        dot += hv * weight(c, it);
        got += it;
      }
    });
    const sq = totals.sentenceSq[i]!;
    st.cos[i] = hNorm && sq ? dot / (hNorm * Math.sqrt(sq)) : 0;
    st.cov[i] = idfMass ? got / idfMass : 0;
    let hits = 0;
    for (const t of s.content) if (h.terms.has(t)) hits++;
    st.termHits[i] = hits;
    // Most sentences share no bigram or 4-gram with the headline: they get the one empty set.
    let bg: Set<string> | undefined;
    if (hits > 1) {
      const c = s.content;
      for (let j = 0; j + 1 < c.length; j++) {
        // A headline bigram joins two headline terms: other pairs need no key.
        if (!h.terms.has(c[j]!) || !h.terms.has(c[j + 1]!)) continue;
        const key = `${c[j]} ${c[j + 1]}`;
        if (h.bigrams.has(key)) (bg ??= new Set<string>()).add(key);
      }
    }
    st.bigrams.push(bg ?? NO_BIGRAMS);
    let gs: Set<number> | undefined;
    const sg = s.grams;
    for (let j = 0; j < sg.length; j++) {
      const g = sg[j]!;
      if ((filter[(g & (FILTER_BITS - 1)) >>> 5]! & (1 << (g & 31))) !== 0 && h.grams.has(g)) (gs ??= new Set<number>()).add(g);
    }
    st.grams.push(gs ?? NO_GRAMS);
    // Cue words within a few tokens of one of the headline's terms.
    const stems = s.stems;
    if (hits > 0) {
      const marks = s.marks ?? stems.map(cueBits);
      for (let a = 0; a < stems.length; a++) {
        if (!h.terms.has(stems[a]!)) continue;
        for (let b = Math.max(0, a - NEAR); b <= Math.min(stems.length - 1, a + NEAR); b++) {
          if (b === a) continue;
          const w = marks[b]!;
          if (w === 0) continue;
          if (w & CUE_NEG) st.negNear[i]!++;
          if (w & CUE_REFUTE) st.refuteNear[i]!++;
          if (w & CUE_HEDGE) st.hedgeNear[i]!++;
        }
      }
    }
  });
  return st;
}

function addCues(a: CueCounts, b: CueCounts): void {
  a.refute += b.refute;
  a.hedge += b.hedge;
  a.confirm += b.confirm;
  a.neg += b.neg;
}

function occurrences<T>(perSentence: readonly ReadonlySet<T>[]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const set of perSentence) for (const x of set) counts.set(x, (counts.get(x) ?? 0) + 1);
  return counts;
}

/** Distinct items over all sentences, less those only sentence `skip` holds. */
function distinctWithout<T>(counts: Map<T, number>, skipped: ReadonlySet<T> | undefined): number {
  let n = counts.size;
  if (skipped) for (const x of skipped) if (counts.get(x) === 1) n--;
  return n;
}

/** What the lead (the first sentences left in) shares with the headline. */
interface LeadMeasures {
  /** The lead's sentences. */
  first: number;
  second: number;
  /** Dot product with the headline's TF-IDF vector, squared norm, and idf of the headline terms in it. */
  ldot: number;
  lsq: number;
  covLead: number;
  /** Distinct headline 4-grams in it. */
  grams: number;
}

// The lead of the whole body is the lead of every body left without a later sentence: kept per stats.
const leads = new WeakMap<PairStats, LeadMeasures>();

function leadOf(body: BodyInfo, st: PairStats, idf: IdfLookup, lead: readonly number[]): LeadMeasures {
  const first = lead[0] ?? -1;
  const second = lead[1] ?? -1;
  const known = leads.get(st);
  if (known && known.first === first && known.second === second) return known;
  // The lead's merged term counts, read in the order a map of them would hold: the first
  // sentence's terms, then the second's new ones.
  const a = body.sentences[first]?.tf;
  const b = body.sentences[second]?.tf;
  let ldot = 0;
  let lsq = 0;
  let covLead = 0;
  const add = (c: number, t: string) => {
    const it = idf(t);
    const v = weight(c, it);
    lsq += v * v;
    const hv = st.hw.get(t);
    if (hv !== undefined) {
      ldot += hv * v;
      covLead += it;
    }
  };
  a?.forEach((c, t) => add(c + (b?.get(t) ?? 0), t));
  b?.forEach((c, t) => {
    if (!a?.has(t)) add(c, t);
  });
  let grams = 0;
  const ga = st.grams[first];
  const gb = st.grams[second];
  if (ga) grams += ga.size;
  if (gb) gb.forEach((g) => {
    if (!ga?.has(g)) grams++;
  });
  const m: LeadMeasures = { first, second, ldot, lsq, covLead, grams };
  if (first === 0 && second === (body.sentences.length > 1 ? 1 : -1)) leads.set(st, m);
  return m;
}

/**
 * The feature vector from measured stats, optionally leaving sentence `skip` out of the body.
 * Values are plain numbers in `STANCE_FEATURE_NAMES` order.
 */
export function featuresFromStats(h: HeadlineInfo, body: BodyInfo, st: PairStats, idf: IdfLookup, skip = -1): number[] {
  const total = body.sentences.length;
  const skipping = skip >= 0 && skip < total;
  const n = skipping ? total - 1 : total;
  const lead: number[] = [];
  for (let i = 0; i < total && lead.length < LEAD_SENTENCES; i++) if (i !== skip) lead.push(i);
  const skipped = skipping ? body.sentences[skip]! : undefined;

  // Body tf with the skipped sentence taken out, touching only that sentence's terms.
  const tfOf = (t: string): number => (st.bodyTf.get(t) ?? 0) - (skipped?.tf.get(t) ?? 0);
  let bodySq = st.bodySq;
  if (skipped) {
    skipped.tf.forEach((c, t) => {
      const all = st.bodyTf.get(t)!;
      const it = idf(t);
      const before = weight(all, it);
      const after = all - c > 0 ? weight(all - c, it) : 0;
      bodySq += after * after - before * before;
    });
  }
  let dot = 0;
  let covBody = 0;
  let present = 0;
  st.hw.forEach((hv, t) => {
    const c = tfOf(t);
    if (c > 0) {
      dot += hv * weight(c, idf(t));
      covBody += idf(t);
      present++;
    }
  });
  const cosBody = st.hNorm && bodySq > 1e-12 ? dot / (st.hNorm * Math.sqrt(bodySq)) : 0;

  const ld = leadOf(body, st, idf, lead);
  const cosLead = st.hNorm && ld.lsq ? ld.ldot / (st.hNorm * Math.sqrt(ld.lsq)) : 0;
  const covLead = ld.covLead;

  // The three largest cosines, largest first (as a descending sort would give them).
  let c1 = -Infinity;
  let c2 = -Infinity;
  let c3 = -Infinity;
  let firstHit = 1;
  let hits = 0;
  let covMax = 0;
  let k = 0;
  for (let i = 0; i < total; i++) {
    if (i === skip) continue;
    const c = st.cos[i]!;
    if (c > c1) {
      c3 = c2;
      c2 = c1;
      c1 = c;
    } else if (c > c2) {
      c3 = c2;
      c2 = c;
    } else if (c > c3) c3 = c;
    const v = st.cov[i]!;
    if (v > covMax) covMax = v;
    if (v >= HIT_COVERAGE) {
      hits++;
      if (firstHit === 1) firstHit = n > 1 ? k / (n - 1) : 0;
    }
    k++;
  }
  const top3 = [c1, c2, c3].slice(0, Math.min(3, n));
  // Relevant sentences: those that carry a third of the headline, else the three most similar.
  const relevant: number[] = [];
  for (let i = 0; i < total; i++) if (i !== skip && st.cov[i]! >= HIT_COVERAGE) relevant.push(i);
  if (relevant.length === 0) {
    const idx: number[] = [];
    for (let i = 0; i < total; i++) if (i !== skip) idx.push(i);
    relevant.push(...idx.sort((a, b) => st.cos[b]! - st.cos[a]! || a - b).slice(0, 3));
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
  for (let i = 0; i < total; i++) {
    if (i === skip) continue;
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
  }
  st.bigramCounts ??= occurrences(st.bigrams);
  st.gramCounts ??= occurrences(st.grams);
  const bigramsSeen = distinctWithout(st.bigramCounts, skipping ? st.bigrams[skip] : undefined);
  const gramsSeen = distinctWithout(st.gramCounts, skipping ? st.grams[skip] : undefined);
  for (const i of relevant) addCues(rel, body.sentences[i]!.cues);
  for (const i of lead) addCues(leadCues, body.sentences[i]!.cues);

  const nn = Math.max(1, n);
  const nr = Math.max(1, relevant.length);
  const ng = h.grams.size;
  return [
    cosBody,
    cosLead,
    n > 0 ? c1 : 0,
    top3.length ? top3.reduce((a, b) => a + b, 0) / top3.length : 0,
    st.idfMass ? covBody / st.idfMass : 0,
    st.idfMass ? covLead / st.idfMass : 0,
    h.terms.size ? present / h.terms.size : 0,
    covMax,
    h.bigrams.size ? bigramsSeen / h.bigrams.size : 0,
    ng ? gramsSeen / ng : 0,
    ng ? ld.grams / ng : 0,
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
