/**
 * Case-insensitive patterns written in ASCII run several times faster without the `u` flag
 * (V8 folds case by table in Unicode mode). For such a pattern the two modes differ only where
 * Unicode case folding maps a non-ASCII character onto ASCII: 'ſ' (U+017F) folds to "s" and the
 * Kelvin sign 'K' (U+212A) to "k". So the faster twin is used for every text that holds neither.
 */

/** A case-insensitive Unicode pattern and its faster twin. */
export interface CaselessPattern {
  /** The pattern to run on `text`: the fast twin unless the text holds 'ſ' or 'K'. */
  for(text: string): RegExp;
}

// What the twin may not contain: constructs that read code points in Unicode mode and code units
// otherwise (any character, negated classes, property escapes), and any non-ASCII character.
const UNSAFE = /(?<!\\)\.|\[\^|\\[SWDBpP]|[^\x00-\x7f]/;

/**
 * Wraps a case-insensitive pattern with the `u` flag. Throws when the pattern is not one whose
 * twin is exact (non-ASCII characters, `.`, negated classes, `\S`, `\W`, `\D`, `\B`, `\p`).
 */
export function caseless(re: RegExp): CaselessPattern {
  if (!re.flags.includes('i') || !re.flags.includes('u')) throw new Error(`caseless: /${re.source}/${re.flags} is not a case-insensitive Unicode pattern`);
  if (UNSAFE.test(re.source.replace(/\\\\/g, ''))) throw new Error(`caseless: /${re.source}/ may match differently without the u flag`);
  const twin = new RegExp(re.source, re.flags.replace('u', ''));
  return {
    for: (text) => (text.includes('\u017f') || text.includes('\u212a') ? re : twin),
  };
}
