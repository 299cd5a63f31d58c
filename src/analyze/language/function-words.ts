import { classOfUnit, LETTER, LOWER } from '../text/char-class.js';
import { WordTable } from '../text/word-table.js';

/**
 * The commonest function words of some languages. A sentence dense in its paragraph's function
 * words is in that language for certain, so the (far costlier) model is not asked about it.
 */
const FUNCTION_WORDS: Record<string, ReadonlySet<string>> = {
  en: new Set('the of and to in a is was that for on with as by at from it he she they his her their has have had were are be been not but which who this said will would its an or after also'.split(' ')),
  de: new Set('der die das und ist nicht ein eine den dem des zu mit von auf für sich im es wird wurde sind hat auch als bei nach aus wie oder'.split(' ')),
  fr: new Set('le la les de des et est un une du dans que qui pour pas sur au aux par il elle ont été avec ce se plus sont'.split(' ')),
  es: new Set('el la los las de del y es un una que en por para con no se su al lo como más fue han sido'.split(' ')),
  ru: new Set('и в не на что с по как это он она они из к о за от его для но был была были уже также'.split(' ')),
};

/** Length of the longest function word of any language: longer words are not looked up. */
const LONGEST = Math.max(...Object.values(FUNCTION_WORDS).flatMap((set) => [...set].map((w) => w.length)));
const LANGS = Object.keys(FUNCTION_WORDS);
/** Every function word, with a bit per language it belongs to (bit i for `LANGS[i]`): one lookup per word, read in place. */
const LANG_BITS = new WordTable(LANGS.flatMap((lang, i) => [...FUNCTION_WORDS[lang]!].map((w) => [w, 1 << i] as const)));

/** How a sentence reads against every language's function words. */
export interface FunctionWordCounts {
  /** Words starting with a lower-case letter. */
  lower: number;
  /** Of those, function words, per language. */
  hits: Readonly<Record<string, number>>;
}

/**
 * Counts a sentence's lower-case words and, per language, how many are its function words, in
 * one scan (a paragraph's sentences are tested against several languages). `from`/`to` read a
 * stretch of `sentence` as if sliced out.
 */
export function functionWordCounts(sentence: string, from = 0, to = sentence.length): FunctionWordCounts {
  // A hand-rolled word scan: this runs on every sentence of every report, and a Unicode regex
  // with look-behind was the stage's largest cost.
  const counts = new Array<number>(LANGS.length).fill(0);
  let lower = 0;
  let i = from;
  const n = to;
  while (i < n) {
    while (i < n && !isLetter(sentence, i)) i++;
    const start = i;
    while (i < n && (isLetter(sentence, i) || sentence[i] === "'" || sentence[i] === '’')) i++;
    if (i > start && isLower(sentence, start)) {
      lower++;
      const bits = i - start <= LONGEST ? LANG_BITS.get(sentence, start, i) : 0;
      if (bits !== 0) for (let k = 0; k < LANGS.length; k++) if (bits & (1 << k)) counts[k]!++;
    }
  }
  const hits: Record<string, number> = {};
  LANGS.forEach((lang, k) => (hits[lang] = counts[k]!));
  return { lower, hits };
}

/** True when the counts say the sentence is clearly written in `lang`. */
export function clearlyInCounts(lang: string, counts: FunctionWordCounts): boolean {
  const hits = counts.hits[lang];
  if (hits === undefined) return false;
  return counts.lower >= 6 && hits >= 3 && hits / counts.lower >= 0.25;
}

/** True when `sentence` is clearly written in `lang`: enough of its lower-case words are that language's function words. */
export function clearlyIn(lang: string, sentence: string): boolean {
  if (!FUNCTION_WORDS[lang]) return false;
  return clearlyInCounts(lang, functionWordCounts(sentence));
}

function isLetter(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
  return c >= 0xc0 && (classOfUnit(c) & LETTER) !== 0;
}

function isLower(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c >= 97 && c <= 122) return true;
  return c >= 0xc0 && (classOfUnit(c) & LOWER) !== 0;
}
