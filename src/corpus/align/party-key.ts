/**
 * Loose keys for the parties blamed for an incident and for the people and institutions that
 * speak about it, so "Karvelia", "Karvelian" and "Karvelia's" meet, and "Kasimir Odvalen" and
 * "Odvalen" do, and "Ministry of Defence" and "Defense Ministry".
 */
import { countryCode, countryName, demonymCountry } from '../../analyze/places/countries.js';
import { cachedNameKey } from '../../analyze/places/name-key.js';

const POSSESSIVE = /['’]s\b/g;
const LEADING_THE = /^the\s+/i;
/** Words that name a side's apparatus rather than the side: "Karvelian forces" is Karvelia. */
const APPARATUS = new Set(['forces', 'force', 'army', 'military', 'troops', 'regime', 'government', 'authorities', 'side', 'leadership', 'officials', 'state']);

/** A party's key and the name to show for it. */
export interface Party {
  key: string;
  name: string;
}

/** Folds an adjective of an unknown state to its name: "karvelian" → "karvelia", "dorvanian" → "dorvania". */
function foldDemonym(word: string): string {
  if (word.length >= 6 && word.endsWith('ian')) return word.slice(0, -1);
  if (word.length >= 6 && word.endsWith('an')) return word.slice(0, -1);
  return word;
}

function capitalise(s: string): string {
  return s.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
}

/** The party a name stands for: a country (by name or adjective), else the folded name itself. */
export function partyOf(name: string): Party {
  const bare = name.replace(POSSESSIVE, '').replace(LEADING_THE, '').trim();
  const words = bare.split(/\s+/).filter(Boolean);
  const cc = countryCode(bare) ?? words.map((w) => countryCode(w) ?? demonymCountry(w)).find((c) => c !== undefined);
  if (cc) return { key: `cc:${cc}`, name: countryName(cc) ?? bare };
  const kept = words.filter((w) => !APPARATUS.has(w.toLowerCase()));
  const key = (kept.length ? kept : words).map((w) => foldDemonym(cachedNameKey(w))).join(' ');
  return { key, name: capitalise(key) };
}

const MINISTRY_OF = /\bministry of (?:the )?([\p{L}-]+(?: affairs)?)/iu;

/**
 * The key of a speaker: a person by the last word of the name, an institution by its words in
 * one order with country words left out ("Karvelia's Ministry of Defence" → `defence ministry`);
 * `parties` are the keys of states the report names (invented or not in the country list).
 */
export function speakerKey(name: string, kind: 'person' | 'institution', parties: ReadonlySet<string> = new Set()): string {
  const bare = name.replace(POSSESSIVE, '').replace(LEADING_THE, '').trim();
  if (kind === 'person') {
    const words = bare.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
    return cachedNameKey(words[words.length - 1] ?? bare);
  }
  let t = bare.replace(MINISTRY_OF, (_m, what: string) => `${what} Ministry`).replace(/\bdefense\b/gi, 'defence');
  t = t
    .split(/\s+/)
    .filter((w) => !(countryCode(w) || demonymCountry(w) || parties.has(partyOf(w).key) || /^(?:of)$/i.test(w)))
    .join(' ');
  // Capitalised place-like words left after "in" (Defence Ministry in Ostrelin) are where, not who.
  t = t.replace(/\s+(?:in|at)\s+\p{Lu}\p{L}+$/u, '');
  return cachedNameKey(t) || cachedNameKey(bare);
}

/** Whether a speaker string names somebody (not "what officials", "47 the mayor", "a neighbour"). */
export function isNamedSpeaker(name: string): boolean {
  const t = name.trim();
  return /^\p{Lu}/u.test(t) && !/\d/.test(t) && !/^(?:The|A|An|What|Some|Several|Many)\b/.test(t);
}
