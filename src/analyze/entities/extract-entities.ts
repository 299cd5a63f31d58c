/**
 * Entities of one report: people, organisations, places (geocoded offline), facilities,
 * weapons and armed groups, each with its canonical name, the other forms the report uses,
 * roles, and every mention's span. Tokenise → recognise (rules, lexicons, gazetteer) →
 * resolve (group, link surnames, roles and pronouns, geocode). Linear in the text.
 */
import type { Entity } from './entity-types.js';
import { recognise } from './recognise.js';
import { resolveEntities } from './resolve.js';
import { tokenizeReusing } from './tokens.js';

export interface ExtractEntitiesOptions {
  /** ISO 639-1 language of the text. Anything but English keeps to lexicons, gazetteer and titles. */
  lang?: string;
}

/** Reads the entities of a cleaned text; every mention's `text` is `text.slice(...range)`. */
export function extractEntities(text: string, opts: ExtractEntitiesOptions = {}): Entity[] {
  // The tokens never leave this call, so the tokenizer's pooled objects serve.
  const { tokens } = tokenizeReusing(text);
  const strict = opts.lang !== undefined && opts.lang !== 'en' && opts.lang !== 'und';
  const rec = recognise(text, tokens, { strict });
  return resolveEntities(text, tokens, rec);
}
