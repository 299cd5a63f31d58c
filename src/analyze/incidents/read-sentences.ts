/**
 * One pass over a report's sentences that gathers, for each, what the other reading stages found
 * inside it: entity mentions, times (and what they date), quotes, numbers, event words and
 * location candidates. Sweeps sorted lists with moving pointers, so the cost is linear.
 */
import type { Paragraph } from '../../model/document.js';
import type { Range } from '../../model/span.js';
import type { Claim } from '../claims/claim-types.js';
import type { Entity } from '../entities/entity-types.js';
import type { NumericFact } from '../numbers/numeric-types.js';
import type { Quote } from '../quotes/quote-types.js';
import type { TimeExpression } from '../time/time-types.js';
import { plannedMood, HABITUAL_ALL, type Action, type Cue, type StatementAct, type Weapon } from './incident-cues.js';
import { scanReport, type ReportScan } from './report-scan.js';
import { placeCandidates, PlaceScan, type FlatMention, type PlaceCandidate, type PlaceLexicon } from './incident-places.js';
import { SentenceMatches } from './sentence-matches.js';
import { classOfUnit, SPACE } from '../text/char-class.js';
import { timeUse } from './incident-times.js';

/** Figures that make a sentence about an incident. */
export const INCIDENT_CATEGORIES = new Set(['launched', 'intercepted', 'shot-down', 'diverted', 'hit', 'killed', 'injured', 'damaged-buildings']);

/** What one sentence holds, as the incident grouping needs it. */
export interface SentenceFacts {
  index: number;
  range: Range;
  text: string;
  claim: Claim;
  paragraph: number;
  /** A heading or headline line: no closing stop, its own paragraph. */
  heading: boolean;
  weapons: Array<Cue<Weapon>>;
  actions: Array<Cue<Action>>;
  /** Figures with their index in `doc.data.numbers`; negated ones ("has not launched a single drone") left out. */
  numbers: Array<{ ref: number; fact: NumericFact }>;
  eventTimes: TimeExpression[];
  statementTimes: TimeExpression[];
  spanTimes: TimeExpression[];
  quotes: Quote[];
  mentions: FlatMention[];
  places: PlaceCandidate[];
  /** The first statement cue the quotes stage does not read ("declined to comment", "rejected any responsibility"). */
  bare: Cue<StatementAct> | undefined;
  /** Event words, or figures of launched, downed, killed, … */
  eventful: boolean;
  /** May give facts to an incident: a report, a figure or an attributed statement, not hedged by a modal or a condition. */
  usable: boolean;
  /** A modal or a condition holds the sentence back ("could", "if confirmed"). */
  hedged: boolean;
  /** A condition ("if confirmed", "if true"). */
  conditional: boolean;
  /** A modal or condition other than the "would" of reported speech ("said fragments would be shown"). */
  doubtful: boolean;
  habitual: boolean;
  /** Future or planned mood ("will be shown on Monday", "is due to"): neither opens nor places an incident. */
  planned: boolean;
}

export interface SentenceSources {
  claims: readonly Claim[];
  paragraphs: readonly Paragraph[];
  entities: readonly Entity[];
  times: readonly TimeExpression[];
  quotes: readonly Quote[];
  numbers: readonly NumericFact[];
}

const USABLE = new Set(['reported-event', 'statistic', 'attributed-statement', 'other']);
const PART_OF = /^(?:one|a piece|part|pieces|parts) of\b/i;
const NEGATED_FIGURE = /\b(?:not|never|no|nor)\s+(?:\S+\s+){0,2}$/i;
/** Characters that close a sentence; a line ending in none of them (and short) is a heading. */
const CLOSERS = new Set([...'.!?…"”’»)'].map((c) => c.charCodeAt(0)));
const DAMAGE_WORD = /^damag/iu;
const WOULD = /^would$/iu;

/** Shared by every sentence with nothing of a kind: never written to. */
const EMPTY: never[] = Object.freeze([]) as unknown as never[];

/** The items of a list sorted by start that lie in [s, e), from index `i` (the first that may start at or after `s`). */
function within<T>(list: readonly T[], i: number, at: (x: T) => Range, e: number): T[] {
  let items: T[] | undefined;
  for (let j = i; j < list.length; j++) {
    const r = at(list[j]!);
    if (r[0] >= e) break;
    if (r[1] <= e) (items ??= []).push(list[j]!);
  }
  return items ?? EMPTY;
}

/** The first index of a list sorted by start, at or after `i`, whose item starts at or after `s`. */
function skipTo<T>(list: readonly T[], i: number, at: (x: T) => Range, s: number): number {
  while (i < list.length && at(list[i]!)[0] < s) i++;
  return i;
}

/** `list` sorted by `key`, copied only when it is not sorted already. */
function sortedBy<T>(list: readonly T[], key: (x: T) => number): readonly T[] {
  for (let i = 1; i < list.length; i++) if (key(list[i - 1]!) > key(list[i]!)) return [...list].sort((a, b) => key(a) - key(b));
  return list;
}

const mentionRange = (x: FlatMention) => x.mention.range;
const ownRange = (x: { range: Range }) => x.range;
const factRange = (x: { fact: NumericFact }) => x.fact.range;

/** Whether a sentence, read back from its end past white space, ends in a closing mark (`/[.!?…"”’»)]\s*$/u`). */
function endsClosed(text: string, s: number, e: number): boolean {
  let i = e - 1;
  while (i >= s && (classOfUnit(text.charCodeAt(i)) & SPACE) !== 0) i--;
  return i >= s && CLOSERS.has(text.charCodeAt(i));
}

/** Whether a figure counts: not negated ("has not launched a single drone"), not one of a group already counted ("one of the downed drones"). */
function countsAsFigure(text: string, s: number, fact: NumericFact): boolean {
  const at = fact.range[0];
  if (NEGATED_FIGURE.test(text.slice(Math.max(s, at - 30), at))) return false;
  return !(PART_OF.test(fact.text) && fact.cue && fact.cue.range[0] < fact.range[1]);
}

/** The end of the white-space run starting at `i` (before `end`). */
function spaceEnd(text: string, i: number, end: number): number {
  while (i < end && (classOfUnit(text.charCodeAt(i)) & SPACE) !== 0) i++;
  return i;
}

/** Reads every sentence (the claims stage's sentences) with what falls inside it. */
export function readSentences(text: string, src: SentenceSources, lex: PlaceLexicon, found: ReportScan = scanReport(text)): SentenceFacts[] {
  const claims = sortedBy(src.claims, (c) => c.range[0]);
  const mentions: FlatMention[] = [];
  for (const entity of src.entities) for (const mention of entity.mentions) mentions.push({ entity, mention });
  mentions.sort((a, b) => a.mention.range[0] - b.mention.range[0]);
  const times = sortedBy(src.times, (t) => t.range[0]);
  const numbers = src.numbers.map((fact, ref) => ({ ref, fact })).sort((a, b) => a.fact.range[0] - b.fact.range[0]);
  const quotes = sortedBy(src.quotes, (q) => q.sentenceRange[0]);
  const paragraphs = sortedBy(src.paragraphs, (p) => p.range[0]);
  // Cue words are found in one pass over the whole text, then handed out to sentences.
  const allWeapons = found.weapons;
  const allActions = found.actions;
  const allBare = found.bare;
  const habitual = new SentenceMatches(HABITUAL_ALL, text, found.habitual);
  const places = new PlaceScan(text, lex);
  let wi = 0;
  let ai = 0;
  let bi = 0;
  let mi = 0;
  let ti = 0;
  let ni = 0;
  let qi = 0;
  let pi = 0;
  const out: SentenceFacts[] = [];

  const read = (claim: Claim, s: number, e: number): void => {
    while (pi + 1 < paragraphs.length && paragraphs[pi]!.range[1] <= s) pi++;
    mi = skipTo(mentions, mi, mentionRange, s);
    const sentenceMentions = within(mentions, mi, mentionRange, e);
    ti = skipTo(times, ti, ownRange, s);
    const sentenceTimes = within(times, ti, ownRange, e);
    ni = skipTo(numbers, ni, factRange, s);
    wi = skipTo(allWeapons, wi, ownRange, s);
    const weapons = within(allWeapons, wi, ownRange, e);
    ai = skipTo(allActions, ai, ownRange, s);
    const actions = within(allActions, ai, ownRange, e);
    bi = skipTo(allBare, bi, ownRange, s);
    const bare = within(allBare, bi, ownRange, e)[0];
    while (qi < quotes.length && quotes[qi]!.sentenceRange[1] <= s) qi++;
    let sentenceQuotes: Quote[] = EMPTY;
    for (let j = qi; j < quotes.length && quotes[j]!.sentenceRange[0] < e; j++) {
      const q = quotes[j]!;
      if (q.sentenceRange[1] <= s) continue;
      const words = q.range[0] < e && s < q.range[1];
      const verb = q.verb !== undefined && q.verb.range[0] < e && s < q.verb.range[1];
      if (words || verb) (sentenceQuotes === EMPTY ? (sentenceQuotes = []) : sentenceQuotes).push(q);
    }
    const sentence = text.slice(s, e);
    // "has not launched a single drone" counts nothing; "one of the downed drones" names one of a group already counted.
    let figures: SentenceFacts['numbers'] = EMPTY;
    for (let j = ni; j < numbers.length; j++) {
      const x = numbers[j]!;
      if (x.fact.range[0] >= e) break;
      if (x.fact.range[1] <= e && countsAsFigure(text, s, x.fact)) (figures === EMPTY ? (figures = []) : figures).push(x);
    }
    let eventTimes: TimeExpression[] = EMPTY;
    let statementTimes: TimeExpression[] = EMPTY;
    let spanTimes: TimeExpression[] = EMPTY;
    for (const x of sentenceTimes) {
      const use = timeUse(text, s, x, sentenceQuotes);
      if (use === 'event') (eventTimes === EMPTY ? (eventTimes = []) : eventTimes).push(x);
      else if (use === 'statement') (statementTimes === EMPTY ? (statementTimes = []) : statementTimes).push(x);
      else (spanTimes === EMPTY ? (spanTimes = []) : spanTimes).push(x);
    }
    let strong = false;
    let casualty = false;
    let concreteDamage = false;
    for (const a of actions) {
      if (a.kind === 'casualty') casualty = true;
      else if (a.kind !== 'damage') strong = true;
      // Concrete damage ("fires burning", "debris") tells of an event; the bare noun "damage" may be abstract.
      else if (!DAMAGE_WORD.test(a.text)) concreteDamage = true;
    }
    let figured = false;
    for (const x of figures) if (INCIDENT_CATEGORIES.has(x.fact.category)) figured = true;
    const eventful = strong || figured || (actions.length > 0 && (weapons.length > 0 || casualty)) || concreteDamage;
    let modal = false;
    let conditional = false;
    let doubtful = false;
    for (const h of claim.hedges) {
      if ((h.kind !== 'modal' && h.kind !== 'conditional') || !(h.range[0] < e && s < h.range[1])) continue;
      modal = true;
      if (h.kind === 'conditional') conditional = true;
      if (!WOULD.test(h.text)) doubtful = true;
    }
    const planned = plannedMood(sentence);
    const paragraph = paragraphs[pi];
    const heading = !endsClosed(text, s, e) && sentence.length < 160 && (!paragraph || (paragraph.range[0] >= s - 1 && paragraph.range[1] <= e + 1));
    let speakerRanges: Range[] = EMPTY;
    for (const q of sentenceQuotes) {
      const r = q.speaker.range;
      if (r && r[0] >= s && r[1] <= e) (speakerRanges === EMPTY ? (speakerRanges = []) : speakerRanges).push(r);
    }
    out.push({
      index: out.length,
      range: [s, e],
      text: sentence,
      claim,
      paragraph: pi,
      heading,
      weapons,
      actions,
      numbers: figures,
      eventTimes,
      statementTimes,
      spanTimes,
      quotes: sentenceQuotes,
      mentions: sentenceMentions,
      places: planned ? EMPTY : placeCandidates(text, s, e, sentenceMentions, lex, speakerRanges, places),
      bare,
      eventful,
      usable: USABLE.has(claim.kind) && !modal && !planned,
      hedged: modal,
      conditional,
      doubtful,
      habitual: habitual.test(s, e),
      planned,
    });
  };

  for (const claim of claims) {
    // A semicolon joins two statements ("one man died at the depot; the ministry calls the claims about
    // Velmorsk a provocation"): each half is read on its own.
    const [cs, ce] = claim.range;
    let start = cs;
    for (let at = text.indexOf(';', cs); at !== -1 && at < ce; at = text.indexOf(';', at + 1)) {
      const next = spaceEnd(text, at + 1, ce);
      if (next === at + 1) continue;
      read(claim, start, at + 1);
      start = next;
      at = next - 1;
    }
    read(claim, start, ce);
  }
  return out;
}
