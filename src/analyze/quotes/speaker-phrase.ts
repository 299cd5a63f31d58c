import type { Range } from '../../model/span.js';
import { COUNTRY_NAMES } from './country-names.js';
import {
  ANONYMOUS_HEADS,
  HONORIFICS,
  INSTITUTION_HEADS,
  METONYMS,
  NOT_NAME_WORDS,
  ROLE_HEADS,
  SPEAKER_PRONOUNS,
  SUBJECT_STRIP,
  TITLE_WORDS,
} from './lexicon.js';
import { isAllCaps, isCapitalized, LEX_CAPITALIZED, type Token } from './tokens.js';

/** What a phrase in speaker position says about who speaks, before any resolution. */
export type PhraseReading =
  | { kind: 'named'; name: Range; role?: Range; phrase: Range }
  | { kind: 'institution'; name: Range; phrase: Range }
  | { kind: 'anonymous'; description: Range; plural: boolean; phrase: Range }
  | { kind: 'pronoun'; pronoun: string; phrase: Range }
  | { kind: 'role'; head: string; description: Range; phrase: Range };

/** Lower-case particles that may sit inside a name ("Osama bin Laden", "Ursula von der Leyen"). */
const NAME_PARTICLES = new Set(['bin', 'al', 'van', 'von', 'de', 'da', 'der', 'den', 'ibn', 'la', 'le', 'di', 'du', 'dos', 'del']);

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);
const DEFINITE = new Set(['the', 'this', 'that', 'his', 'her', 'its', 'their', 'our']);

/** Words that end the core of a phrase and start what modifies it ("official who …", "fellow at …"). */
const POST_MODIFIERS = new Set([
  'who', 'whom', 'whose', 'which', 'that', 'at', 'of', 'for', 'in', 'from', 'with', 'on', 'to', 'now', 'based',
  'speaking', 'familiar', 'close', 'involved', 'working', 'tracking', 'monitoring', 'near', 'inside', 'within',
  'and', 'or', 'than', 'by',
]);

/** A capitalised word that can be part of a person's name. */
export function isNameWord(t: Token): boolean {
  if ((t.marks & LEX_CAPITALIZED) === 0) return false;
  if (NOT_NAME_WORDS.has(t.lower) || TITLE_WORDS.has(t.lower) || INSTITUTION_HEADS.has(t.lower)) return false;
  if (METONYMS.has(t.lower) || COUNTRY_NAMES.has(t.lower)) return false;
  // Headline capitals ("PUTIN SIGNALS") are not names we can trust; initials ("V.") are.
  if (isAllCaps(t.word) && !/^\p{Lu}\.$/u.test(t.word)) return false;
  return true;
}

function span(tokens: readonly Token[], a: number, b: number, possessiveCut = true): Range {
  const last = tokens[b - 1]!;
  return [tokens[a]!.start, possessiveCut ? last.baseEnd : last.end];
}

function isPlural(word: string): boolean {
  return /s$/.test(word) && !/(ss|us|is)$/.test(word);
}

/** Splits tokens into comma-separated parts ([a, b) index pairs), never across a hard break. */
function commaParts(tokens: readonly Token[]): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  let a = 0;
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i]!.gap !== 'none') {
      parts.push([a, i]);
      a = i;
    }
  }
  parts.push([a, tokens.length]);
  return parts;
}

/** A run of name words only, 1 to 5 of them (particles allowed inside). */
function isPureName(tokens: readonly Token[], a: number, b: number): boolean {
  if (b - a < 1 || b - a > 5) return false;
  for (let i = a; i < b; i++) {
    const t = tokens[i]!;
    if (isNameWord(t)) continue;
    if (i > a && i < b - 1 && NAME_PARTICLES.has(t.word)) continue;
    return false;
  }
  return true;
}

/**
 * Reads a phrase in speaker position — the subject of "said", the phrase after "said", what follows
 * "according to" — as a named person, an institution, an anonymous source, a pronoun or a definite
 * role ("the Kremlin chief") to resolve later. Returns null for phrases that are not speakers
 * ("Videos posted online", "the Russian capital"), which is how false attributions are kept out.
 */
export function readSpeakerPhrase(text: string, tokens: readonly Token[]): PhraseReading | null {
  let start = 0;
  while (start < tokens.length && SUBJECT_STRIP.has(tokens[start]!.lower)) start++;
  const toks = tokens.slice(start);
  if (toks.length === 0 || toks.length > 30) return null;
  const phrase: Range = [toks[0]!.start, toks[toks.length - 1]!.end];

  if (toks.length === 1 && SPEAKER_PRONOUNS.has(toks[0]!.lower) && !toks[0]!.possessive) {
    return { kind: 'pronoun', pronoun: toks[0]!.lower, phrase };
  }

  const parts = commaParts(toks);
  if (parts.length >= 2) {
    const [a0, b0] = parts[0]!;
    const [a1, b1] = parts[1]!;
    // "an adviser to President Volodymyr Zelenskyy, Mykhailo Podoliak"
    if (isPureName(toks, a1, b1) && !isCapitalized(toks[a0]!.word)) {
      return { kind: 'named', name: span(toks, a1, b1), role: span(toks, a0, b0, false), phrase };
    }
    const first = readSingle(text, toks.slice(a0, b0));
    // "Michael Kofman, a senior fellow at …": the appositive is the role.
    if (first && first.kind === 'named' && first.role === undefined && DETERMINERS.has(toks[a1]!.lower)) {
      const last = parts[parts.length - 1]!;
      return { ...first, role: [toks[a1]!.start, toks[last[1] - 1]!.end], phrase };
    }
    if (first && first.kind === 'anonymous') {
      // Keep the whole description: "a former official, who asked not to be named".
      return { ...first, description: phrase, phrase };
    }
    return first ? { ...first, phrase } : null;
  }
  const single = readSingle(text, toks);
  return single;
}

function readSingle(text: string, toks: readonly Token[]): PhraseReading | null {
  if (toks.length === 0) return null;
  const phrase: Range = [toks[0]!.start, toks[toks.length - 1]!.end];
  // The core runs to the first post-modifier, except inside a capitalised name ("Ministry of Defence").
  let k = 0;
  while (k < toks.length) {
    const t = toks[k]!;
    if (k > 0 && POST_MODIFIERS.has(t.word)) {
      const prev = toks[k - 1]!;
      const next = toks[k + 1];
      const insideName = (t.word === 'of' || t.word === 'for') && isCapitalized(prev.word) && next !== undefined && isCapitalized(next.word);
      if (!insideName) break;
    }
    k++;
  }
  if (k === 0) return null;
  const head = toks[k - 1]!;
  const det = toks[0]!.lower;
  const hasDet = DETERMINERS.has(det);
  const coreStart = hasDet ? 1 : 0;
  if (coreStart >= k) return null;

  if (INSTITUTION_HEADS.has(head.lower) && !(head.lower === 'press' && k < toks.length)) {
    if (head.lower === 'staff' && !isCapitalized(head.word)) return null;
    const nameStart = det === 'the' ? 1 : 0;
    // "The leadership in Kiev" keeps its place; "the ministry, which …" stops at the relative clause.
    const stop = k < toks.length && /^(who|whom|whose|which|that)$/.test(toks[k]!.word) ? k : toks.length;
    return { kind: 'institution', name: span(toks, nameStart, stop), phrase };
  }

  // A capital only because the phrase opens the sentence ("Analysts say", "Others point out") is no name.
  const sentenceCase = k - coreStart === 1 && isCapitalized(head.word) && !isAllCaps(head.word) && (ANONYMOUS_HEADS.has(head.lower) || ROLE_HEADS.has(head.lower));
  if (!isCapitalized(head.word) || sentenceCase) {
    const singular = !isPlural(head.lower);
    if (ROLE_HEADS.has(head.lower) && singular && (DEFINITE.has(det) || toks[0]!.possessive) && k === toks.length) {
      return { kind: 'role', head: head.lower, description: phrase, phrase };
    }
    if (ANONYMOUS_HEADS.has(head.lower)) {
      // "Some experts", "Others": plural and quantified groups are anonymous; bare singular nouns are not speakers.
      if (singular && !hasDet && k === 1 && !['others', 'some', 'many', 'several'].includes(head.lower)) return null;
      return { kind: 'anonymous', description: phrase, plural: !singular || head.lower === 'people', phrase };
    }
    return null;
  }

  // A capitalised head: a title and a name, a state speaking, or a bare name.
  let lastTitle = -1;
  for (let i = coreStart; i < k; i++) if (TITLE_WORDS.has(toks[i]!.lower) && !isNameWord(toks[i]!)) lastTitle = i;
  if (lastTitle >= 0 && lastTitle < k - 1 && isPureName(toks, lastTitle + 1, k)) {
    const titleIsHonorific = lastTitle === coreStart && HONORIFICS.has(toks[lastTitle]!.lower);
    const role = titleIsHonorific ? undefined : span(toks, coreStart, lastTitle + 1, false);
    return role ? { kind: 'named', name: span(toks, lastTitle + 1, k), role, phrase } : { kind: 'named', name: span(toks, lastTitle + 1, k), phrase };
  }
  // A lower-case description before a name: "local resident Oleg Marr", "the Ukrainian president Volodymyr Zelensky".
  let run = k;
  while (run > coreStart && isNameWord(toks[run - 1]!)) run--;
  if (run > coreStart && run < k && !isCapitalized(toks[run - 1]!.word) && isPureName(toks, run, k)) {
    const before = toks[run - 1]!.lower;
    if (k - run >= 2 || ANONYMOUS_HEADS.has(before) || ROLE_HEADS.has(before)) {
      return { kind: 'named', name: span(toks, run, k), role: span(toks, coreStart, run, false), phrase };
    }
  }
  const coreText = text.slice(toks[coreStart]!.start, head.baseEnd).toLowerCase();
  if (METONYMS.has(coreText) || COUNTRY_NAMES.has(coreText) || (k - coreStart === 1 && isAllCaps(head.word) && head.word.length <= 6)) {
    return { kind: 'institution', name: span(toks, coreStart, k), phrase };
  }
  if (isPureName(toks, coreStart, k) && !(hasDet && det === 'the')) {
    return { kind: 'named', name: span(toks, coreStart, k), phrase };
  }
  if (hasDet && det === 'the' && toks.slice(coreStart, k).every((t) => isCapitalized(t.word))) {
    return { kind: 'institution', name: span(toks, coreStart, k), phrase };
  }
  return null;
}
