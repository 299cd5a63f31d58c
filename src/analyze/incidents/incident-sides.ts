/**
 * Sides: which country (or party) a phrase speaks for or names. "Kiev regime", "Ukrainian
 * leadership" and "Ukraine" are one side; so are "Dorvanian regime" and "Dorvania" even though no
 * list knows Dorvania (their shared stem decides). Used to tell a claim from a blame, to match a
 * denial to the accusation it answers, and to name attackers the same way across sentences.
 */
import { countryCode, countryName, demonymCountry } from '../places/countries.js';
import type { Entity } from '../entities/entity-types.js';
import { classOfUnit, LETTER } from '../text/char-class.js';

export interface Side {
  /** 'cc:UA' for a known country, 'stem:dorvan' for a party known only by its name. */
  key: string;
  /** How to name it: the country's name, or the noun form the report uses ("Dorvania"). */
  name: string;
}

const WORD = /\p{Lu}[\p{L}’'-]*/gu;
const COUNTRY_LIKE = /^\p{Lu}\p{Ll}{2,}(?:ia|ians?|land|stan|ese|ish)$/u;
const DEMONYM_SUFFIX = /(?:['’]s|ians?|ians['’]|ia|ans?|ese|ish|i)$/u;
/** Capitalised words that open a phrase but name no side. */
const NOT_SIDES = new Set([
  'The', 'A', 'An', 'In', 'On', 'At', 'Its', 'His', 'Her', 'Their', 'President', 'Minister', 'Mayor', 'Governor', 'Colonel', 'General',
  'Defence', 'Defense', 'Foreign', 'Ministry', 'Mr', 'Mrs', 'Ms', 'Dr', 'Western', 'Eastern', 'Northern', 'Southern', 'European', 'Regional',
  'State', 'National', 'Air', 'Armed', 'Forces', 'Military', 'Intelligence', 'Kremlin', 'White', 'House', 'City', 'Hall', 'Council',
]);

/** Stem of a proper name or its adjective: Dorvania, Dorvanian, Dorvania's → "dorvan". */
export function nameStem(word: string): string {
  const bare = word.replace(/['’]s$/u, '');
  const stem = bare.replace(DEMONYM_SUFFIX, '');
  return (stem.length >= 4 ? stem : bare).toLowerCase();
}

/**
 * Reads the side a phrase names. Place entities under `entityAt` (a mention inside the phrase)
 * decide first ("Kiev" → Ukraine), then country names and adjectives, then the stem of the first
 * capitalised word that is not a title.
 */
export function sideOf(phrase: string, entity?: Entity): Side | undefined {
  if (entity?.geo?.country && (entity.type === 'place' || entity.type === 'facility')) return countrySide(entity.geo.country);
  // A report asks about the same few phrases (speakers, country words) sentence after sentence.
  let side = phraseSides.get(phrase);
  if (side === undefined) {
    if (phraseSides.size >= MEMO_LIMIT) phraseSides.clear();
    side = readSide(phrase) ?? null;
    phraseSides.set(phrase, side);
  }
  return side ?? undefined;
}

const MEMO_LIMIT = 4096;
const phraseSides = new Map<string, Side | null>();
const countrySides = new Map<string, Side>();

/**
 * Forgets the sides read so far. Called before each report: a places file loaded between reports
 * may change what a name stands for, and the memo stays small.
 */
export function forgetSides(): void {
  phraseSides.clear();
  countrySides.clear();
}

function readSide(phrase: string): Side | undefined {
  WORD.lastIndex = 0;
  let fallback: Side | undefined;
  for (let m = WORD.exec(phrase); m; m = WORD.exec(phrase)) {
    const w = m[0].replace(/['’]s$/u, '');
    const cc = countryCode(w) ?? demonymCountry(w) ?? adjectiveCountry(w);
    if (cc) return countrySide(cc);
    // A party no list knows is named like a country or its people: Dorvania, Dorvanian, Karvelians.
    if (!fallback && !NOT_SIDES.has(w) && COUNTRY_LIKE.test(w)) fallback = { key: `stem:${nameStem(w)}`, name: w };
  }
  if (!fallback) {
    const lower = /\b([a-z]+(?:ian|ean))\b/u.exec(phrase);
    const cc = lower ? demonymCountry(lower[1]!) : undefined;
    if (cc) return countrySide(cc);
  }
  return fallback;
}

/**
 * The country an adjective no demonym list knows is formed from: "Dorvanian" → "Dorvania" when a
 * places file names Dorvania, so "the Dorvanian regime" and "Dorvania" are one side.
 */
function adjectiveCountry(word: string): string | undefined {
  const noun = /ians?$/u.test(word) ? word.replace(/ians?$/u, 'ia') : /ans?$/u.test(word) ? word.replace(/ns?$/u, '') : undefined;
  return noun && noun !== word ? countryCode(noun) : undefined;
}

function countrySide(cc: string): Side {
  let side = countrySides.get(cc);
  if (side === undefined) {
    side = { key: `cc:${cc}`, name: countryName(cc) ?? cc };
    countrySides.set(cc, side);
  }
  return side;
}

/**
 * Names sides the way the report does: a party known only by its stem gets the noun form the text
 * uses ("Dorvania" rather than "Dorvanian") when there is one.
 */
export class SideNames {
  private readonly nouns = new Map<string, string>();

  /** `words`: {@link countryShapedWords} of the text, when already read. */
  constructor(text: string, words: readonly string[] = countryShapedWords(text)) {
    // A capitalised word ending like a country noun (-ia, -land, -stan) names its stem.
    for (const word of words) {
      if (/(?:ians?)$/u.test(word)) continue;
      const stem = nameStem(word);
      if (!this.nouns.has(stem)) this.nouns.set(stem, word);
    }
  }

  /** The display name of a side. */
  name(side: Side): string {
    if (!side.key.startsWith('stem:')) return side.name;
    return this.nouns.get(side.key.slice(5)) ?? side.name;
  }
}

/**
 * Capitalised words ending like a country or its people (-ia, -ian(s), -land, -stan): found by
 * their ending (a literal scan), then read back to the word start, which is much faster than a
 * Unicode letter class tried at every offset.
 */
export function countryShapedWords(text: string): string[] {
  const out: string[] = [];
  const ending = /(?:ians?|ia|land|stan)\b/g;
  for (let m = ending.exec(text); m; m = ending.exec(text)) {
    let a = m.index;
    while (a > 0 && a > m.index - 40 && (classOfUnit(text.charCodeAt(a - 1)) & LETTER) !== 0) a--;
    const word = text.slice(a, m.index + m[0].length);
    if (word.length >= 5 && /^\p{Lu}\p{Ll}+$/u.test(word)) out.push(word);
  }
  return out;
}
