/**
 * Loose keys for names, so spelling and transliteration variants of one name meet:
 * Kiev/Kiew, Zelenskyy/Zelensky, Panzir/Pantsir, Ternopol'/Ternopol, Khmelnytskyi/Chmelnyzkyj,
 * Shoigu/Schoigu, Mykolayiv/Mykolaiv, Peskov/Peskow. The gazetteer index is built with this
 * function, so any change to it must bump `NAME_KEY_VERSION` and rebuild the index.
 */

/** Bumped whenever `nameKey` changes; the gazetteer index records the version it was built with. */
export const NAME_KEY_VERSION = 1;

/** Letters NFD does not decompose into a base letter and a mark. */
const FOLD: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', ħ: 'h', þ: 'th', ð: 'd' };

/**
 * Latin transliteration pairs collapsed to one spelling, in order: German and French spellings
 * of Slavic sounds first (tsch, sch), then the English pairs (kh/h, zh/sh, ts/z, ye/e, y/i, j/i, w/v).
 * Only the key changes, never the text: a collision costs a wrong candidate that population and
 * context then rank, not a wrong span.
 */
const TRANSLIT: Array<[RegExp, string]> = [
  [/tsch/g, 'ch'],
  [/sch/g, 'sh'],
  [/zh/g, 'sh'],
  [/kh/g, 'h'],
  [/ch/g, 'h'],
  [/t[sz]/g, 'z'],
  [/x/g, 'ks'],
  [/ye/g, 'e'],
  [/[yj]/g, 'i'],
  [/w/g, 'v'],
];

const MARKS = /\p{M}/gu;
const APOSTROPHES = /['’ʼʻ`´ʹ‘]/g;
const NON_WORD = /[^\p{L}\p{N}]+/gu;
const DOUBLES = /(\p{L})\1+/gu;
const FOLDABLE = /[łøđßæœıħþð]/g;

/**
 * The loose key of a name: lower case, no diacritics or apostrophes, punctuation and hyphens as
 * single spaces, common transliteration pairs collapsed and doubled letters single.
 * `nameKey("Ternopol'") === nameKey('Ternopol')`, `nameKey('Zelenskyy') === nameKey('Zelensky')`.
 */
export function nameKey(name: string): string {
  let t = name.normalize('NFD').toLowerCase().replace(MARKS, '');
  t = t.replace(FOLDABLE, (c) => FOLD[c] ?? c);
  t = t.replace(APOSTROPHES, '').replace(NON_WORD, ' ').trim();
  for (const [re, to] of TRANSLIT) t = t.replace(re, to);
  return t.replace(DOUBLES, '$1');
}

const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

/**
 * nameKey, memoised (bounded): news vocabulary repeats across reports, so the normalisation
 * runs about once per distinct word.
 */
export function cachedNameKey(name: string): string {
  let k = cache.get(name);
  if (k === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    k = nameKey(name);
    cache.set(name, k);
  }
  return k;
}
