/**
 * Curated names (weapons, facilities, organisations, armed groups, well-known people) as a trie
 * over token keys, so matching at a token costs a few map look-ups however long the lists grow.
 * Entries are tokenised with the same tokenizer as the text; hyphenated model names also match
 * spaced and run together (S-400, S 400, S400).
 */
import { nameKey } from '../places/name-key.js';
import type { EntityType } from './entity-types.js';
import { KNOWN_FACILITIES, type KnownFacility } from './lexicon/facilities.js';
import { KNOWN_ORGANISATIONS } from './lexicon/organisations.js';
import { KNOWN_PEOPLE, type KnownPerson } from './lexicon/people.js';
import { WEAPONS } from './lexicon/weapons.js';
import type { Token } from './tokens.js';
import { tokenKey } from './token-key.js';

export interface PhraseEntry {
  type: EntityType;
  canonical: string;
  /** The variant as listed: tells a full name from a surname, and an acronym's exact spelling. */
  variant: string;
  /** Only matches capitalised (or exactly as written, for acronyms). */
  needsCapital: boolean;
  exact: boolean;
  /** The variant is a surname or short name of a known person, not the full name. */
  surnameOnly?: boolean;
  person?: KnownPerson;
  facility?: KnownFacility;
}

interface Node {
  next: Map<string, Node>;
  entry?: PhraseEntry;
}

const MAX_PHRASE = 7;

/** The longest curated entry starting at token `i`, with the token index after it. */
export interface PhraseMatch {
  entry: PhraseEntry;
  end: number;
}

export class PhraseIndex {
  private readonly root: Node = { next: new Map() };
  /** First words, lower-cased as written, of entries that match in lower case (weapons). */
  private readonly lowerStarts = new Set<string>();

  /** True when some entry matching in lower case could start with this word: a cheap pre-check. */
  mayStartLower(word: string): boolean {
    return this.lowerStarts.has(word);
  }

  add(variant: string, entry: Omit<PhraseEntry, 'variant'>): void {
    for (const form of spellings(variant, entry.type === 'weapon')) {
      const keys = splitKeys(form);
      if (keys.length === 0 || keys.length > MAX_PHRASE) continue;
      if (!entry.needsCapital && !entry.exact) this.lowerStarts.add(/^[^\s]+/.exec(form)![0].toLowerCase());
      let node = this.root;
      for (const k of keys) {
        let n = node.next.get(k);
        if (!n) node.next.set(k, (n = { next: new Map() }));
        node = n;
      }
      // First listing wins: lists put the more specific entries first.
      node.entry ??= { ...entry, variant: form };
    }
  }

  /** Longest match at token `i` among tokens joined by spaces; undefined when none. */
  match(tokens: readonly Token[], i: number, limit = tokens.length): PhraseMatch | undefined {
    let node: Node | undefined = this.root;
    let best: PhraseMatch | undefined;
    for (let j = i; j < limit && j - i < MAX_PHRASE; j++) {
      const t = tokens[j]!;
      if (t.junk || (j > i && !t.join)) break;
      node = node.next.get(tokenKey(t));
      if (!node) break;
      const e = node.entry;
      if (e && accepts(e, tokens, i, j + 1)) best = { entry: e, end: j + 1 };
      if (t.poss) break;
    }
    return best;
  }
}

function accepts(e: PhraseEntry, tokens: readonly Token[], i: number, end: number): boolean {
  const first = tokens[i]!;
  if (e.exact) {
    // Acronyms: every token exactly as listed (NATO, not Nato or nato).
    const written = tokens.slice(i, end).map((t) => t.text).join(' ');
    return written === e.variant.replace(/\.$/, '');
  }
  if (e.needsCapital && !first.cap) return false;
  return true;
}

/** Token keys of a listed name, through the text tokenizer's rules (hyphen splits, possessives). */
function splitKeys(form: string): string[] {
  const out: string[] = [];
  const re = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-‐‑'’./][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;
  for (const m of form.matchAll(re)) out.push(nameKey(m[0]));
  return out;
}

/** A weapon's model name also as spaced and run together: S-400 → S 400, S400. */
function spellings(variant: string, weapon: boolean): string[] {
  if (!weapon || !/[\p{L}\p{N}]-[\p{L}\p{N}]/u.test(variant)) return [variant];
  return [variant, variant.replace(/(?<=[\p{L}\p{N}])-(?=[\p{L}\p{N}])/gu, ' '), variant.replace(/(?<=[\p{L}\p{N}])-(?=[\p{L}\p{N}])/gu, '')];
}

let index: PhraseIndex | undefined;

/** The curated lexicons as one phrase index, built on first use. */
export function curatedPhrases(): PhraseIndex {
  if (index) return index;
  const ix = new PhraseIndex();
  for (const w of WEAPONS) {
    for (const n of w.names) ix.add(n, { type: 'weapon', canonical: w.canonical, needsCapital: w.needsCapital === true, exact: false });
  }
  for (const f of KNOWN_FACILITIES) {
    for (const n of f.names) ix.add(n, { type: 'facility', canonical: f.canonical, needsCapital: true, exact: false, facility: f });
  }
  for (const o of KNOWN_ORGANISATIONS) {
    for (const n of o.names) ix.add(n, { type: o.type, canonical: o.canonical, needsCapital: true, exact: false });
    for (const a of o.acronyms ?? []) ix.add(a, { type: o.type, canonical: o.canonical, needsCapital: true, exact: true });
  }
  for (const p of KNOWN_PEOPLE) {
    for (const s of p.surnames) {
      for (const g of p.given ?? []) ix.add(`${g} ${s}`, { type: 'person', canonical: p.canonical, needsCapital: true, exact: false, person: p });
      ix.add(s, { type: 'person', canonical: p.canonical, needsCapital: true, exact: false, surnameOnly: true, person: p });
    }
  }
  index = ix;
  return ix;
}
