import type { Paragraph } from '../../model/document.js';
import type { Range } from '../../model/span.js';
import type { NumericFact } from '../numbers/numeric-types.js';
import { paragraphSentences } from '../quotes/paragraph-ranges.js';
import type { Quote } from '../quotes/quote-types.js';
import { isCapitalized, tokenAt, tokensOf, type Token } from '../quotes/tokens.js';
import { isSpaceCode } from '../text/char-class.js';
import { checkWorthiness } from './check-worthiness.js';
import { EVENT_WORDS, HEDGES, OPINION_CUES, STATISTIC_WORDS, TIME_WORDS, type Phrase } from './claim-cues.js';
import type { Claim, ClaimKind, Cue, CueKind, Hedge, HedgeKind } from './claim-types.js';

export interface ClassifyClaimsOptions {
  paragraphs?: readonly Paragraph[];
  quotes?: readonly Quote[];
  numbers?: readonly NumericFact[];
}

/** What one sentence shows, before it is given a kind; exported for the worthiness formula and tests. */
export interface SentenceFeatures {
  hedges: Hedge[];
  cues: Cue[];
  /** Sum of opinion cue weights outside quoted words. */
  opinion: number;
  speculative: boolean;
  /** A hedge that says the matter is unclear. */
  uncertain: boolean;
  future: boolean;
  question: boolean;
  /** The strongest speaker among quotes covering the sentence. */
  attribution: 'named' | 'institution' | 'anonymous' | 'none';
  /** How much of the sentence the attributed quotes and their tags cover (0..1). */
  attributedShare: number;
  /** Event words plus figures of launched, intercepted, hit, killed, … */
  events: number;
  /** A verb of counting over time ("registered", "estimated"). */
  statistic: boolean;
  /** A bounded figure of an event that no hedge comes before. */
  firmFigure: boolean;
  numbers: readonly NumericFact[];
  /** Capitalised words not opening the sentence: names of people, places, bodies. */
  properNames: number;
  times: number;
  /** A heading or headline: no closing punctuation. */
  heading: boolean;
}

function index<K>(list: ReadonlyArray<Phrase<K>>): Map<string, Array<Phrase<K>>> {
  const m = new Map<string, Array<Phrase<K>>>();
  for (const p of list) m.set(p.words[0]!, [...(m.get(p.words[0]!) ?? []), p]);
  // Longest first, so "could not be independently verified" wins over "could".
  for (const l of m.values()) l.sort((a, b) => b.words.length - a.words.length);
  return m;
}

const HEDGE_INDEX = index(HEDGES);
const CUE_INDEX = index(OPINION_CUES);

// What a token's lower-case form can be, read with one lookup per token instead of one per list.
const EVENT = 1;
const STATISTIC = 2;
const TIME = 4;
const HEDGE_START = 8;
const CUE_START = 16;
const WORD_CLASS = new Map<string, number>();
const classify = (words: Iterable<string>, bit: number): void => {
  for (const w of words) WORD_CLASS.set(w, (WORD_CLASS.get(w) ?? 0) | bit);
};
classify(EVENT_WORDS, EVENT);
classify(STATISTIC_WORDS, STATISTIC);
classify(TIME_WORDS, TIME);
classify(HEDGE_INDEX.keys(), HEDGE_START);
classify(CUE_INDEX.keys(), CUE_START);

/** The word classes of `tokens[from, to)`, by index from `from`. */
function classesOf(tokens: readonly Token[], from: number, to: number): Uint8Array {
  const out = new Uint8Array(to - from);
  for (let i = from; i < to; i++) out[i - from] = WORD_CLASS.get(tokens[i]!.lower) ?? 0;
  return out;
}

interface PhraseMatch<K> {
  phrase: Phrase<K>;
  from: number;
  to: number;
}

/**
 * Phrase matches over `tokens[from, to)`, longest first at each position, never overlapping.
 * `classes[i - base]` holds token i's word classes; `start` is the class bit of the index's first words.
 */
function matchPhrases<K>(
  tokens: readonly Token[],
  from: number,
  to: number,
  classes: Uint8Array,
  base: number,
  start: number,
  idx: Map<string, Array<Phrase<K>>>,
  skip: (t: Token, i: number) => boolean,
): Array<PhraseMatch<K>> {
  let out: Array<PhraseMatch<K>> | undefined;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    const cands = (classes[i - base]! & start) !== 0 ? idx.get(t.lower) : t.possessive ? idx.get(t.word.toLowerCase()) : undefined;
    if (!cands || skip(t, i)) continue;
    for (const p of cands) {
      let ok = true;
      for (let k = 1; k < p.words.length; k++) {
        const u = i + k < to ? tokens[i + k] : undefined;
        if (!u || u.gap === 'hard' || (p.words[k] !== '*' && u.lower !== p.words[k] && u.word.toLowerCase() !== p.words[k])) {
          ok = false;
          break;
        }
      }
      if (ok) {
        (out ??= []).push({ phrase: p, from: i, to: i + p.words.length });
        i += p.words.length - 1;
        break;
      }
    }
  }
  return out ?? NO_MATCHES;
}

const NO_MATCHES: never[] = [];

/**
 * Classifies every sentence of a text: a reported event, a statistic, an attributed statement,
 * a prediction, an opinion, speculation, a question or other — keeping the hedge and cue words
 * that decided it, and a check-worthiness score. Uses the quotes and numbers read before it.
 */
export function classifyClaims(text: string, options: ClassifyClaimsOptions = {}): Claim[] {
  const quotes = [...(options.quotes ?? [])].sort((a, b) => a.sentenceRange[0] - b.sentenceRange[0]);
  const numbers = [...(options.numbers ?? [])].sort((a, b) => a.range[0] - b.range[0]);
  // Words inside quotation marks are the speaker's, not the writer's: cues there do not count.
  const quoted: Range[] = quotes
    .flatMap((q) => (q.kind === 'direct' ? [q.range] : (q.fragments ?? [])))
    .sort((a, b) => a[0] - b[0]);
  const tokens = tokensOf(text);
  const classes = classesOf(tokens, 0, tokens.length);
  const out: Claim[] = [];
  let qi = 0;
  let ni = 0;
  let fi = 0;
  for (const para of paragraphSentences(text, options.paragraphs)) {
    for (const sent of para.sentences) {
      const from = tokenAt(tokens, sent[0]);
      const to = tokenAt(tokens, sent[1]);
      while (qi < quotes.length && quotes[qi]!.sentenceRange[1] <= sent[0]) qi++;
      const here: Quote[] = [];
      for (let k = qi; k < quotes.length && quotes[k]!.sentenceRange[0] < sent[1]; k++) {
        const q = quotes[k]!;
        if (q.range[1] > sent[0] && q.range[0] < sent[1]) here.push(q);
      }
      while (ni < numbers.length && numbers[ni]!.range[1] <= sent[0]) ni++;
      const nums: NumericFact[] = [];
      for (let k = ni; k < numbers.length && numbers[k]!.range[0] < sent[1]; k++) nums.push(numbers[k]!);
      while (fi < quoted.length && quoted[fi]![1] <= sent[0]) fi++;
      const inQuote = quotedTest(quoted, fi, sent[1]);
      const features = readSentence(text, sent, tokens, from, to, classes, 0, here, nums, inQuote);
      const kind = decideKind(features);
      const claim: Claim = {
        range: sent,
        text: text.slice(sent[0], sent[1]),
        kind,
        hedges: features.hedges,
        cues: features.cues,
        checkWorthiness: checkWorthiness(kind, features),
      };
      if (here.length > 0) claim.quoteIds = here.map((q) => q.id);
      out.push(claim);
    }
  }
  return out;
}

/** A membership test for quoted spans (sorted, not overlapping) from index `from` on, by binary search. */
function quotedTest(quoted: readonly Range[], from: number, until: number): (pos: number) => boolean {
  let end = from;
  while (end < quoted.length && quoted[end]![0] < until) end++;
  return (pos) => {
    let lo = from;
    let hi = end;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (quoted[mid]![0] <= pos) lo = mid + 1;
      else hi = mid;
    }
    const r = quoted[lo - 1];
    return lo > from && r !== undefined && pos < r[1];
  };
}

/** Reads the hedges, cues and specifics of one sentence (`toks`: its tokens). */
export function readFeatures(
  text: string,
  sent: Range,
  toks: readonly Token[],
  quotes: readonly Quote[],
  numbers: readonly NumericFact[],
  inQuote: (pos: number) => boolean = () => false,
): SentenceFeatures {
  return readSentence(text, sent, toks, 0, toks.length, classesOf(toks, 0, toks.length), 0, quotes, numbers, inQuote);
}

/** {@link readFeatures} on the sentence's tokens `tokens[from, to)`; `classes[i - base]` holds token i's word classes. */
function readSentence(
  text: string,
  sent: Range,
  tokens: readonly Token[],
  from: number,
  to: number,
  classes: Uint8Array,
  base: number,
  quotes: readonly Quote[],
  numbers: readonly NumericFact[],
  inQuote: (pos: number) => boolean,
): SentenceFeatures {
  const hedges: Hedge[] = [];
  const cues: Cue[] = [];
  const span = (a: number, b: number): Range => [tokens[a]!.start, tokens[b - 1]!.end];
  // "in early May" is a month, not a modal.
  const notMonth = (t: Token, i: number): boolean => t.word === 'May' && i > from;
  for (const m of matchPhrases<HedgeKind>(tokens, from, to, classes, base, HEDGE_START, HEDGE_INDEX, notMonth)) {
    const r = span(m.from, m.to);
    hedges.push({ range: r, text: text.slice(r[0], r[1]), kind: m.phrase.kind });
  }
  // A sentence opening with "If" is conditional as a whole.
  const first = from < to ? tokens[from] : undefined;
  if (first?.lower === 'if' && !hedges.some((h) => h.kind === 'conditional' && h.range[0] === first.start)) {
    hedges.unshift({ range: [first.start, first.end], text: first.word, kind: 'conditional' });
  }
  let opinion = 0;
  // "it is unclear who …" states a doubt, not an event.
  const uncertain = hedges.some((h) => h.kind === 'unverified' && /unclear|not clear/i.test(h.text));
  let speculative = uncertain || hedges.some((h) => h.kind === 'modal' || h.kind === 'conditional' || h.kind === 'appearance' || h.kind === 'attribution-vague');
  let future = false;
  for (const m of matchPhrases<CueKind>(tokens, from, to, classes, base, CUE_START, CUE_INDEX, (t, i) => inQuote(t.start) || notMonth(t, i))) {
    const r = span(m.from, m.to);
    if (m.phrase.kind === 'first-person') {
      const w = tokens[m.from]!.word;
      // "I" as an initial ("John I. Smith"), "US" the country, "Our" in a heading mid-sentence: not the writer.
      if (w === 'I' && text[r[1]] === '.') continue;
      if (w !== 'I' && w !== w.toLowerCase() && (m.from > from || w === w.toUpperCase())) continue;
    }
    cues.push({ range: r, text: text.slice(r[0], r[1]), kind: m.phrase.kind });
    if (m.phrase.kind === 'speculative') speculative = true;
    else if (m.phrase.kind === 'future') future = true;
    else opinion += m.phrase.weight;
  }
  // The sentence without trailing spaces, closing quotes and brackets: `[sent[0], trimmedEnd)`.
  const trimmedEnd = trimClosers(text, sent[0], sent[1]);
  const trimmedLength = trimmedEnd - sent[0];
  const lastChar = trimmedLength > 0 ? text[trimmedEnd - 1] : undefined;
  const question = lastChar === '?' && !inQuote(sent[0] + trimmedLength - 2);
  if (lastChar === '!' && !inQuote(sent[0] + trimmedLength - 2)) opinion += 1;

  let attribution: SentenceFeatures['attribution'] = 'none';
  let covered = 0;
  const rank = { none: 0, anonymous: 1, institution: 2, named: 3 } as const;
  for (const q of quotes) {
    if (q.speaker.kind === 'none') continue;
    if (rank[q.speaker.kind] > rank[attribution]) attribution = q.speaker.kind;
    // The quote, its verb and its speaker when written in this sentence: "“…,” said X, a fellow at Y."
    const parts = [q.range, q.verb?.range, q.speaker.cue?.range, q.speaker.range]
      .filter((r): r is Range => r !== undefined && r[1] > sent[0] && r[0] < sent[1])
      .map((r) => [Math.max(sent[0], r[0]), Math.min(sent[1], r[1])] as const);
    if (parts.length === 0) continue;
    const from = Math.min(...parts.map((r) => r[0]));
    const to = Math.max(...parts.map((r) => r[1]));
    covered += Math.max(0, to - from);
  }
  const attributedShare = Math.min(1, covered / Math.max(1, sent[1] - sent[0]));

  let events = 0;
  let statistic = false;
  let properNames = 0;
  let times = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    const c = classes[i - base]!;
    if ((c & EVENT) !== 0) events++;
    if ((c & STATISTIC) !== 0) statistic = true;
    if ((c & TIME) !== 0 || (t.word.length === 4 && /^(19|20)\d\d$/.test(t.word))) times++;
    if (i > from && isCapitalized(t.word) && t.word !== 'I' && t.gap !== 'hard') properNames++;
  }
  let eventFigure: number | undefined;
  for (const n of numbers) {
    if (!EVENT_CATEGORIES.has(n.category)) continue;
    events++;
    if (n.approx !== 'vague' && eventFigure === undefined) eventFigure = n.range[0];
  }
  // A figure of an event stated before any hedge stands as a fact; "could … 12 drones" does not.
  const hedgedBefore = eventFigure !== undefined && hedges.some((h) => h.kind !== 'reportedly' && h.kind !== 'unverified' && h.range[0] < eventFigure!);
  const firmFigure = eventFigure !== undefined && !hedgedBefore;
  const heading = !(lastChar !== undefined && TERMINAL.has(lastChar)) && to - from <= 16;
  return { hedges, cues, opinion, speculative, uncertain, future, question, attribution, attributedShare, events, statistic, firmFigure, numbers, properNames, times, heading };
}

/** What ends a sentence that is not a heading (closing quotes and brackets are trimmed before). */
const TERMINAL = new Set(['.', '!', '?', '…', ':']);

/** End of `text[from, to)` without trailing white space, quotation marks and closing brackets (`/[\s"”’»)\]]+$/u`). */
function trimClosers(text: string, from: number, to: number): number {
  let e = to;
  while (e > from) {
    const c = text.charCodeAt(e - 1);
    if (c === 34 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 41 || c === 93 || isSpaceCode(c)) e--;
    else break;
  }
  return e;
}

/**
 * The kind, by precedence: a question; an attributed statement (a speaker's words cover much of
 * the sentence); opinion (the writer's voice: rhetorical phrases, first person, evaluative words);
 * a prediction; speculation (hedged or about possibilities); a reported event (event words); a
 * statistic (figures without an event); opinion again on weaker cues when nothing specific is said.
 */
export function decideKind(f: SentenceFeatures): ClaimKind {
  if (f.question) return 'question';
  if (f.attribution !== 'none' && f.attributedShare >= 0.4) return 'attributed-statement';
  const specific = f.events > 0 || f.numbers.length > 0;
  const fact: ClaimKind = f.statistic && f.numbers.length > 0 ? 'statistic' : 'reported-event';
  if (f.opinion >= 2 && !(f.firmFigure && f.opinion < 3)) return 'opinion';
  if (f.firmFigure) return fact;
  if (f.future && !f.speculative && f.events === 0) return 'prediction';
  if (f.speculative) {
    const unhedgedEvent = !f.uncertain && f.events > 0 && f.hedges.every((h) => h.kind === 'reportedly' || h.kind === 'unverified');
    if (!unhedgedEvent) return f.future && !f.hedges.some((h) => h.kind === 'conditional') ? 'prediction' : 'speculation';
  }
  if (f.future && f.events === 0) return 'prediction';
  if (f.events > 0 && !f.heading) return fact;
  if (f.numbers.some((n) => n.approx !== 'vague')) return 'statistic';
  if (f.opinion >= 1 && !specific) return 'opinion';
  if (f.attribution !== 'none') return 'attributed-statement';
  return 'other';
}

const EVENT_CATEGORIES = new Set(['launched', 'intercepted', 'shot-down', 'diverted', 'hit', 'injured', 'killed', 'damaged-buildings']);
