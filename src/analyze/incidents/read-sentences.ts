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
import { actionCues, bareStatements, plannedMood, weaponCues, HABITUAL, type Action, type Cue, type StatementAct, type Weapon } from './incident-cues.js';
import { placeCandidates, type FlatMention, type PlaceCandidate, type PlaceLexicon } from './incident-places.js';
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
  bare?: Cue<StatementAct>;
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

/** The items of a list sorted by start that lie in [s, e), scanning from `start`; `next` is where the next sentence starts looking. */
function inside<T>(list: readonly T[], start: number, at: (x: T) => Range, s: number, e: number): { items: T[]; next: number } {
  let i = start;
  while (i < list.length && at(list[i]!)[0] < s) i++;
  const items: T[] = [];
  for (let j = i; j < list.length && at(list[j]!)[0] < e; j++) if (at(list[j]!)[1] <= e) items.push(list[j]!);
  return { items, next: i };
}

const mentionRange = (x: FlatMention) => x.mention.range;
const ownRange = (x: { range: Range }) => x.range;
const factRange = (x: { fact: NumericFact }) => x.fact.range;

/** Reads every sentence (the claims stage's sentences) with what falls inside it. */
export function readSentences(text: string, src: SentenceSources, lex: PlaceLexicon): SentenceFacts[] {
  const claims = [...src.claims].sort((a, b) => a.range[0] - b.range[0]);
  const mentions: FlatMention[] = [];
  for (const entity of src.entities) for (const mention of entity.mentions) mentions.push({ entity, mention });
  mentions.sort((a, b) => a.mention.range[0] - b.mention.range[0]);
  const times = [...src.times].sort((a, b) => a.range[0] - b.range[0]);
  const numbers = src.numbers.map((fact, ref) => ({ ref, fact })).sort((a, b) => a.fact.range[0] - b.fact.range[0]);
  const quotes = [...src.quotes].sort((a, b) => a.sentenceRange[0] - b.sentenceRange[0]);
  const paragraphs = [...src.paragraphs].sort((a, b) => a.range[0] - b.range[0]);
  // Cue words are found in one pass over the whole text, then handed out to sentences.
  const allWeapons = weaponCues(text, 0);
  const allActions = actionCues(text, 0);
  const allBare = bareStatements(text, 0);
  let wi = 0;
  let ai = 0;
  let bi = 0;
  let mi = 0;
  let ti = 0;
  let ni = 0;
  let qi = 0;
  let pi = 0;
  const out: SentenceFacts[] = [];
  // A semicolon joins two statements ("one man died at the depot; the ministry calls the claims about
  // Velmorsk a provocation"): each half is read on its own.
  const segments: Array<{ claim: Claim; range: Range }> = [];
  for (const claim of claims) {
    let start = claim.range[0];
    const body = text.slice(claim.range[0], claim.range[1]);
    const semi = /;\s+/g;
    for (let m = semi.exec(body); m; m = semi.exec(body)) {
      segments.push({ claim, range: [start, claim.range[0] + m.index + 1] });
      start = claim.range[0] + m.index + m[0].length;
    }
    segments.push({ claim, range: [start, claim.range[1]] });
  }
  for (const [index, { claim, range }] of segments.entries()) {
    const [s, e] = range;
    while (pi + 1 < paragraphs.length && paragraphs[pi]!.range[1] <= s) pi++;
    const m = inside(mentions, mi, mentionRange, s, e);
    mi = m.next;
    const t = inside(times, ti, ownRange, s, e);
    ti = t.next;
    const n = inside(numbers, ni, factRange, s, e);
    ni = n.next;
    const w = inside(allWeapons, wi, ownRange, s, e);
    wi = w.next;
    const a = inside(allActions, ai, ownRange, s, e);
    ai = a.next;
    const b = inside(allBare, bi, ownRange, s, e);
    bi = b.next;
    while (qi < quotes.length && quotes[qi]!.sentenceRange[1] <= s) qi++;
    const sentenceQuotes: Quote[] = [];
    for (let j = qi; j < quotes.length && quotes[j]!.sentenceRange[0] < e; j++) {
      const q = quotes[j]!;
      const overlaps = (r: Range) => r[0] < e && s < r[1];
      if (q.sentenceRange[1] > s && (overlaps(q.range) || (q.verb !== undefined && overlaps(q.verb.range)))) sentenceQuotes.push(q);
    }
    const sentence = text.slice(s, e);
    // "has not launched a single drone" counts nothing; "one of the downed drones" names one of a group already counted.
    const figures = n.items.filter(
      (x) => !NEGATED_FIGURE.test(text.slice(Math.max(s, x.fact.range[0] - 30), x.fact.range[0])) && !(PART_OF.test(x.fact.text) && x.fact.cue && x.fact.cue.range[0] < x.fact.range[1]),
    );
    const eventTimes: TimeExpression[] = [];
    const statementTimes: TimeExpression[] = [];
    const spanTimes: TimeExpression[] = [];
    for (const x of t.items) {
      const use = timeUse(text, s, x, sentenceQuotes);
      (use === 'event' ? eventTimes : use === 'statement' ? statementTimes : spanTimes).push(x);
    }
    const weapons = w.items;
    const actions = a.items;
    const strong = actions.some((a) => a.kind !== 'damage' && a.kind !== 'casualty');
    const eventful =
      strong ||
      figures.some((x) => INCIDENT_CATEGORIES.has(x.fact.category)) ||
      (actions.length > 0 && (weapons.length > 0 || actions.some((a) => a.kind === 'casualty'))) ||
      // Concrete damage ("fires burning", "debris") tells of an event; the bare noun "damage" may be abstract.
      actions.some((a) => a.kind === 'damage' && !/^damag/iu.test(a.text));
    const speakerRanges = sentenceQuotes.flatMap((q) => (q.speaker.range && q.speaker.range[0] >= s && q.speaker.range[1] <= e ? [q.speaker.range] : []));
    const modal = claim.hedges.some((h) => (h.kind === 'modal' || h.kind === 'conditional') && h.range[0] < e && s < h.range[1]);
    const planned = plannedMood(sentence);
    const paragraph = paragraphs[pi];
    const heading = !/[.!?…"”’»)]\s*$/u.test(sentence) && sentence.length < 160 && (!paragraph || (paragraph.range[0] >= s - 1 && paragraph.range[1] <= e + 1));
    out.push({
      index,
      range,
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
      mentions: m.items,
      places: planned ? [] : placeCandidates(text, s, e, m.items, lex, speakerRanges),
      ...(b.items[0] ? { bare: b.items[0] } : {}),
      eventful,
      usable: USABLE.has(claim.kind) && !modal && !planned,
      hedged: modal,
      conditional: claim.hedges.some((h) => h.kind === 'conditional' && h.range[0] < e && s < h.range[1]),
      doubtful: claim.hedges.some((h) => (h.kind === 'modal' || h.kind === 'conditional') && !/^would$/iu.test(h.text) && h.range[0] < e && s < h.range[1]),
      habitual: HABITUAL.test(sentence),
      planned,
    });
  }
  return out;
}
