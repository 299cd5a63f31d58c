/**
 * Who did it and who says so. Reads, in one sentence: the attacker as the words name it ("a
 * deliberate attack by the Dorvanian regime", "Russia bombed", "launched from Dorvanian
 * territory", "attributed to Ukraine", "a Ukrainian operation"), whether that is a claim, a blame
 * or a denial and on whose word; and the statements the quotes make about the incident.
 */
import type { Range } from '../../model/span.js';
import type { Entity } from '../entities/entity-types.js';
import type { Quote } from '../quotes/quote-types.js';
import type { Hedge } from '../claims/claim-types.js';
import { statementAct, type Cue, type StatementAct } from './incident-cues.js';
import { sideOf, type Side } from './incident-sides.js';
import type { FlatMention } from './incident-places.js';
import { caseless } from '../text/fast-caseless.js';
import { isWordCode, Literal, scanAll, SentenceMatches, Starts, type ScanMatch } from './sentence-matches.js';

/** An attacker as one sentence names it. */
export interface AttackerReading {
  side: Side;
  stance: 'claimed' | 'blamed' | 'denied';
  /** Who says so; undefined for the report's own voice. */
  by?: string;
  bySide?: Side;
  hedged: boolean;
  range: Range;
}

/** A statement one sentence carries. */
export interface StatementReading {
  who: string;
  act: StatementAct;
  speakerKind?: 'named' | 'institution' | 'anonymous';
  verb?: string;
  quoteId?: string;
  via?: string;
  /** The side of the speaker, or for a denial the side it clears. */
  side?: Side;
  /** Where the statement sits: the quote's words and its verb, or the bare cue. */
  range: Range;
}

/** What a sentence needs to be read for attribution. */
export interface AttributionInput {
  text: string;
  range: Range;
  quotes: readonly Quote[];
  mentions: readonly FlatMention[];
  hedges: readonly Hedge[];
  /** The sentence's first bare statement cue, found by the caller. */
  bare?: Cue<StatementAct>;
  /** The report's scans for attribution words (made for the text when absent). */
  scan?: AttributionScan;
}

const ATTACK_VERB_SOURCE = /\b(launched|fired|attacked|bombed|struck|shelled|committed|carried out|targeted|sent|staged|is staging|are staging|was staging)\b/giu;
const ATTACK_VERB = caseless(ATTACK_VERB_SOURCE);
/** The attack-verb pattern: its fast twin, itself (for texts holding ſ or K), and the words its matches start with. */
export const ATTACK_VERB_SCAN = {
  re: ATTACK_VERB.for(''),
  exact: ATTACK_VERB_SOURCE,
  prefixes: ['launched', 'fired', 'attacked', 'bombed', 'struck', 'shelled', 'committed', 'carried out', 'targeted', 'sent', 'staged', 'is staging', 'are staging', 'was staging'],
};
const AGENT = /\b(?:attacks?|strikes?|assaults?|raids?|operations?|bombardment|shelling|launched|fired|carried out|committed|perpetrated|sent|staged)\b[^.;!?]{0,40}?\bby\s+((?:what (?:it|he|she|they) called\s+)?[“"]?(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+[\p{L}’'-]+){0,2})/gu;
const BLAME = /\b(?:blamed|blames|blame on|blame|accused|accuses|accuse|attributed to|attributes to|responsible)\s+((?:what (?:it|he|she|they) called\s+)?(?:(?:neighbou?ring|hostile|enemy|it on|them on|the attack on|the strike on)\s+)?[“"]?(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+[\p{L}’'-]+){0,2})/gu;
const ORIGIN = /\bfrom\s+(the\s+direction\s+of\s+)?(?:the\s+)?(\p{Lu}[\p{L}’'-]*)(?:['’]s)?\s+(?:territory|border|side|soil|positions|direction|airspace)\b/gu;
const LAUNCHED_FROM = /\b(?:launched|fired|sent|flew|came)\s+(?:[\p{L}-]+\s+){0,4}?from\s+(?:the\s+)?(\p{Lu}[\p{L}’'-]*)\b(?!\s+(?:territory|border|side|soil|positions|direction|airspace)\b)/gu;
const DEMONYM_DEED = /\b(\p{Lu}[\p{L}]+(?:ian|ean|ese|ish|i)|\p{Lu}[\p{L}]+['’]s)\s+(?:(?:drone|missile|rocket|military)\s+)?(operation|strike|attack|drones|drone|missiles|missile|rockets|regime|offensive|shelling)\b/gu;
/**
 * Words the BLAME and DEMONYM_DEED patterns need, where a word starts: the blame verb, and the
 * deed noun after the white space that follows the demonym. A sentence holding none is not read
 * with those patterns.
 */
export const BLAME_WORD = /\b(?:blam|accus|attribut|responsib)/g;
export const BLAME_WORD_TRIGGERS = ['blam', 'accus', 'attribut', 'responsib'];
export const DEED_WORD = /\b(?:operation|strike|attack|drone|missile|rocket|regime|offensive|shelling)/g;
export const DEED_WORD_TRIGGERS = ['operation', 'strike', 'attack', 'drone', 'missile', 'rocket', 'regime', 'offensive', 'shelling'];

/**
 * What gates the attribution patterns, found once in the whole report: sentences then skip every
 * pattern whose words they do not hold, and attack verbs are handed out rather than searched for.
 */
export class AttributionScan {
  readonly attackVerbs: SentenceMatches;
  readonly blameWords: Starts;
  readonly deedWords: Starts;
  readonly by: Literal;
  readonly from: Literal;

  /** `found`: the report scan's matches of the attack verbs and the gate words, when already found. */
  constructor(text: string, found?: { attackVerbs: readonly ScanMatch[]; blameWords: readonly ScanMatch[]; deedWords: readonly ScanMatch[] }) {
    this.attackVerbs = new SentenceMatches(ATTACK_VERB.for(text), text, found?.attackVerbs);
    this.blameWords = new Starts(found?.blameWords ?? scanAll(BLAME_WORD, text));
    this.deedWords = new Starts(found?.deedWords ?? scanAll(DEED_WORD, text));
    this.by = new Literal(' by ', text);
    this.from = new Literal('from ', text);
  }
}

const quoteActs = new WeakMap<Quote, StatementAct>();

/** {@link statementAct} of a quote, read once per quote. */
function quoteAct(q: Quote): StatementAct {
  let act = quoteActs.get(q);
  if (act === undefined) {
    act = statementAct(q.verb?.lemma, q.text);
    quoteActs.set(q, act);
  }
  return act;
}
const HEDGE_KINDS = new Set(['reportedly', 'unverified', 'attribution-vague', 'appearance', 'modal', 'conditional']);
const NEGATION = /\b(?:not|never|no longer)\s+(?:\S+\s+){0,1}$|n['’]t\s+$/iu;
const CONTENT_DENIAL_AT = /\b(?:nothing to do with|(?:has|have|had|did|does|do|was|were) (?:not|never) |not (?:involved|responsible)|no (?:involvement|information))/iu;
const CLAUSE_BOUNDARY = /[,;:—–“”"]|\b(?:said|says|told|that|and|but|while|as|when)\b/giu;

function entityAt(mentions: readonly FlatMention[], s: number, e: number): Entity | undefined {
  for (const m of mentions) if (m.mention.range[0] < e && s < m.mention.range[1] && (m.entity.type === 'place' || m.entity.type === 'facility')) return m.entity;
  return undefined;
}

function speakerName(q: Quote): string | undefined {
  const sp = q.speaker;
  if (sp.kind === 'none') return undefined;
  return sp.name ?? sp.description;
}

function speakerSide(q: Quote, mentions: readonly FlatMention[]): Side | undefined {
  const name = speakerName(q);
  if (!name) return undefined;
  const r = q.speaker.range;
  return sideOf(name, r ? entityAt(mentions, r[0], r[1]) : undefined);
}

/** The quote whose words (or attribution) cover an offset of the sentence. */
function quoteAt(quotes: readonly Quote[], at: number): Quote | undefined {
  let best: Quote | undefined;
  for (const q of quotes) {
    if (q.speaker.kind === 'none') continue;
    if (at >= q.range[0] && at < q.range[1]) return q;
    if (!best && at >= q.sentenceRange[0] && at < q.sentenceRange[1]) best = q;
  }
  return best;
}

/** The side named by the last side-bearing words of a stretch before a verb. */
function lastSide(text: string, s: number, e: number, mentions: readonly FlatMention[]): { side: Side; at: number } | undefined {
  const words = /\p{Lu}[\p{L}’'-]*|\b\p{Ll}+(?:ian|ean)\b/gu;
  const stretch = text.slice(s, e);
  let found: { side: Side; at: number } | undefined;
  for (let m = words.exec(stretch); m; m = words.exec(stretch)) {
    const at = s + m.index;
    const side = sideOf(m[0], entityAt(mentions, at, at + m[0].length));
    if (side && !/^(?:This|That|The|It|He|She|They|We|I|On|In|At|By|Every)$/u.test(m[0])) found = { side, at };
  }
  return found;
}

function isHedged(hedges: readonly Hedge[], r: Range): boolean {
  // A modal or a condition weakens what follows it ("could have been launched from …"), not what came before.
  return hedges.some((h) => HEDGE_KINDS.has(h.kind) && r[0] - 120 < h.range[1] && h.range[0] < r[1] + (h.kind === 'modal' || h.kind === 'conditional' ? 0 : 80));
}

/** Reads the attackers one sentence names. */
export function readAttackers(input: AttributionInput): AttackerReading[] {
  const { text, range, quotes, mentions, hedges } = input;
  const scan = input.scan ?? new AttributionScan(text);
  const [from, to] = range;
  let sentence: string | undefined;
  const slice = () => (sentence ??= text.slice(from, to));
  const out: AttackerReading[] = [];
  const add = (side: Side | undefined, at: number, end: number, opts: { negated?: boolean; hedged?: boolean } = {}) => {
    if (!side) return;
    const q = quoteAt(quotes, at);
    const by = q ? speakerName(q) : undefined;
    const bySide = q ? speakerSide(q, mentions) : undefined;
    const denial = q ? quoteAct(q) === 'denies' : false;
    let stance: AttackerReading['stance'] = 'blamed';
    if (opts.negated || (denial && bySide?.key === side.key)) stance = 'denied';
    else if (denial && q?.verb && /^(?:deny|reject|dismiss|refute|rebuff)$/u.test(q.verb.lemma)) stance = 'denied';
    else if (bySide && bySide.key === side.key) stance = 'claimed';
    const r: AttackerReading = { side, stance, hedged: !!opts.hedged || isHedged(hedges, [at, end]), range: [at, end] };
    if (by) r.by = by;
    if (bySide) r.bySide = bySide;
    // One phrase read by two patterns ("blamed what it called “the Dorvanian regime”") counts once, as the first read it.
    if (out.some((o) => o.side.key === side.key && ((o.stance === stance && o.by === by) || (o.range[0] < end && at < o.range[1])))) return;
    out.push(r);
  };
  // Each family of patterns runs only when a cheap literal test says it can match.
  const families: RegExp[] = [];
  if (scan.by.in(from, to)) families.push(AGENT);
  // A sentence cut mid-word has a word start of its own at its first character: read it anyway.
  if (scan.blameWords.any(from, to) || (from > 0 && isWordCode(text.charCodeAt(from - 1)))) families.push(BLAME);
  for (const re of families) {
    const sentence = slice();
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const phrase = m[1]!;
      const s = from + m.index + m[0].length - phrase.length;
      add(sideOf(phrase, entityAt(mentions, s, s + phrase.length)), s, s + phrase.length);
    }
  }
  if (scan.from.in(from, to)) {
    const sentence = slice();
    ORIGIN.lastIndex = 0;
    for (let m = ORIGIN.exec(sentence); m; m = ORIGIN.exec(sentence)) {
      const s = from + m.index + m[0].indexOf(m[2]!);
      add(sideOf(m[2]!, entityAt(mentions, s, s + m[2]!.length)), s, s + m[2]!.length, { hedged: !!m[1] });
    }
    LAUNCHED_FROM.lastIndex = 0;
    for (let m = LAUNCHED_FROM.exec(sentence); m; m = LAUNCHED_FROM.exec(sentence)) {
      const s = from + m.index + m[0].length - m[1]!.length;
      add(sideOf(m[1]!, entityAt(mentions, s, s + m[1]!.length)), s, s + m[1]!.length);
    }
  }
  for (const verb of scan.attackVerbs.in(from, to)) {
    const v = verb.index;
    const verbLength = verb.end - verb.index;
    // The subject: side-bearing words in the clause before the verb (at most 60 characters).
    let s = Math.max(from, v - 60);
    const pre = text.slice(s, v);
    CLAUSE_BOUNDARY.lastIndex = 0;
    for (let b = CLAUSE_BOUNDARY.exec(pre); b; b = CLAUSE_BOUNDARY.exec(pre)) s = Math.max(s, v - pre.length + b.index + b[0].length);
    const subject = lastSide(text, s, v, mentions);
    if (!subject) continue;
    // "Karvelian forces had fired": only auxiliaries and adverbs between subject and verb.
    const gap = text.slice(subject.at, v);
    if (!/^\S+(?:\s+(?:forces|regime|government|military|army|troops|leadership|units|side))?\s+(?:(?:has|have|had|was|were|is|are|did|does|only|also|again|reportedly|allegedly|not|never|already|just|now|then|once|itself)\s+){0,3}$/iu.test(gap)) continue;
    add(subject.side, subject.at, v + verbLength, { negated: NEGATION.test(text.slice(Math.max(subject.at, v - 20), v)) });
  }
  if (scan.deedWords.any(from, to)) {
    const sentence = slice();
    DEMONYM_DEED.lastIndex = 0;
    for (let m = DEMONYM_DEED.exec(sentence); m; m = DEMONYM_DEED.exec(sentence)) {
      const s = from + m.index;
      const word = m[1]!.replace(/['’]s$/u, '');
      add(sideOf(word, entityAt(mentions, s, s + word.length)), s, s + m[0].length);
    }
  }
  return out;
}

/** Reads the statements a sentence carries: its quotes, and bare refusals or denials. */
export function readStatements(input: AttributionInput): StatementReading[] {
  const { text, range, quotes, mentions } = input;
  const out: StatementReading[] = [];
  for (const q of quotes) {
    const who = speakerName(q);
    if (!who) continue;
    const act = quoteAct(q);
    // The quote and its verb, within this sentence (a quote may run on into the next).
    const span: Range = q.verb ? [Math.min(q.range[0], q.verb.range[0]), Math.max(q.range[1], q.verb.range[1])] : q.range;
    const r: StatementReading = { who, act, range: [Math.max(span[0], range[0]), Math.min(span[1], range[1])] };
    if (q.speaker.kind !== 'none') r.speakerKind = q.speaker.kind;
    if (q.verb) r.verb = q.verb.lemma;
    r.quoteId = q.id;
    if (q.via) r.via = q.via.text;
    // A denial clears a side: the one named before its words of denial ("the Ukrainian leadership had
    // nothing to do with it"), else the speaker's ("Dorvania denied that it had sent drones").
    const cue = act === 'denies' ? CONTENT_DENIAL_AT.exec(q.text) : null;
    const named = cue ? lastSide(text, q.range[0], q.range[0] + cue.index, mentions)?.side : undefined;
    const side = named ?? speakerSide(q, mentions);
    if (side) r.side = side;
    out.push(r);
  }
  const [from] = range;
  const bare = input.bare;
  const covers = (q: Quote) => (q.verb && q.verb.range[0] < bare!.range[1] && bare!.range[0] < q.verb.range[1]) || (q.range[0] <= bare!.range[0] && bare!.range[1] <= q.range[1]);
  // A refusal to comment stands even inside a quote's words (quotes run on past a semicolon); other acts count once.
  if (bare && (bare.kind === 'declines' || !quotes.some(covers))) {
    const who = bareSubject(text, from, bare, mentions);
    if (who) {
      const r: StatementReading = { who: who.name, act: bare.kind, range: bare.range };
      if (who.side) r.side = who.side;
      out.push(r);
    }
  }
  return out;
}

/** Who a bare statement is by: "from the Dorvanian government", else the names before the cue. */
function bareSubject(text: string, from: number, bare: { range: Range; text: string }, mentions: readonly FlatMention[]): { name: string; side?: Side } | undefined {
  let name: string | undefined;
  let at = bare.range[0];
  if (/\b(?:from|by)$/iu.test(bare.text)) {
    const m = /^\s+((?:the\s+)?(?:\p{Lu}[\p{L}’'-]*\s*){1,4}(?:government|ministry|authorities|officials)?)/u.exec(text.slice(bare.range[1], bare.range[1] + 80));
    if (m) {
      name = m[1]!.trim();
      at = bare.range[1] + m[0].indexOf(m[1]!);
    }
  }
  if (!name) {
    for (const fm of mentions) {
      const [s, e] = fm.mention.range;
      if (e <= bare.range[0] && s >= from && (fm.entity.type === 'person' || fm.entity.type === 'organisation' || fm.entity.type === 'place')) {
        name = fm.entity.type === 'person' ? fm.entity.canonical : fm.mention.text;
        at = s;
      }
    }
  }
  if (!name) {
    const pre = text.slice(Math.max(from, bare.range[0] - 80), bare.range[0]);
    // "Karvelia has not confirmed or denied": the capitalised words before the cue and its auxiliaries.
    const m = /((?:the\s+)?(?:\p{Lu}[\p{L}’'-]*\s+){1,4})(?:(?:has|have|had|was|were|is|are|still|also|yet|so far)\s+){0,3}$/u.exec(pre);
    if (m) {
      name = m[1]!.trim();
      at = bare.range[0] - (pre.length - m.index);
    }
  }
  if (!name) return undefined;
  const side = sideOf(name, entityAt(mentions, at, at + name.length));
  return side ? { name, side } : { name };
}
