import type { Range } from '../../model/span.js';
import {
  ADJUNCT_OPENERS,
  ANONYMOUS_HEADS,
  INSTITUTION_HEADS,
  BETWEEN_SUBJECT_AND_VERB,
  CHANNEL_WORDS,
  CLAUSE_OPENERS,
  PARTICLE_VERBS,
  PLATFORM_WORDS,
  REPORTING_VERBS,
  type ReportingVerb,
} from './lexicon.js';
import { readSpeakerPhrase, type PhraseReading } from './speaker-phrase.js';
import { isCapitalized, LEX_CAPITALIZED, LEX_VERB, type Token } from './tokens.js';

/** Who said it and how, as read from the words around a quote or inside a sentence. */
export interface Attribution {
  reading: PhraseReading;
  verb?: { lemma: string; range: Range };
  /** Reported words (indirect and mixed speech); absent for a direct quote's tag. */
  content?: Range;
  /** "according to his ministry", "on his Telegram channel". */
  via?: Range;
  /** The words the attribution itself takes up (subject, verb, via), to keep other readings off them. */
  span: Range;
}

/** Subjects longer than this are clauses, not speakers; it also keeps the backward walk bounded. */
const MAX_SUBJECT_TOKENS = 24;
const MAX_PHRASE_TOKENS = 25;

const BE = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', "'s", 'get', 'got']);
const ADDRESSEES = new Set(['reporters', 'journalists', 'him', 'her', 'them', 'us', 'me', 'lawmakers', 'parliament', 'deputies', 'officials', 'students', 'supporters', 'troops', 'soldiers', 'residents', 'listeners', 'viewers', 'state', 'local', 'the', 'a', 'an', 'his', 'her', 'their']);
/** After a comma these words end a speaker phrase: "…,” said X, adding that …". */
const PHRASE_ENDERS = new Set(['adding', 'while', 'saying', 'noting', 'in', 'at', 'on', 'during', 'after', 'before', 'speaking', 'referring', 'according', 'citing', 'writing', 'as', 'and', 'but', 'though', 'although']);
const LY = /^[a-z]{3,}ly$/;

/** The reporting verb at token `i`, if the word is one and reads as a verb there. */
export function verbAt(tokens: readonly Token[], i: number): (ReportingVerb & { end: number }) | null {
  const t = tokens[i]!;
  // One look-up turns away the words that are no verb at all (nearly all of them).
  if ((t.marks & LEX_VERB) === 0 || (t.marks & LEX_CAPITALIZED) !== 0) return null;
  const particle = PARTICLE_VERBS.get(t.lower);
  if (particle) {
    const next = tokens[i + 1];
    if (next && next.lower === particle && next.gap === 'none') return { lemma: 'point out', frame: 'clause', end: i + 2 };
    return null;
  }
  const v = REPORTING_VERBS.get(t.lower);
  if (!v) return null;
  const prev = tokens[i - 1];
  if (prev && prev.gap !== 'hard') {
    // Passive ("was told", "is said to") and infinitive ("to say") are not attributions.
    if (BE.has(prev.lower) || prev.lower === 'to' || prev.lower === 'the' || prev.lower === 'a') return null;
  }
  if (v.lemma === 'speak') {
    const next = tokens[i + 1];
    if (!next || !['of', 'about'].includes(next.lower) || next.gap !== 'none') return null;
    return { ...v, end: i + 2 };
  }
  if (v.lemma === 'hint') {
    const next = tokens[i + 1];
    if (!next || next.lower !== 'at' || next.gap !== 'none') return null;
    return { ...v, end: i + 2 };
  }
  return { ...v, end: i + 1 };
}

function isAdverbish(t: Token): boolean {
  return BETWEEN_SUBJECT_AND_VERB.has(t.lower) || LY.test(t.lower);
}

/**
 * The subject of the verb at `v`, walking back over adverbs and comma-separated parentheticals
 * ("Putin, during an official ceremony, warned" → "Putin"; "Michael Kofman, a senior fellow, said"
 * → name plus appositive). Returns token indices `[a, b)` or null; never looks before `min`.
 */
export function subjectBefore(tokens: readonly Token[], v: number, min: number): { a: number; b: number; commaBefore: boolean } | null {
  let end = v;
  // "has also said", "later confirmed": skip what stands between subject and verb.
  while (end - 1 >= min && tokens[end]!.gap === 'none' && isAdverbish(tokens[end - 1]!)) end--;
  const parts: Array<[number, number]> = [];
  let partEnd = end;
  let capped = false;
  let k = end - 1;
  for (; k >= min; k--) {
    if (end - k > MAX_SUBJECT_TOKENS) {
      capped = true;
      break;
    }
    const t = tokens[k]!;
    // The gap after t decides whether t still belongs to the clause being read.
    const gapAfter = tokens[k + 1]!.gap;
    if (gapAfter === 'hard') break;
    if (gapAfter === 'comma') {
      parts.push([k + 1, partEnd]);
      partEnd = k + 1;
      if (parts.length >= 3) break;
    }
    // A capitalised opener counts only where it opens the stretch being read ("While local authorities reported").
    if (CLAUSE_OPENERS.has(t.lower) && (t.word === t.lower || k === min)) {
      // "officials and analysts say": a coordinated subject, not a new clause.
      const prev = tokens[k - 1];
      const joinsNouns = (t.word === 'and' || t.word === 'or') && prev !== undefined && t.gap === 'none' && (ANONYMOUS_HEADS.has(prev.lower) || INSTITUTION_HEADS.has(prev.lower) || isCapitalized(prev.word));
      if (!joinsNouns) break;
    }
  }
  if (capped && parts.length === 0) return null;
  parts.push([k + 1, partEnd]);
  const [a0, b0] = parts[0]!;
  if (b0 > a0) {
    // The part right before the verb is the subject; a comma before it marks a trailing or parenthetical tag.
    const commaBefore = tokens[a0]!.gap === 'comma' && a0 > min;
    return { a: a0, b: b0, commaBefore };
  }
  // A comma right before the verb: skip adverbial parts, keep a name with its appositive.
  for (let p = 1; p < parts.length; p++) {
    const [a, b] = parts[p]!;
    if (b <= a) continue;
    if (ADJUNCT_OPENERS.has(tokens[a]!.lower)) continue;
    const further = parts[p + 1];
    if (['a', 'an', 'the'].includes(tokens[a]!.lower) && further && further[1] > further[0] && isCapitalized(tokens[further[0]]!.word)) {
      return { a: further[0], b, commaBefore: false };
    }
    return { a, b, commaBefore: false };
  }
  return null;
}

/** "on his Telegram channel", "in a statement", "at a press conference" among tokens `[from, to)`. */
export function findVia(tokens: readonly Token[], from: number, to: number, accordingTo = true): Range | undefined {
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (accordingTo && t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      let j = i + 2;
      while (j < to && j - i < 10 && (j === i + 2 || tokens[j]!.gap === 'none')) j++;
      if (j > i + 2) return [t.start, tokens[j - 1]!.end];
      continue;
    }
    if (!['on', 'in', 'via', 'through', 'at', 'during', 'onto'].includes(t.lower) || isCapitalized(t.word) && i > from) continue;
    for (let j = i + 1; j < to && j <= i + 5 && tokens[j]!.gap === 'none'; j++) {
      const w = tokens[j]!;
      if (CHANNEL_WORDS.has(w.lower) && (w.lower !== 'x' || w.word === 'X')) {
        // A lone common noun needs a determiner ("in a statement"); a platform stands alone ("on Telegram").
        if (j === i + 1 && !PLATFORM_WORDS.has(w.lower)) break;
        let e = j;
        while (e + 1 < to && tokens[e + 1]!.gap === 'none' && CHANNEL_WORDS.has(tokens[e + 1]!.lower)) e++;
        return [t.start, tokens[e]!.end];
      }
      if (['with', 'from', 'of', 'to', 'by', 'and'].includes(w.lower)) break;
    }
  }
  return undefined;
}

/**
 * The tag after a direct quote: `…,” Shoigu said, according to his ministry.` /
 * `…,” said a senior European official.` / `…,” he added sardonically.` Tokens are those of the
 * stretch between the closing mark and the end of the sentence (or the next quote).
 */
export function readAfterQuote(text: string, tokens: readonly Token[]): Attribution | null {
  if (tokens.length === 0) return null;
  // Verb first: "said X", "promised the Kremlin chief".
  let v0 = 0;
  if (tokens.length > 1 && LY.test(tokens[0]!.lower) && !REPORTING_VERBS.has(tokens[0]!.lower)) v0 = 1;
  const first = verbAt(tokens, v0);
  if (first && tokens[first.end]) {
    let j = first.end;
    while (j < tokens.length && j - first.end < MAX_PHRASE_TOKENS) {
      const t = tokens[j]!;
      if (j > first.end && t.gap === 'hard') break;
      if (t.lower === 'according' || (j > first.end && t.gap === 'comma' && PHRASE_ENDERS.has(t.lower))) break;
      j++;
    }
    const phrase = tokens.slice(first.end, j);
    const reading = readSpeakerPhrase(text, phrase);
    if (reading && reading.kind !== 'pronoun') {
      const via = findVia(tokens, j, tokens.length);
      return { reading, verb: { lemma: first.lemma, range: [tokens[v0]!.start, tokens[first.end - 1]!.end] }, ...(via ? { via } : {}), span: [tokens[0]!.start, (via ?? [0, tokens[j - 1]!.end])[1]] };
    }
  }
  // Subject first: "Shoigu said", "the Russian military said", "he says".
  for (let i = 1; i < tokens.length && i <= 12; i++) {
    if (tokens[i]!.gap === 'hard') break;
    const v = verbAt(tokens, i);
    if (!v) continue;
    const subject = subjectBefore(tokens, i, 0);
    if (!subject || subject.a !== 0) return null;
    const reading = readSpeakerPhrase(text, tokens.slice(subject.a, subject.b));
    if (!reading) return null;
    const via = findVia(tokens, v.end, tokens.length);
    const lastUsed = via ? via[1] : tokens[v.end - 1]!.end;
    return { reading, verb: { lemma: v.lemma, range: [tokens[i]!.start, tokens[v.end - 1]!.end] }, ...(via ? { via } : {}), span: [tokens[0]!.start, lastUsed] };
  }
  return null;
}

/**
 * The tag before a direct quote: `Putin, during an official ceremony, warned, "…"` / `He told
 * reporters: “…”`. `tokens` run from the sentence start (or the previous quote) to the opening mark.
 */
export function readBeforeQuote(text: string, tokens: readonly Token[]): Attribution | null {
  const n = tokens.length;
  if (n === 0) return null;
  for (let i = n - 1; i >= 0 && i >= n - 12; i--) {
    const v = verbAt(tokens, i);
    if (!v) {
      if (tokens[i]!.gap === 'hard' && i < n - 1) return null;
      continue;
    }
    const subject = subjectBefore(tokens, i, 0);
    if (!subject) return null;
    const reading = readSpeakerPhrase(text, tokens.slice(subject.a, subject.b));
    if (!reading) return null;
    const via = findVia(tokens, v.end, n) ?? findVia(tokens, subject.b, i) ?? findVia(tokens, 0, subject.a);
    return { reading, verb: { lemma: v.lemma, range: [tokens[i]!.start, tokens[v.end - 1]!.end] }, ...(via ? { via } : {}), span: [tokens[subject.a]!.start, tokens[n - 1]!.end] };
  }
  return null;
}

/** Where reported words start after a verb: past adverbs, an addressee and "that". */
function contentStart(tokens: readonly Token[], v: ReportingVerb & { end: number }, limit: number): number {
  let j = v.end;
  while (j < limit && tokens[j]!.gap === 'none' && LY.test(tokens[j]!.lower)) j++;
  if (v.frame === 'addressee') {
    // "told reporters that …", "told the BBC: …"
    let k = j;
    while (k < limit && k - j < 6 && tokens[k]!.lower !== 'that' && tokens[k]!.gap === 'none') k++;
    if (k < limit && (tokens[k]!.lower === 'that' || tokens[k]!.gap !== 'none')) j = k;
    else if (j < limit && (ADDRESSEES.has(tokens[j]!.lower) || isCapitalized(tokens[j]!.word))) j++;
  }
  if (j < limit && PREPOSITIONS.has(tokens[j]!.lower)) {
    // "said in a statement that …": the reported words start after "that".
    for (let k = j + 1; k < limit && k - j <= 8 && tokens[k]!.gap !== 'hard'; k++) {
      if (tokens[k]!.lower === 'that') return k + 1;
    }
    // "Videos posted to social media …": a participle, not a report.
    if (PARTICIPLE_LIKE.has(v.lemma)) return limit;
  }
  if (j < limit && tokens[j]!.lower === 'that' && tokens[j]!.gap !== 'hard') j++;
  return j;
}

const PREPOSITIONS = new Set(['to', 'on', 'in', 'at', 'by', 'from', 'with', 'for', 'over', 'into', 'onto', 'across', 'under', 'through', 'via', 'during', 'after', 'before']);
/** Verbs whose past form reads as often as a participle ("posted", "reported", "called"). */
const PARTICIPLE_LIKE = new Set(['post', 'report', 'write', 'tweet', 'call', 'describe', 'estimate', 'state', 'note', 'announce', 'confirm', 'claim', 'deny', 'blame', 'accuse', 'reject', 'dismiss']);

/**
 * Reported speech inside one sentence: "X said (that) …", "According to X, …", "…, X said.",
 * "The significance, analysts say, is …". `blocked` spans (direct quotes and their tags) are
 * neither read as attributions nor taken into content. Each verb is looked at once and a found
 * content claims the words it covers, so a sentence costs time linear in its length.
 */
export function readReportedSpeech(
  text: string,
  tokens: readonly Token[],
  sentence: Range,
  blocked: readonly Range[],
  isKnownName: (word: string) => boolean = () => false,
): Attribution[] {
  const out: Attribution[] = [];
  let claimedUntil = -1;
  let b = 0;
  // First token after the last blocked span: subjects and content never reach back past it.
  let min = 0;
  const sentenceEnd = trimEnd(text, sentence[0], sentence[1]);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (b < blocked.length && blocked[b]![1] <= t.start) b++;
    if (b < blocked.length && blocked[b]![0] <= t.start) {
      min = i + 1;
      continue;
    }
    if (t.start < claimedUntil) continue;
    const limitPos = Math.min(sentenceEnd, blocked[b]?.[0] ?? Infinity);

    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to' && tokens[i + 1]!.gap === 'none') {
      const found = readAccordingTo(text, tokens, i, min, limitPos);
      if (found) {
        out.push(found);
        claimedUntil = Math.max(found.span[1], found.content![1]);
      }
      continue;
    }
    if ((t.marks & LEX_VERB) === 0) continue; // no verb (verbAt would say so, at a call's cost)
    const v = verbAt(tokens, i);
    if (!v) continue;
    const subject = subjectBefore(tokens, i, min);
    if (!subject) continue;
    const reading = readSpeakerPhrase(text, tokens.slice(subject.a, subject.b));
    if (!reading) continue;
    if (reading.kind === 'named' && subject.a === 0 && subject.b === 1 && !isKnownName(t0(tokens).lower)) {
      // A lone capitalised word opening the sentence, never seen as a name: "Videos posted online …".
      if (PARTICIPLE_LIKE.has(v.lemma) || /[^s]s$/.test(t0(tokens).lower)) continue;
    }
    const verb = { lemma: v.lemma, range: [t.start, tokens[v.end - 1]!.end] as Range };
    let limit = v.end;
    while (limit < tokens.length && tokens[limit]!.start < limitPos) limit++;
    const subordinate = subject.a > 0 && /^(while|although|though|whereas|as|because|since|when|if)$/i.test(tokens[subject.a - 1]!.word);
    const after = v.end < limit ? tokens[v.end] : undefined;
    const afterIsTagTail = after !== undefined && (after.gap !== 'none' || TAG_TAIL.has(after.lower));
    let content: Range | undefined;
    if (subject.commaBefore && (after === undefined || afterIsTagTail) && !subordinate) {
      if (after !== undefined && after.gap === 'comma' && !TAG_TAIL.has(after.lower)) {
        // "The significance, analysts say, is less about …": the tag sits inside the statement.
        content = [tokens[min]?.start ?? sentence[0], limitPos];
      } else {
        // "Two drones were downed, the ministry said.": the statement comes first.
        const from = tokens[min]!.start;
        const end = trimEnd(text, from, tokens[subject.a]!.start);
        if (end > from) content = [from, end];
      }
    } else {
      const cs = contentStart(tokens, v, limit);
      if (cs < limit) {
        let endPos = limitPos;
        if (subordinate) {
          for (let k = cs + 1; k < limit; k++) {
            if (tokens[k]!.gap === 'comma') {
              endPos = tokens[k]!.start;
              break;
            }
          }
        }
        content = [tokens[cs]!.start, trimEnd(text, tokens[cs]!.start, endPos)];
      }
    }
    if (!content || content[1] <= content[0]) continue;
    const via = findVia(tokens, subject.b, limit) ?? findVia(tokens, min, subject.a);
    out.push({ reading, verb, content, ...(via ? { via } : {}), span: [tokens[subject.a]!.start, verb.range[1]] });
    claimedUntil = Math.max(content[1], verb.range[1]);
  }
  return out;
}

function t0(tokens: readonly Token[]): Token {
  return tokens[0]!;
}

/** Words that, right after "said", show the tag is over: "…, the ministry said on Tuesday." */
const TAG_TAIL = new Set(['in', 'on', 'at', 'late', 'later', 'earlier', 'last', 'this', 'citing', 'during', 'after', 'via', 'through', 'according', 'yesterday', 'today', 'tonight']);

/** "According to X, …" / "…, according to X." / "In Kyiv, according to X, …". */
function readAccordingTo(text: string, tokens: readonly Token[], i: number, min: number, limitPos: number): Attribution | null {
  let j = i + 2;
  while (j < tokens.length && j - i - 2 < MAX_PHRASE_TOKENS && tokens[j]!.start < limitPos && (j === i + 2 || tokens[j]!.gap === 'none')) j++;
  if (j === i + 2) return null;
  const reading = readSpeakerPhrase(text, tokens.slice(i + 2, j));
  if (!reading || reading.kind === 'pronoun') return null;
  const verb = { lemma: 'according to', range: [tokens[i]!.start, tokens[i + 1]!.end] as Range };
  const more = j < tokens.length && tokens[j]!.start < limitPos;
  let content: Range | undefined;
  if (i === min) {
    if (!more) return null;
    const from = tokens[j]!.start;
    content = [from, trimEnd(text, from, limitPos)];
  } else {
    const from = tokens[min]!.start;
    content = more ? [from, trimEnd(text, from, limitPos)] : [from, trimEnd(text, from, tokens[i]!.start)];
  }
  if (content[1] <= content[0]) return null;
  return { reading, verb, content, span: [tokens[i]!.start, tokens[j - 1]!.end] };
}

/** `end` moved back over spaces and the sentence's closing punctuation. */
export function trimEnd(text: string, from: number, end: number): number {
  while (end > from && /[\s.,;:!?…—–\-]/.test(text[end - 1]!)) end--;
  return end;
}
