/** Loose keys of words and tokens (see nameKey), memoised. */
import { cachedNameKey } from '../places/name-key.js';
import type { Token } from './tokens.js';

/** nameKey of a word, cached. */
export function wordKey(word: string): string {
  return cachedNameKey(word);
}

/** nameKey of a token's text, cached. */
export function tokenKey(t: Token): string {
  return cachedNameKey(t.text);
}
