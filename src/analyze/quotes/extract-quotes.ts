import type { Paragraph } from '../../model/document.js';
import type { Range } from '../../model/span.js';
import { findVia, readAfterQuote, readBeforeQuote, readReportedSpeech, verbAt, type Attribution } from './attribution.js';
import { HUMAN_NOUNS } from './lexicon.js';
import { paragraphSentences } from './paragraph-ranges.js';
import { MentionIndex, type Mention } from './person-mentions.js';
import { findQuoteMarks, type MarkedSpan } from './quote-marks.js';
import { guessLanguage } from './quote-language.js';
import type { Quote, Speaker, TextSpan } from './quote-types.js';
import type { PhraseReading } from './speaker-phrase.js';
import { tokenAt, tokensOf, type Token } from './tokens.js';

export interface ExtractQuotesOptions {
  /** The language stage's paragraphs: spans to read in, and foreign-language spans for `lang`. */
  paragraphs?: readonly Paragraph[];
  /** Main language of the report, when known; the fallback for what a quote is compared with. */
  language?: string;
}

/** How many paragraphs back a pronoun or a role may reach for its person. */
const PRONOUN_PARAGRAPHS = 2;
const ROLE_PARAGRAPHS = 3;

/**
 * Finds direct, mixed and indirect quotes with their speakers, reporting verbs, channels and
 * languages. Quotation marks are paired per paragraph; each sentence is then read for a tag after
 * or before the quote, for reported speech ("X said that …", "according to X"), and pronouns and
 * roles ("he", "the Kremlin chief") are resolved to the nearest fitting earlier mention. Every
 * step is a bounded look at tokens near a position, so the whole runs in time linear in the text.
 */
export function extractQuotes(text: string, options: ExtractQuotesOptions = {}): Quote[] {
  const paras = paragraphSentences(text, options.paragraphs);
  const tokens = tokensOf(text);
  const marksByPara = paras.map((p) => findQuoteMarks(text, p.range[0], p.range[1]));
  const inner: Range[] = marksByPara.flat().map((m) => [m.innerStart, m.innerEnd] as Range);
  const insideQuote = (pos: number): boolean => {
    let lo = 0;
    let hi = inner.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (inner[mid]![0] <= pos) lo = mid + 1;
      else hi = mid;
    }
    const r = inner[lo - 1];
    return r !== undefined && pos < r[1];
  };
  const mentions = new MentionIndex(text, tokens, insideQuote);
  let allSentencesMemo: Range[] | undefined;
  const allSentences = (): Range[] => (allSentencesMemo ??= paras.flatMap((p) => p.sentences));
  const slice = (from: number, to: number): Token[] => tokens.slice(tokenAt(tokens, from), tokenAt(tokens, to));
  const span = (r: Range): TextSpan => ({ range: r, text: text.slice(r[0], r[1]) });

  const quotes: Array<Omit<Quote, 'id'>> = [];
  let lastDirect: Omit<Quote, 'id'> | undefined;

  const resolve = (reading: PhraseReading, pIdx: number): Speaker => {
    const cue = span(reading.phrase);
    const at = reading.phrase[0];
    switch (reading.kind) {
      case 'named': {
        const sp: Speaker = { kind: 'named', name: text.slice(reading.name[0], reading.name[1]), range: reading.name };
        if (reading.role) sp.role = text.slice(reading.role[0], reading.role[1]);
        const titles = sp.role ? [sp.role.toLowerCase(), ...mentions.titlesOf(sp.name!)] : [...mentions.titlesOf(sp.name!)];
        mentions.add({ at: reading.name, ref: reading.name, kind: 'person', titles, gender: 'any' }, text, true);
        return sp;
      }
      case 'institution':
        mentions.add({ at: reading.name, ref: reading.name, kind: 'institution', titles: [], gender: 'any' });
        return { kind: 'institution', name: text.slice(reading.name[0], reading.name[1]), range: reading.name };
      case 'anonymous': {
        const description = text.slice(reading.description[0], reading.description[1]);
        const head = description.toLowerCase().match(/\b(man|woman|boy|girl|spokesman|spokeswoman)\b/)?.[1];
        const gender = head ? (HUMAN_NOUNS.get(head) ?? 'any') : 'any';
        mentions.add({ at: reading.description, ref: reading.description, kind: reading.plural ? 'group' : 'anonymous', titles: [], gender });
        return { kind: 'anonymous', description, range: reading.description };
      }
      case 'pronoun': {
        const min = paras[Math.max(0, pIdx - PRONOUN_PARAGRAPHS)]!.range[0];
        const p = reading.pronoun;
        const m = mentions.nearestBefore(at, min, (x) => {
          if (p === 'they') return x.kind === 'group' || x.kind === 'institution';
          if (p === 'it') return x.kind === 'institution';
          if (x.kind !== 'person' && x.kind !== 'anonymous') return false;
          return x.gender === 'any' || (p === 'he' ? x.gender === 'male' : x.gender === 'female');
        });
        if (!m) return { kind: 'anonymous', description: cue.text, range: cue.range, cue, resolution: 'unresolved' };
        return fromMention(m, cue, 'pronoun');
      }
      case 'role': {
        const head = reading.head;
        const far = paras[Math.max(0, pIdx - ROLE_PARAGRAPHS)]!.range[0];
        const near = paras[pIdx]!.range[0];
        const m =
          mentions.nearestBefore(at, far, (x) => x.kind === 'person' && x.titles.some((t) => t.split(/\s+/).includes(head))) ??
          mentions.nearestBefore(at, near, (x) => x.kind === 'person');
        if (!m) return { kind: 'anonymous', description: cue.text, range: cue.range, role: cue.text, cue, resolution: 'unresolved' };
        const sp = fromMention(m, cue, 'role');
        sp.description = cue.text;
        return sp;
      }
    }
  };

  const fromMention = (m: Mention, cue: TextSpan, how: 'pronoun' | 'role'): Speaker => {
    const refText = text.slice(m.ref[0], m.ref[1]);
    mentions.add({ ...m, at: cue.range });
    if (m.kind === 'person') return { kind: 'named', name: refText, range: m.ref, cue, resolution: how };
    if (m.kind === 'institution') return { kind: 'institution', name: refText, range: m.ref, cue, resolution: how };
    return { kind: 'anonymous', description: refText, range: m.ref, cue, resolution: how };
  };

  /** A channel near the speaker's earlier mention: "Sobyanin’s message on his Telegram channel". */
  const viaNearAntecedent = (sp: Speaker, sentence: Range): TextSpan | undefined => {
    if (!sp.range || !sp.resolution || sp.resolution === 'unresolved') return undefined;
    const sentences = allSentences();
    const i = sentenceIndexAt(sentences, sp.range[0]);
    const j = sentenceIndexAt(sentences, sentence[0]);
    if (i === j || j - i > 3) return undefined;
    const s = sentences[i]!;
    if (s[1] - s[0] > 2000) return undefined;
    const toks = slice(s[0], s[1]);
    const via = findVia(toks, 0, toks.length, false);
    return via ? span(via) : undefined;
  };

  /** Completes `base` (made for this quote alone) with its speaker, verb and channel. */
  const build = (att: Attribution, pIdx: number, base: Omit<Quote, 'id' | 'speaker'>): Omit<Quote, 'id'> => {
    const speaker = resolve(att.reading, pIdx);
    const q = base as Omit<Quote, 'id'>;
    q.speaker = speaker;
    if (att.verb) q.verb = { lemma: att.verb.lemma, range: att.verb.range };
    const via = att.via ? span(att.via) : viaNearAntecedent(speaker, base.sentenceRange);
    if (via) q.via = via;
    return q;
  };

  for (let pIdx = 0; pIdx < paras.length; pIdx++) {
    const { range: para, sentences } = paras[pIdx]!;
    if (sentences.length === 0) continue;
    const marks = marksByPara[pIdx]!;
    const blocked: Range[] = [];
    let bp = 0;
    const directBySentence = new Map<number, PlacedMark[]>();
    const fragmentsBySentence = new Map<number, MarkedSpan[]>();
    for (let m = 0; m < marks.length; m++) {
      const mark = marks[m]!;
      const sIdx = sentenceIndexAt(sentences, mark.open);
      const prev = marks[m - 1];
      const next = marks[m + 1];
      const sent = sentences[sIdx]!;
      const beforeStart = prev && prev.close > sent[0] ? Math.min(prev.close, mark.open) : sent[0];
      const endSent = sentences[sentenceIndexAt(sentences, Math.max(mark.open, mark.innerEnd - 1))]!;
      const afterEnd = Math.max(mark.close, Math.min(endSent[1], next && next.open < endSent[1] ? next.open : Infinity));
      if (isDirect(text, tokens, mark, beforeStart, afterEnd, para[0])) {
        const list = directBySentence.get(sIdx) ?? [];
        list.push({ mark, beforeStart, afterEnd, endSent });
        directBySentence.set(sIdx, list);
      } else {
        const list = fragmentsBySentence.get(sIdx) ?? [];
        list.push(mark);
        fragmentsBySentence.set(sIdx, list);
      }
    }

    for (let sIdx = 0; sIdx < sentences.length; sIdx++) {
      const sent = sentences[sIdx]!;
      for (const { mark, beforeStart, afterEnd, endSent } of directBySentence.get(sIdx) ?? []) {
        const after = mark.closed ? readAfterQuote(text, slice(mark.close, afterEnd)) : null;
        const beforeTokens = slice(beforeStart, mark.open);
        const before = introducesQuote(text, beforeTokens, mark.open) ? readBeforeQuote(text, beforeTokens) : null;
        let att = after;
        if (!att || (att.reading.kind === 'pronoun' && before && before.reading.kind !== 'pronoun')) att = before ?? att;
        const range = trimQuote(text, mark.innerStart, mark.innerEnd);
        const sentenceRange: Range = [sent[0], Math.max(endSent[1], mark.close)];
        const base: Omit<Quote, 'id' | 'speaker'> = { kind: 'direct', range, text: text.slice(range[0], range[1]), sentenceRange };
        if (!mark.closed) base.unclosed = true;
        let q: Omit<Quote, 'id'>;
        if (att) {
          q = build(att, pIdx, base);
          pushSorted(blocked, [Math.min(att.span[0], mark.open), Math.max(att.span[1], mark.close)]);
        } else {
          pushSorted(blocked, [mark.open, mark.close]);
          // An untagged quote right after a tagged one (nothing but space between): the same voice goes on.
          const prevEnd = lastDirect?.sentenceRange[1] ?? -Infinity;
          const adjacent = lastDirect !== undefined && sent[0] >= prevEnd && sent[0] - prevEnd <= 8 && /^\s*$/.test(text.slice(prevEnd, sent[0]));
          if (lastDirect && adjacent && lastDirect.speaker.kind !== 'none') {
            q = { ...base, speaker: { ...lastDirect.speaker, resolution: 'continuation' } };
            if (lastDirect.via) q.via = lastDirect.via;
          } else q = { ...base, speaker: { kind: 'none' } };
        }
        quotes.push(q);
        lastDirect = q;
      }

      // Reported speech in what the direct quotes left of the sentence.
      while (bp < blocked.length && blocked[bp]![1] <= sent[0]) bp++;
      const here = bp < blocked.length ? blocked.slice(bp).filter((r) => r[0] < sent[1]) : NONE_BLOCKED;
      const fragments = fragmentsBySentence.get(sIdx) ?? NO_FRAGMENTS;
      const used = new Set<MarkedSpan>();
      for (const att of readReportedSpeech(text, slice(sent[0], sent[1]), sent, here, (w) => mentions.isKnown(w))) {
        const content = att.content!;
        const inside: MarkedSpan[] = [];
        for (let f = firstFragmentAt(fragments, content[0]); f < fragments.length && fragments[f]!.open < content[1]; f++) {
          if (fragments[f]!.innerEnd <= content[1] + 1) inside.push(fragments[f]!);
        }
        const base: Omit<Quote, 'id' | 'speaker'> = {
          kind: inside.length > 0 ? 'mixed' : 'indirect',
          range: content,
          text: text.slice(content[0], content[1]),
          sentenceRange: sent,
        };
        if (inside.length > 0) base.fragments = inside.map((f) => trimQuote(text, f.innerStart, f.innerEnd));
        quotes.push(build(att, pIdx, base));
        for (const f of inside) used.add(f);
      }
      // Quoted fragments nobody is said to have spoken: scare quotes, slogans, inscriptions.
      for (const f of fragments) {
        if (used.has(f)) continue;
        const range = trimQuote(text, f.innerStart, f.innerEnd);
        const q: Omit<Quote, 'id'> = { kind: 'mixed', range, text: text.slice(range[0], range[1]), sentenceRange: sent, speaker: { kind: 'none' } };
        if (!f.closed) q.unclosed = true;
        quotes.push(q);
      }
    }
  }

  markLanguages(text, quotes, paras, options);
  quotes.sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  return quotes.map((q, i) => ({ id: `q${i + 1}`, ...q }));
}

/** Shared empty lists for the common sentence without quotes (never modified). */
const NONE_BLOCKED: Range[] = [];
const NO_FRAGMENTS: MarkedSpan[] = [];

interface PlacedMark {
  mark: MarkedSpan;
  /** Where the words before the quote start (sentence start or the previous quote's end). */
  beforeStart: number;
  /** Where the words after the quote end (sentence end or the next quote's start). */
  afterEnd: number;
  /** The sentence the quote closes in. */
  endSent: Range;
}

/** Inserts keeping start order; spans arrive nearly sorted, so this is usually a push. */
function pushSorted(list: Range[], r: Range): void {
  let i = list.length;
  while (i > 0 && list[i - 1]![0] > r[0]) i--;
  list.splice(i, 0, r);
}

function firstFragmentAt(fragments: readonly MarkedSpan[], pos: number): number {
  let lo = 0;
  let hi = fragments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (fragments[mid]!.open < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the sentence that contains `pos` (or the last one starting before it). */
function sentenceIndexAt(sentences: readonly Range[], pos: number): number {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]![0] <= pos) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, lo - 1);
}

/**
 * A quote stands as an utterance (direct) when it opens a clause — at the sentence start, after a
 * colon or comma, or right after a reporting verb — and closes one (its own punctuation, or the
 * sentence, a comma or a dash after it). Otherwise it is a fragment quoted inside the writer's sentence.
 */
function isDirect(text: string, tokens: readonly Token[], mark: MarkedSpan, beforeStart: number, afterEnd: number, paraStart: number): boolean {
  const before = text.slice(beforeStart, mark.open).trimEnd();
  let opens = before === '' || mark.open === paraStart || /[:,—–(\-]$/.test(before);
  if (!opens) {
    const i = tokenAt(tokens, mark.open) - 1;
    if (i >= 0 && tokens[i]!.end <= mark.open && tokens[i]!.start >= beforeStart && verbAt(tokens, i)) opens = true;
  }
  if (!opens) return false;
  if (!mark.closed) return true;
  const innerEnd = text.slice(mark.innerStart, mark.innerEnd).trimEnd();
  if (/[,.!?…:;—–\-]$/.test(innerEnd)) return true;
  const after = text.slice(mark.close, Math.max(mark.close, afterEnd)).trimStart();
  return after === '' || /^[,.!?;:—–)\-]/.test(after);
}

/** Whether the words before a quote lead into it: a colon, a comma or a reporting verb right before. */
function introducesQuote(text: string, tokens: readonly Token[], open: number): boolean {
  if (tokens.length === 0) return false;
  const last = tokens[tokens.length - 1]!;
  const between = text.slice(last.end, open);
  return /[:,]\s*$/.test(between) || (/^\s*$/.test(between) && verbAt(tokens, tokens.length - 1) !== null);
}

/** The quoted words without surrounding spaces and without the comma that hands over to the tag. */
function trimQuote(text: string, s: number, e: number): Range {
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /[\s,]/.test(text[e - 1]!)) e--;
  return [s, e];
}

/** Marks quotes written in another language than the words around them. */
function markLanguages(text: string, quotes: Array<Omit<Quote, 'id'>>, paras: ReadonlyArray<{ range: Range }>, options: ExtractQuotesOptions): void {
  const given = [...(options.paragraphs ?? [])].sort((a, b) => a.range[0] - b.range[0]);
  const givenRanges = given.map((p) => p.range);
  const ranges = paras.map((p) => p.range);
  for (const q of quotes) {
    if (q.kind === 'indirect' || q.range[1] - q.range[0] < 12) continue;
    const quoted = q.kind === 'mixed' && q.fragments ? q.fragments : [q.range];
    const gi = containing(givenRanges, q.range[0]);
    const para = gi >= 0 && q.range[1] <= given[gi]!.range[1] ? given[gi] : undefined;
    let lang: string | undefined;
    for (const r of quoted) {
      const f = para?.foreign.find((x) => overlap(x.range, r) >= 0.5 * (r[1] - r[0]) && x.confidence >= 0.5);
      lang = f?.lang ?? guessLanguage(text.slice(r[0], Math.min(r[1], r[0] + 4000)))?.lang;
      if (lang) break;
    }
    if (!lang) continue;
    // An English quote needs a look around only where the report says the text is not English.
    if (lang === 'en' && !(para && para.lang !== 'en' && para.lang !== 'und') && !(options.language && options.language !== 'en')) continue;
    // Compared with the words around the quote in its paragraph (bounded), else the paragraph's or report's language.
    const pi = containing(ranges, q.range[0]);
    const home = pi >= 0 ? ranges[pi]! : q.sentenceRange;
    const outside = text.slice(Math.max(home[0], q.range[0] - 1000), q.range[0]) + ' ' + text.slice(q.range[1], Math.min(home[1], q.range[1] + 1000));
    const base = guessLanguage(outside)?.lang ?? (para && para.lang !== 'und' && para.lang !== lang ? para.lang : undefined) ?? options.language;
    if (base !== undefined ? base !== lang : lang !== 'en') q.lang = lang;
  }
}

/** Index of the last range starting at or before `pos`, or -1. */
function containing(ranges: readonly Range[], pos: number): number {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]![0] <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

function overlap(a: Range, b: Range): number {
  return Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
}
