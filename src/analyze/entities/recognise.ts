/**
 * Finds entity mentions in tokenised text: one left-to-right pass that, at each capitalised
 * run, tries rules in a fixed order — honorific, title + name, curated lexicon / organisation /
 * group / facility cues (longest wins), "X region", country + institution, given name +
 * surname, gazetteer place, person by context — and leaves single unknown words for the
 * resolver, which can link them to a surname named elsewhere in the report. Every rule looks
 * at a bounded window of tokens, so the pass is linear in the text.
 */
import { countryCode, demonymCountry, countryAdjective } from '../places/countries.js';
import { placeNameInfo, type PlaceNameInfo } from '../places/geocode.js';
import { cachedNameKey as nameKey } from '../places/name-key.js';
import type { EntityType, MentionKind } from './entity-types.js';
import { COMMON_WORDS } from './lexicon/common-words.js';
import { FACILITY_CUES } from './lexicon/facilities.js';
import { ARMED_FORCES_HEADS, GROUP_CUES, INSTITUTION_HEADS, ORG_CUES } from './lexicon/organisations.js';
import { GIVEN_NAMES, KNOWN_PEOPLE, type KnownPerson } from './lexicon/people.js';
import {
  COREF_ROLE_HEADS,
  DETERMINERS,
  HONORIFICS,
  ROLE_MODIFIERS,
  ROLE_NOUNS,
  SPEECH_VERBS,
  TITLE_HEADS,
  TITLE_QUALIFIERS,
} from './lexicon/roles.js';
import { classOfUnit, SPACE } from '../text/char-class.js';
import { curatedPhrases, type PhraseMatch } from './phrase-index.js';
import { tokenKey, wordKey } from './token-key.js';
import type { Token } from './tokens.js';

/** A mention as the recogniser found it, before mentions are grouped into entities. */
export interface RawMention {
  start: number;
  end: number;
  type: EntityType;
  kind: MentionKind;
  /** Proposed canonical name. */
  canonical: string;
  /** Groups mentions of one entity within a type (persons are grouped by the resolver). */
  key: string;
  sentence: number;
  /** A person's role or title as written next to the name. */
  role?: string;
  /** Nationality of a person, country of an organisation, as far as the report or lexicon says. */
  country?: string;
  person?: PersonName;
  /** For role mentions ("the mayor"): what to look for among the persons named before. */
  roleRef?: { head: string; words: string[]; country?: string };
  /** For places: the words to geocode; for facilities: the place they are at. */
  placeName?: string;
  placeKind?: 'country' | 'region' | 'city';
  /** A country code decided at recognition (countries, curated facilities). */
  placeCountry?: string;
  /** A person named only by context; kept only when the report names them again. */
  speechCue?: boolean;
  /** A town read only from a headline-like line: kept only if the body names it too (or it is a city of millions). */
  tentative?: boolean;
}

export interface PersonName {
  given?: string;
  /** Loose key of the surname, mapped to a known person's main spelling when the lexicon knows it. */
  surnameKey: string;
  known?: KnownPerson;
  /** The mention is a surname (or short name) only. */
  surnameOnly: boolean;
}

/** A single capitalised word no rule claimed: the resolver decides (surname, place, nothing). */
export interface PendingWord {
  token: number;
  speechCue: boolean;
}

export interface Recognised {
  mentions: RawMention[];
  pending: PendingWord[];
  /** Countries the report names or implies ("Russian"), once per mention. */
  countryHints: string[];
  /** Acronyms introduced in parentheses after an organisation's name, with that organisation's key. */
  acronyms: Map<string, string>;
}

export interface RecogniseOptions {
  /** Not English: keep to lexicons, gazetteer and titles; no English-only context rules. */
  strict: boolean;
}

const CONNECTORS = new Set(['of', 'for', 'the', 'and', 'de', 'del', 'da', 'di', 'von', 'van', 'der', 'bin', 'al', 'du', 'la', 'le', '&']);
/** First words of place names, never of a person's name ("South Richmond Hill", "New Orleans"). */
const PLACE_PREFIXES = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'new', 'old', 'great', 'greater', 'little', 'saint', 'st', 'san', 'santa', 'sao', 'são', 'fort', 'port', 'mount', 'lake', 'cape', 'los', 'las', 'el', 'la', 'le', 'nizhny', 'velikiy', 'staryi', 'novyi', 'nova', 'novo', 'novaya', 'stary', 'bila', 'bilа']);
/** Natural features and streets: a run ending in one is a place with no town to geocode ("Black Sea", "Tverskaya Street"). */
const NATURAL_CUES = new Set([
  'sea', 'ocean', 'river', 'strait', 'straits', 'gulf', 'bay', 'lake', 'island', 'islands', 'peninsula', 'mountains',
  'valley', 'desert', 'canal', 'forest', 'coast', 'channel', 'lagoon', 'delta', 'reservoir', 'estuary', 'spit',
  'street', 'avenue', 'road', 'boulevard', 'highway', 'prospekt', 'embankment', 'park',
]);
const NAME_PARTICLES = new Set(['de', 'del', 'da', 'di', 'von', 'van', 'der', 'den', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'du', 'dos', 'das', 'ter', 'ten']);
const REGION_WORDS = new Set(['region', 'regions', 'oblast', 'oblasts', 'province', 'krai', 'kray', 'district', 'raion', 'governorate', 'okrug', 'voivodeship', 'area']);
const LOCATIVES = new Set([
  'in', 'near', 'at', 'from', 'to', 'outside', 'around', 'over', 'across', 'into', 'toward', 'towards', 'of', 'on',
  'against', 'above', 'via', 'beyond', 'between', 'within', 'throughout', 'targeting', 'hit', 'struck', 'attacked',
  'shelled', 'bombed', 'capital', 'city', 'town', 'village', 'outskirts', 'visited', 'residents', 'mayor', 'governor',
]);
/** Words that may follow an institution noun without making it a modifier ("the Russian military said"). */
const AFTER_INSTITUTION = new Set([
  'said', 'says', 'has', 'have', 'had', 'is', 'was', 'were', 'are', 'will', 'would', 'could', 'can', 'may', 'might',
  'must', 'should', 'claimed', 'claims', 'reported', 'reports', 'confirmed', 'confirms', 'denied', 'denies', 'announced',
  'stated', 'later', 'also', 'then', 'and', 'or', 'but', 'to', 'in', 'on', 'of', 'for', 'from', 'with', 'by', 'at',
  'that', 'which', 'who', 'as', 'after', 'before', 'blamed', 'blames', 'accused', 'accuses', 'rejected', 'rejects',
  'warned', 'warns', 'added', 'insisted', 'published', 'released', 'shot', 'intercepted', 'launched', 'struck', 'hit',
  'attacked', 'responded', 'did', 'does', 'do', 'not', 'itself', 'themselves', 'had', 'spokesman', 'spokeswoman',
  'spokesperson', 'recently', 'repeatedly', 'previously', 'already', 'continue', 'continued', 'continues', 'still',
]);

const GIVEN = new Set(GIVEN_NAMES.map((g) => nameKey(g)));
const KNOWN_BY_SURNAME = new Map<string, KnownPerson>();
for (const p of KNOWN_PEOPLE) for (const s of p.surnames) KNOWN_BY_SURNAME.set(nameKey(s), p);
for (const p of KNOWN_PEOPLE) for (const g of p.given ?? []) GIVEN.add(nameKey(g));

/** Facility cues by their first word. */
const FACILITY_CUE_WORDS = new Map<string, string[][]>();
for (const c of FACILITY_CUES) {
  const words = c.split(' ');
  const list = FACILITY_CUE_WORDS.get(words[0]!) ?? [];
  list.push(words);
  FACILITY_CUE_WORDS.set(words[0]!, list);
}
const ROLE_NOUN_ALT = [...ROLE_NOUNS].sort((a, b) => b.length - a.length).join('|');
/** ", a senior fellow at the Carnegie Endowment for International Peace" after a name. */
const APPOSITION_AFTER = new RegExp(`^,\\s+(?:a|an|the)\\s+([^,.;:“”"()!?\\n]{0,120}?\\b(?:${ROLE_NOUN_ALT})\\b[^,.;:“”"()!?\\n]{0,120})`, 'iu');
/** "an adviser to President Volodymyr Zelenskyy, " before a name. */
const APPOSITION_BEFORE = new RegExp(`(?:^|[\\s(—–])(?:a|an|the)\\s+((?:[\\p{L}-]+\\s+){0,3}?(?:${ROLE_NOUN_ALT})\\b[^,.;:“”"()!?\\n]{0,100}?),\\s*$`, 'iu');

const CREDIT_LINE = /(?:^|\n)[ \t]*(?:Source|Sources|Quelle|Credit|Via)[ \t]*:[ \t]*$/;

const infoCache = new Map<string, PlaceNameInfo | null>();

/** placeNameInfo by loose key, memoised across reports (bounded). */
function placeInfo(name: string): PlaceNameInfo | undefined {
  const key = nameKey(name);
  let v = infoCache.get(key);
  if (v === undefined) {
    if (infoCache.size > 20_000) infoCache.clear();
    v = placeNameInfo(name) ?? null;
    infoCache.set(key, v);
  }
  return v ?? undefined;
}

/** Runs the recogniser over a tokenised text. */
export function recognise(text: string, tokens: readonly Token[], opts: RecogniseOptions): Recognised {
  return new Reader(text, tokens, opts).run();
}

class Reader {
  private readonly mentions: RawMention[] = [];
  private readonly pending: PendingWord[] = [];
  private readonly hints: string[] = [];
  private readonly hinted = new Set<string>();
  private readonly acronyms = new Map<string, string>();
  private readonly lowerWords = new Set<string>();
  private readonly phrases = curatedPhrases();

  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
    private readonly opts: RecogniseOptions,
  ) {
    for (const t of tokens) if (t.lower) this.lowerWords.add(t.text);
  }

  run(): Recognised {
    const n = this.tokens.length;
    let i = 0;
    while (i < n) {
      const t = this.tokens[i]!;
      let next: number | undefined;
      if (t.junk) next = i + 1;
      else if (t.lower || t.text === 'The' || t.text === 'He' || t.text === 'She') next = this.lowerAt(i);
      else if (t.cap) next = this.capitalRun(i);
      i = next !== undefined && next > i ? next : i + 1;
    }
    return { mentions: this.mentions, pending: this.pending, countryHints: this.hints, acronyms: this.acronyms };
  }

  private hint(cc: string): void {
    this.hints.push(cc);
    this.hinted.add(cc);
  }

  // ── lower-case starts: role references, pronouns, weapons written in lower case ──

  private lowerAt(i: number): number | undefined {
    const t = this.tokens[i]!;
    const lw = t.lc;
    if (lw === 'the') return this.opts.strict ? undefined : this.roleReferenceAt(i);
    if (!this.opts.strict && (lw === 'he' || lw === 'she')) {
      this.push(i, i + 1, { type: 'person', kind: 'pronoun-like', canonical: '', key: '' });
      return i + 1;
    }
    if (!this.phrases.mayStartLower(t.text)) return undefined;
    const m = this.phrases.match(this.tokens, i);
    if (m && m.entry.type === 'weapon') {
      this.pushPhrase(i, m);
      return m.end;
    }
    return undefined;
  }

  /** "the mayor", "the Kremlin chief", "the Ukrainian president": a person named earlier, by role. */
  private roleReferenceAt(i: number): number | undefined {
    const words: string[] = [];
    let country: string | undefined;
    let q = i + 1;
    for (; q < this.tokens.length && q <= i + 3; q++) {
      const t = this.tokens[q]!;
      if (!t.join || t.junk) return undefined;
      const lw = t.lc;
      const head = this.roleHeadAt(q);
      if (head) {
        const after = this.tokens[head.end];
        // "the Moscow Mayor Sergei Sobyanin" is a title before a name, not a reference.
        if (after && after.join && after.cap && !head.poss) return undefined;
        this.push(i, head.end, {
          type: 'person',
          kind: 'role',
          canonical: '',
          key: '',
          roleRef: country === undefined ? { head: head.word, words } : { head: head.word, words, country },
        });
        return head.end;
      }
      if (t.poss) return undefined;
      const cc = t.cap ? demonymCountry(t.text) ?? (countryCode(t.text) ?? undefined) : undefined;
      if (cc) country = cc;
      else if (!(ROLE_MODIFIERS.has(lw) || TITLE_QUALIFIERS.has(lw) || (t.cap && this.phrases.match(this.tokens, q)?.end === q + 1))) return undefined;
      words.push(lw);
    }
    return undefined;
  }

  private roleHeadAt(q: number): { word: string; end: number; poss: boolean } | undefined {
    const t = this.tokens[q]!;
    const lw = t.lc;
    const next = this.tokens[q + 1];
    if (lw === 'prime' && next && next.join && next.lc === 'minister') return { word: 'prime minister', end: q + 2, poss: next.poss };
    if (COREF_ROLE_HEADS.has(lw)) return { word: lw, end: q + 1, poss: t.poss };
    return undefined;
  }

  // ── capitalised runs ──

  private capitalRun(i: number): number {
    const toks = this.tokens;
    let e = i + 1;
    while (e < toks.length && e - i < 10 && !toks[e - 1]!.poss) {
      const t = toks[e]!;
      if (!t.join || t.junk) break;
      if (t.cap) {
        e++;
        continue;
      }
      const after = toks[e + 1];
      if (CONNECTORS.has(t.text) && after && after.join && after.cap && !after.junk) {
        e += 2;
        continue;
      }
      break;
    }
    // A connector may have been taken only because a capital followed; never end on one.
    return this.segment(i, e, false);
  }

  /** Applies the rules along a run; returns the token index after what was consumed. */
  private segment(from: number, end: number, inTitle: boolean): number {
    let p = from;
    let reached = end;
    while (p < end) {
      const t = this.tokens[p]!;
      if (!t.cap) {
        p++;
        continue;
      }
      const r = this.tryAt(p, end, inTitle);
      if (r === undefined) {
        p++;
        continue;
      }
      p = r;
      reached = Math.max(reached, r);
    }
    return reached;
  }

  private tryAt(p: number, e: number, inTitle: boolean): number | undefined {
    const t = this.tokens[p]!;
    const lw = t.lc;
    if (!inTitle) {
      const h = this.honorificAt(p, e);
      if (h !== undefined) return h;
      const ti = this.titleAt(p, e);
      if (ti !== undefined) return ti;
    }
    const lex = this.phrases.match(this.tokens, p);
    const org = this.cueSpan(p, e, ORG_CUES);
    const grp = this.cueSpan(p, e, GROUP_CUES);
    const nat = this.cueSpan(p, e, NATURAL_CUES);
    const fac = this.facilitySpan(p, e);
    const lexEnd = lex?.end ?? -1;
    const best = Math.max(lexEnd, org ?? -1, grp ?? -1, nat ?? -1, fac?.end ?? -1);
    if (best > p) {
      if (lexEnd === best && lex) return this.pushPhrase(p, lex);
      if (fac && fac.end === best) return this.pushFacility(p, fac.base, fac.end);
      if (org === best) return this.pushOrg(p, org, 'organisation');
      if (grp === best) return this.pushOrg(p, grp, 'group');
      if (nat === best) return placeInfo(this.text.slice(t.start, this.tokens[nat - 1]!.end)) ? this.placeAt(p, e, 2) ?? this.pushFeature(p, nat) : this.pushFeature(p, nat);
    }
    const region = this.regionAt(p, e);
    if (region !== undefined) return region;
    const inst = this.institutionAt(p);
    if (inst !== undefined) return inst;
    const dem = demonymCountry(t.text);
    if (dem && !t.poss) {
      this.hint(dem);
      return p + 1;
    }
    if (t.opening && COMMON_WORDS.has(lw)) return p + 1;
    const credit = this.creditAt(p, e);
    if (credit !== undefined) return credit;
    const given = this.givenNameAt(p, e);
    if (given !== undefined) return given;
    const longPlace = this.placeAt(p, e, 2);
    if (longPlace !== undefined) return longPlace;
    if (!this.opts.strict) {
      const ctx = this.contextPersonAt(p, e);
      if (ctx !== undefined) return ctx;
    }
    const place = this.placeAt(p, e, 1);
    if (place !== undefined) return place;
    if (!COMMON_WORDS.has(lw) && !t.upper && t.text.length > 1 && !this.lowerWords.has(lw)) {
      // "the Post reported": a determiner before a lone name makes it a title or outlet, not a person.
      const determined = DETERMINERS.has(this.tokens[p - 1]?.lc ?? '');
      this.pending.push({ token: p, speechCue: !determined && (this.speechBefore(p) || this.speechAfter(p + 1)) });
    }
    return p + 1;
  }

  /** "Source: Stern", "Quelle: dpa": the outlet a report credits. */
  private creditAt(p: number, e: number): number | undefined {
    const t = this.tokens[p]!;
    if (!t.opening || !CREDIT_LINE.test(this.text.slice(Math.max(0, t.start - 24), t.start))) return undefined;
    const end = Math.min(e, p + 4);
    const words = this.text.slice(t.start, this.tokens[end - 1]!.end);
    this.mentions.push({ start: t.start, end: this.tokens[end - 1]!.end, type: 'organisation', kind: 'name', canonical: words, key: `|${orgKey(words)}`, sentence: t.sentence });
    return end;
  }

  // ── persons ──

  /** "Mr. Putin", "Dr Ilse Varga". */
  private honorificAt(p: number, e: number): number | undefined {
    if (!HONORIFICS.has(this.tokens[p]!.lc)) return undefined;
    const nameEnd = this.nameEnd(p + 1, e);
    if (nameEnd === undefined) return undefined;
    if (this.tokens[p]!.weak && !KNOWN_BY_SURNAME.has(tokenKey(this.tokens[nameEnd - 1]!))) return undefined;
    this.pushPerson(p + 1, nameEnd, { kind: 'title', from: p });
    return nameEnd;
  }

  /** "Defense Minister Sergei Shoigu", "Moscow Mayor Sergei Sobyanin", "Secretary General António Guterres". */
  private titleAt(p: number, e: number): number | undefined {
    let head = -1;
    for (let q = p; q < e - 1 && q <= p + 5; q++) {
      const t = this.tokens[q]!;
      const lw = t.lc;
      if (TITLE_HEADS.has(lw) && this.nameEnd(q + 1, e) !== undefined && !GIVEN.has(tokenKey(t))) head = q;
      else if (head !== -1) break;
      else if (!(TITLE_QUALIFIERS.has(lw) || TITLE_HEADS.has(lw) || (t.cap && !GIVEN.has(tokenKey(t)) && !t.poss))) break;
      if (t.poss) break;
    }
    if (head === -1) return undefined;
    const nameEnd = this.nameEnd(head + 1, e)!;
    // In a headline every word is capitalised: only a name the lexicon knows follows a title there.
    if (this.tokens[head + 1]!.weak && !KNOWN_BY_SURNAME.has(tokenKey(this.tokens[nameEnd - 1]!))) return undefined;
    // Places and organisations inside the role ("Moscow", "Kremlin", "Security Council") are entities too.
    if (head > p) this.segment(p, head, true);
    const role = this.text.slice(this.tokens[p]!.start, this.tokens[head]!.end);
    this.pushPerson(head + 1, nameEnd, { kind: 'name', role, roleFrom: p });
    return nameEnd;
  }

  /** End of a personal name starting at `q` (up to four words, initials and particles), or undefined. */
  private nameEnd(q: number, e: number, afterTitle = true): number | undefined {
    const toks = this.tokens;
    const first = toks[q];
    if (!first || q >= e || (afterTitle && !first.join) || !first.cap || first.text.length < 2 || !this.nameWord(first)) return undefined;
    let end = q + 1;
    while (end < e && end - q < 4 && !toks[end - 1]!.poss) {
      const t = toks[end]!;
      if (!t.join) break;
      if (t.cap && this.nameWord(t)) end++;
      else if (NAME_PARTICLES.has(t.text) && toks[end + 1]?.cap && toks[end + 1]!.join && end + 1 < e) end += 2;
      else break;
    }
    // A name does not end on an initial ("Vladimir V." without the surname).
    while (end > q + 1 && /^\p{Lu}$/u.test(toks[end - 1]!.text)) end--;
    return end;
  }

  private nameWord(t: Token): boolean {
    const lw = t.lc;
    if (TITLE_HEADS.has(lw) || ORG_CUES.has(lw) || GROUP_CUES.has(lw) || COMMON_WORDS.has(lw)) return false;
    if (t.upper && t.text.length > 1 && !t.weak) return false;
    return demonymCountry(t.text) === undefined;
  }

  /** "Michael Kofman", "Tatiana Stanovaya": a known given name and a capitalised word after it. */
  private givenNameAt(p: number, e: number): number | undefined {
    const t = this.tokens[p]!;
    if (!GIVEN.has(tokenKey(t)) || t.poss) return undefined;
    const end = this.nameEnd(p, e, false);
    if (end === undefined || end < p + 2) return undefined;
    if (t.weak && !KNOWN_BY_SURNAME.has(tokenKey(this.tokens[end - 1]!))) return undefined;
    this.pushPerson(p, end, { kind: 'name' });
    return end;
  }

  /**
   * Two or three capitalised words that no lexicon, cue or gazetteer rule took: a person when
   * something says so (a role noun before, a speech verb, an apposition) or when every word
   * looks like a name part (not a common word, not written in lower case elsewhere, not a
   * country, not a big town, not a place-name prefix like "South" or "New").
   */
  private contextPersonAt(p: number, e: number): number | undefined {
    const t = this.tokens[p]!;
    if (t.weak) return undefined;
    const end = this.nameEnd(p, e, false);
    if (end === undefined || end < p + 2 || end > p + 3) return undefined;
    for (let q = p; q < end; q++) if (placeInfo(this.tokens[q]!.text)?.kind !== undefined && placeInfo(this.tokens[q]!.text)!.kind !== 'city') return undefined;
    if (PLACE_PREFIXES.has(t.lc)) return undefined;
    const cue = this.roleNounBefore(p) !== undefined || this.speechBefore(p) || this.speechAfter(end) || (this.text.charCodeAt(this.tokens[end - 1]!.end) === 44 && APPOSITION_AFTER.test(this.text.slice(this.tokens[end - 1]!.end, this.tokens[end - 1]!.end + 260)));
    if (!cue && !this.namelike(p, end)) return undefined;
    this.pushPerson(p, end, { kind: 'name' });
    return end;
  }

  private namelike(p: number, end: number): boolean {
    const toks = this.tokens;
    if (PLACE_PREFIXES.has(toks[p]!.lc)) return false;
    const firstTown = placeInfo(toks[p]!.text);
    if (firstTown && (firstTown.exactPopulation >= 100_000 || firstTown.seat)) return false;
    for (let q = p; q < end; q++) {
      const t = toks[q]!;
      const lw = t.lc;
      if (t.upper || t.text.length < 2 || this.lowerWords.has(lw) || NATURAL_CUES.has(lw) || REGION_WORDS.has(lw) || FACILITY_CUE_WORDS.has(lw)) return false;
    }
    return true;
  }

  private speechBefore(p: number): boolean {
    const prev = this.tokens[p - 1];
    if (!prev || !prev.lower) return false;
    if (prev.text === 'to' && this.tokens[p - 2]?.lc === 'according') return true;
    return SPEECH_VERBS.has(prev.text) && prev.text !== 'according';
  }

  private speechAfter(end: number): boolean {
    const next = this.tokens[end];
    return next !== undefined && next.join && next.lower && SPEECH_VERBS.has(next.text);
  }

  /** The role noun phrase right before a name ("Kremlin spokesman", "his Estonian counterpart"). */
  private roleNounBefore(p: number): { role: string; country?: string } | undefined {
    const toks = this.tokens;
    const noun = toks[p - 1];
    if (!noun || !toks[p]!.join || !noun.lower || !ROLE_NOUNS.has(noun.text)) return undefined;
    let r = p - 2;
    let country: string | undefined;
    while (r >= 0 && r >= p - 4 && toks[r + 1]!.join) {
      const t = toks[r]!;
      const lw = t.lc;
      if (t.poss || (!t.cap && !ROLE_MODIFIERS.has(lw)) || (t.cap && t.opening && COMMON_WORDS.has(lw))) break;
      country ??= t.cap ? demonymCountry(t.text) ?? countryCode(t.text) : undefined;
      r--;
    }
    const role = this.text.slice(toks[r + 1]!.start, noun.end);
    return country === undefined ? { role } : { role, country };
  }

  private pushPerson(from: number, end: number, o: { kind: MentionKind; role?: string; roleFrom?: number; from?: number }): void {
    const toks = this.tokens;
    const start = o.from ?? from;
    const last = toks[end - 1]!;
    const surnameKey = tokenKey(last);
    const given = end - from >= 2 ? tokenKey(toks[from]!) : undefined;
    const known = KNOWN_BY_SURNAME.get(surnameKey);
    const knownOk = known && (given === undefined || (known.given ?? []).some((g) => nameKey(g) === given));
    let role = o.role;
    let country: string | undefined = knownOk ? known!.country : undefined;
    const roleStart = o.roleFrom ?? from;
    if (role === undefined) {
      const before = this.roleNounBefore(from);
      if (before) {
        role = before.role;
        country ??= before.country;
      }
    }
    role ??= this.appositionAfter(end) ?? this.appositionBefore(from);
    if (role !== undefined && country === undefined) country = countryInWords(role);
    // "Russia's Foreign Minister Sergei Lavrov": the possessive before the role names the country.
    const before = toks[roleStart - 1];
    if (country === undefined && before?.poss) country = countryCode(before.text);
    const person: PersonName = { surnameKey: knownOk ? nameKey(known!.surnames[0]!) : surnameKey, surnameOnly: end - from === 1 };
    if (given !== undefined) person.given = given;
    if (knownOk) person.known = known;
    const m: RawMention = {
      start: toks[start]!.start,
      end: last.end,
      type: 'person',
      kind: o.kind,
      canonical: knownOk ? known!.canonical : this.text.slice(toks[from]!.start, last.end),
      key: '',
      sentence: toks[from]!.sentence,
      person,
    };
    if (role !== undefined) m.role = role;
    if (country !== undefined) m.country = country;
    this.mentions.push(m);
  }

  private appositionAfter(end: number): string | undefined {
    const last = this.tokens[end - 1]!;
    // The pattern opens with a comma: most names are followed by something else.
    if (last.poss || this.text.charCodeAt(last.end) !== 44) return undefined;
    const m = APPOSITION_AFTER.exec(this.text.slice(last.end, last.end + 260));
    return m ? m[1]!.trim() : undefined;
  }

  private appositionBefore(from: number): string | undefined {
    const t = this.tokens[from]!;
    // The pattern ends with a comma and spaces: test that before running it at every position.
    let k = t.start - 1;
    while (k >= 0 && (classOfUnit(this.text.charCodeAt(k)) & SPACE) !== 0) k--;
    if (k < Math.max(0, t.start - 160) || this.text.charCodeAt(k) !== 44) return undefined;
    const m = APPOSITION_BEFORE.exec(this.text.slice(Math.max(0, t.start - 160), t.start));
    return m ? m[1]!.trim() : undefined;
  }

  // ── organisations, groups, facilities ──

  /** A run with an organisation (or group) cue word: "Carnegie Endowment for International Peace", "Russian Defense Ministry". */
  private cueSpan(p: number, e: number, cues: ReadonlySet<string>): number | undefined {
    const toks = this.tokens;
    let cue = -1;
    for (let q = p; q < e; q++) {
      const t = toks[q]!;
      if (!t.cap) break;
      if (cues.has(t.lc)) {
        cue = q;
        break;
      }
      if (t.poss) break;
    }
    if (cue === -1) return undefined;
    let end = cue + 1;
    while (end < e && !toks[end - 1]!.poss) {
      const t = toks[end]!;
      const lw = t.lc;
      // "Navy Vice Adm. …", "Supreme Court Chief Justice …": the title is not part of the name.
      if (t.cap && (TITLE_HEADS.has(lw) || ROLE_MODIFIERS.has(lw) || COMMON_WORDS.has(lw))) break;
      if (t.cap) end++;
      else if (CONNECTORS.has(t.text) && end + 1 < e && toks[end + 1]!.cap) end += 2;
      else break;
    }
    if (end - p < 2) return undefined;
    if (toks[p]!.opening && COMMON_WORDS.has(toks[p]!.lc) && !demonymCountry(toks[p]!.text)) return undefined;
    return end;
  }

  private pushOrg(p: number, end: number, type: 'organisation' | 'group', qualifier?: { from: number; country: string }): number {
    const toks = this.tokens;
    let nameFrom = p;
    let country = qualifier?.country;
    const dem = demonymCountry(toks[p]!.text);
    if (dem && end - p > 1) {
      country ??= dem;
      nameFrom = p + 1;
    }
    const words = this.text.slice(toks[nameFrom]!.start, toks[end - 1]!.end);
    const adjective = country ? countryAdjective(country) : undefined;
    const canonical = adjective ? `${adjective} ${words}` : words;
    const m: RawMention = {
      start: toks[qualifier?.from ?? p]!.start,
      end: toks[end - 1]!.end,
      type,
      kind: 'name',
      canonical,
      key: `${country ?? ''}|${orgKey(words)}`,
      sentence: toks[p]!.sentence,
    };
    if (country) {
      m.country = country;
      this.hint(country);
    }
    this.mentions.push(m);
    // "Ukraine's Security Service (SBU)": the acronym is another name of the same organisation.
    const acronym = /^ \((\p{Lu}[\p{Lu}\d]{1,7})\)/u.exec(this.text.slice(toks[end - 1]!.end, toks[end - 1]!.end + 12));
    if (acronym) this.acronyms.set(acronym[1]!, m.key);
    return end;
  }

  private pushFeature(p: number, end: number): number {
    const toks = this.tokens;
    const words = this.text.slice(toks[p]!.start, toks[end - 1]!.end);
    this.mentions.push({ start: toks[p]!.start, end: toks[end - 1]!.end, type: 'place', kind: 'name', canonical: words, key: `feature|${nameKey(words)}`, sentence: toks[p]!.sentence });
    return end;
  }

  /** "Ryazan refinery", "Engels air base", "Ryazan Oil Refinery": a name and a facility cue. */
  private facilitySpan(p: number, e: number): { base: number; end: number } | undefined {
    const toks = this.tokens;
    const first = toks[p]!;
    if (demonymCountry(first.text) || (first.opening && COMMON_WORDS.has(first.lc))) return undefined;
    for (let q = p + 1; q <= e && q <= p + 3; q++) {
      const cueEnd = this.facilityCueAt(q, q === e);
      if (cueEnd !== undefined) {
        if (toks.slice(p, q).some((t) => t.poss && t !== toks[q - 1])) return undefined;
        if (toks[q - 1]!.poss) return undefined;
        return { base: q, end: cueEnd };
      }
    }
    return undefined;
  }

  private facilityCueAt(q: number, lowerAllowed: boolean): number | undefined {
    const toks = this.tokens;
    const t = toks[q];
    if (!t || !t.join || (!t.cap && !(lowerAllowed && t.lower))) return undefined;
    let best: number | undefined;
    for (const words of FACILITY_CUE_WORDS.get(t.lc) ?? []) {
      let j = 0;
      while (j < words.length) {
        const u = toks[q + j];
        if (!u || (j > 0 && !u.join) || u.lc !== words[j]) break;
        if (!u.cap && !lowerAllowed) break;
        j++;
      }
      if (j === words.length && (best === undefined || q + j > best)) best = q + j;
    }
    return best;
  }

  private pushFacility(p: number, base: number, end: number): number {
    const toks = this.tokens;
    const baseName = this.text.slice(toks[p]!.start, toks[base - 1]!.end);
    const canonical = this.text.slice(toks[p]!.start, toks[end - 1]!.end);
    this.mentions.push({
      start: toks[p]!.start,
      end: toks[end - 1]!.end,
      type: 'facility',
      kind: 'name',
      canonical,
      key: `facility|${nameKey(canonical)}`,
      sentence: toks[p]!.sentence,
      placeName: baseName,
    });
    return end;
  }

  private pushPhrase(p: number, m: PhraseMatch): number {
    const toks = this.tokens;
    const e = m.entry;
    if (e.type === 'person') {
      this.pushPerson(p, m.end, { kind: e.surnameOnly ? 'alias' : 'name' });
      return m.end;
    }
    const mention: RawMention = {
      start: toks[p]!.start,
      end: toks[m.end - 1]!.end,
      type: e.type,
      kind: 'name',
      canonical: e.canonical,
      key: `${e.type}|${e.canonical}`,
      sentence: toks[p]!.sentence,
    };
    if (e.facility) {
      mention.placeName = e.facility.city;
      mention.placeCountry = e.facility.country;
    }
    this.mentions.push(mention);
    return m.end;
  }

  // ── places ──

  /** "Belgorod region", "the Moscow region", "Kyiv Oblast", "Luhansk regions". */
  private regionAt(p: number, e: number): number | undefined {
    const toks = this.tokens;
    let word = -1;
    for (let q = p + 1; q <= e && q <= p + 3; q++) {
      const t = toks[q];
      if (!t || !t.join || toks[q - 1]!.poss) break;
      if (REGION_WORDS.has(t.lc) && (t.lower || q < e)) {
        word = q;
        break;
      }
      if (q >= e) break;
    }
    if (word === -1) return undefined;
    const base = this.text.slice(toks[p]!.start, toks[word - 1]!.end);
    if (demonymCountry(base)) return undefined;
    const info = placeInfo(base) ?? placeInfo(base.replace(/(s['’]?ka(ya)?|skaja|skiy|sky|skyi)$/i, ''));
    if (!info) return undefined;
    const wordText = toks[word]!.lc.replace(/s$/, '');
    const area = wordText === 'district' || wordText === 'raion' || wordText === 'area';
    this.mentions.push({
      start: toks[p]!.start,
      end: toks[word]!.end,
      type: 'place',
      kind: 'name',
      canonical: this.text.slice(toks[p]!.start, toks[word]!.end),
      key: `region|${nameKey(base)}|${area ? 'district' : 'region'}`,
      sentence: toks[p]!.sentence,
      placeName: `${base} ${area ? 'district' : 'region'}`,
      placeKind: 'region',
    });
    if (info.kind === 'country') this.hint(info.countries[0]!);
    return word + 1;
  }

  /**
   * A country (or its adjective) naming an institution or a role: "Russia's Defense Ministry",
   * "Ukraine's military intelligence agency", "the Russian military", "Ukraine's president".
   */
  private institutionAt(p: number): number | undefined {
    const toks = this.tokens;
    const t = toks[p]!;
    const cc = t.poss ? countryCode(t.text) : demonymCountry(t.text);
    if (!cc) return undefined;
    const q = p + 1;
    const next = toks[q];
    if (!next || next.junk) return undefined;
    const adjacent = t.poss ? next.start - t.end <= 4 : next.join;
    if (!adjacent) return undefined;
    if (next.cap && t.poss) {
      let e = q;
      while (e < toks.length && e - q < 6 && (e === q || toks[e]!.join) && (toks[e]!.cap || (CONNECTORS.has(toks[e]!.text) && toks[e + 1]?.cap))) {
        e++;
        if (toks[e - 1]!.poss) break;
      }
      if (this.titleWouldMatch(q, e)) return undefined;
      const org = this.cueSpan(q, e, ORG_CUES);
      if (org !== undefined) {
        this.hint(cc);
        return this.pushOrg(q, org, 'organisation', { from: p, country: cc });
      }
      return undefined;
    }
    if (!next.lower || this.opts.strict) return undefined;
    // Up to three lower-case words ending in an institution noun or a role.
    let best: { end: number; head: string; role: boolean } | undefined;
    const words: string[] = [];
    for (let k = q; k < toks.length && k < q + 3; k++) {
      const u = toks[k]!;
      if (!u.lower || (k > q && !u.join)) break;
      words.push(u.text);
      const two = words.length >= 2 ? `${words[words.length - 2]} ${u.text}` : '';
      const after = toks[k + 1];
      // The head must end the noun phrase: what follows is a verb or a function word, not another noun.
      const free = !after || !after.join || !after.lower || AFTER_INSTITUTION.has(after.text) || after.text.endsWith('ed') || u.poss;
      if (INSTITUTION_HEADS.has(two) && free) best = { end: k + 1, head: two, role: false };
      else if (INSTITUTION_HEADS.has(u.text) && free) best = { end: k + 1, head: u.text, role: false };
      else if (COREF_ROLE_HEADS.has(u.text) && !(after?.join && after.cap)) best = { end: k + 1, head: u.text, role: true };
      if (u.poss) break;
    }
    if (!best) return undefined;
    this.hint(cc);
    const start = t.start;
    const end = toks[best.end - 1]!.end;
    if (best.role) {
      this.mentions.push({
        start,
        end,
        type: 'person',
        kind: 'role',
        canonical: '',
        key: '',
        sentence: t.sentence,
        roleRef: { head: best.head, words: words.slice(0, best.end - q - 1), country: cc },
      });
      return best.end;
    }
    const phrase = words.slice(0, best.end - q).join(' ');
    const armed = ARMED_FORCES_HEADS.has(best.head);
    const adjective = countryAdjective(cc) ?? this.text.slice(t.start, t.end);
    this.mentions.push({
      start,
      end,
      type: 'organisation',
      kind: 'name',
      canonical: armed && phrase === best.head ? `${adjective} armed forces` : `${adjective} ${phrase}`,
      key: `${cc}|${armed && phrase === best.head ? 'armed forces' : orgKey(phrase)}`,
      sentence: t.sentence,
      country: cc,
    });
    return best.end;
  }

  private titleWouldMatch(q: number, e: number): boolean {
    for (let k = q; k < e - 1; k++) if (TITLE_HEADS.has(this.tokens[k]!.lc) && this.nameEnd(k + 1, e) !== undefined) return true;
    return false;
  }

  /**
   * A gazetteer place: the longest prefix of the run (up to four words) that names a country,
   * region or populated place, accepted when its size or the words before it make a place likely.
   */
  private placeAt(p: number, e: number, minLength: number): number | undefined {
    const toks = this.tokens;
    const first = toks[p]!;
    const lw = first.lc;
    for (let len = Math.min(4, e - p); len >= minLength; len--) {
      const last = toks[p + len - 1]!;
      if (len > 1 && !toks[p + len - 1]!.cap) continue;
      const name = this.text.slice(first.start, last.end);
      const info = placeInfo(name);
      if (!info || !this.acceptPlace(p, len, info, lw)) continue;
      const cc = info.kind === 'country' ? info.countries[0] : undefined;
      // "Moscow, Idaho", "Moscow, Russia": the qualifier decides, and keeps namesakes apart.
      const qualifier = info.kind === 'city' ? this.placeQualifier(p + len) : undefined;
      const m: RawMention = {
        start: first.start,
        end: last.end,
        type: 'place',
        kind: 'name',
        canonical: name,
        key: cc ? `country|${cc}` : `${info.kind}|${nameKey(name)}${qualifier ? `|${nameKey(qualifier)}` : ''}`,
        sentence: first.sentence,
        placeName: qualifier ? `${name}, ${qualifier}` : name,
        placeKind: info.kind,
      };
      if (cc) {
        m.placeCountry = cc;
        this.hint(cc);
      }
      if (info.kind === 'city' && (first.weak || first.upper) && Math.max(info.exactPopulation, info.alternatePopulation) < 1_000_000) m.tentative = true;
      this.mentions.push(m);
      return p + len;
    }
    return undefined;
  }

  /** The country or US state right after "City, …", if any. */
  private placeQualifier(q: number): string | undefined {
    const toks = this.tokens;
    const t = toks[q];
    if (!t || !t.cap || t.join || this.text.slice(toks[q - 1]!.end, t.start) !== ', ') return undefined;
    for (let len = 3; len >= 1; len--) {
      const last = toks[q + len - 1];
      if (!last || (len > 1 && !last.join)) continue;
      const words = this.text.slice(t.start, last.end);
      const info = placeInfo(words);
      if (info && info.kind !== 'city') return words;
    }
    return undefined;
  }

  private acceptPlace(p: number, len: number, info: PlaceNameInfo, lw: string): boolean {
    const first = this.tokens[p]!;
    if (info.kind !== 'city') return !(first.upper && first.text.length <= 3 && info.kind === 'region');
    if (len === 1 && (COMMON_WORDS.has(lw) || GIVEN.has(tokenKey(first)) || first.text.length < 3)) return false;
    if (len === 1 && this.lowerWords.has(lw)) return false;
    const prev = this.tokens[p - 1];
    const locative = prev !== undefined && prev.lower && LOCATIVES.has(prev.text);
    const guarded = first.weak || first.upper || first.opening || this.opts.strict;
    // An alternate spelling ("Kiev") counts when it belongs to a big city; "Der" (Győr) does not.
    const altPop = info.alternatePopulation;
    const long = first.text.length >= 5 || len > 1;
    // Where capitals say nothing, the spelling must be the town's own ("Running" is not Runing, China)
    // unless the town is big; an alternate ("Kiev") must belong to a big city ("Der" for Győr does not).
    let pop: number;
    if (guarded) {
      const own = Math.max(info.exactPopulation, info.population >= 200_000 ? info.population : 0);
      pop = Math.max(own, altPop >= 500_000 || (long && altPop >= 100_000) ? altPop : 0);
    } else {
      const altNeeds = locative ? 1000 : first.text.length < 5 ? 2_000_000 : 200_000;
      pop = Math.max(info.population, altPop >= altNeeds ? altPop : 0);
    }
    if (first.weak || first.upper || this.opts.strict) return pop >= 100_000 || (info.seat && pop >= 20_000 && !first.upper);
    if (first.opening) return pop >= 50_000 || (info.seat && pop >= 20_000);
    if (len > 1) return pop >= 1000 || info.seat;
    if (pop >= 15_000 || (info.seat && pop > 0)) return true;
    if (locative && (pop >= 1000 || info.countries.some((c) => this.hinted.has(c)))) return true;
    return this.afterPlaceList(p);
  }

  /** "Khmelnytskyi, Ternopol and …": a name right after a place in a list is likely a place. */
  private afterPlaceList(p: number): boolean {
    const last = this.mentions[this.mentions.length - 1];
    if (!last || last.type !== 'place') return false;
    const gap = this.text.slice(last.end, this.tokens[p]!.start);
    return /^(,\s*|,?\s+(and|or)\s+)$/.test(gap);
  }

  private push(from: number, end: number, m: Omit<RawMention, 'start' | 'end' | 'sentence'>): void {
    const toks = this.tokens;
    this.mentions.push({ ...m, start: toks[from]!.start, end: toks[end - 1]!.end, sentence: toks[from]!.sentence });
  }
}

/** Country named by a demonym or country name among the words of a role ("British Foreign Secretary"). */
function countryInWords(role: string): string | undefined {
  for (const w of role.split(/\s+/)) {
    const cc = demonymCountry(w) ?? (/^\p{Lu}/u.test(w) ? countryCode(w.replace(/['’]s$/, '')) : undefined);
    if (cc) return cc;
  }
  return undefined;
}

/** Loose key of an organisation name, with "Ministry of Defence" and "Defense Ministry" as one. */
export function orgKey(words: string): string {
  let k = words.toLowerCase().replace(/\bdefence\b/g, 'defense').replace(/\s+/g, ' ').trim();
  const m = /^ministry (?:of )?(?:the )?(.+?)(?: affairs)?$/.exec(k);
  if (m) k = `${m[1]} ministry`;
  return wordKey(k.replace(/ affairs ministry$/, ' ministry'));
}
