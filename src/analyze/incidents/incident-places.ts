/**
 * Where a sentence puts its event. Candidates come from the entities stage (gazetteer places,
 * facilities with the town they stand in) and, for names no gazetteer knows, from the words
 * around them ("over Velmorsk", "the city of Tolvany", "the Saldek region"). Words before a place
 * decide its role: a locative puts the event there, "near" lowers the precision, "the Kiev
 * regime" or "blamed Ukraine" make it an actor, and "after the attack on X" only a reference.
 */
import type { Range } from '../../model/span.js';
import type { Entity, EntityMention } from '../entities/entity-types.js';
import type { GeoPlace } from '../places/geo-place.js';
import { countryCode, demonymCountry } from '../places/countries.js';
import { gazetteer } from '../places/gazetteer.js';
import { countryShapedWords, nameStem } from './incident-sides.js';
import { Literal, scanAll, SentenceMatches, type ScanMatch } from './sentence-matches.js';
import { classOfUnit, SPACE, UPPER } from '../text/char-class.js';
import {
  ACTOR_AFTER_PLACE,
  DESTINATION_BEFORE_PLACE,
  EVIDENCE_SHOWN_BEFORE_PLACE,
  GATHERING_BEFORE_PLACE,
  LOCATIVE_BEFORE_PLACE,
  NEAR_BEFORE_PLACE,
  REFERENCE_BEFORE_PLACE,
  ROAD_TO_BEFORE_PLACE,
} from './incident-cues.js';

export type PlaceKind = 'city' | 'region' | 'country' | 'site' | 'deictic';

/** A place a sentence may put its event at. */
export interface PlaceCandidate {
  /** Identity across sentences: `g:<geonameId>`, `e:<entityId>` or `n:<folded name>`. */
  key: string;
  name: string;
  kind: PlaceKind;
  geo?: GeoPlace;
  entityId?: string;
  /** ACLED geo-precision as the words give it. */
  precision: 1 | 2 | 3;
  range: Range;
  /** For a site (facility, street, district): the town it is in, when known. */
  town?: { key: string; name: string; geo?: GeoPlace; entityId?: string };
  /** For a region named after its seat ("the Velmorsk region"): the seat's key. */
  seatKey?: string;
  /** "the capital", "the city": resolved against the report's focus; `country` when an adjective says whose. */
  deictic?: { what: 'capital' | 'city'; country?: string; adjective?: string };
  /** Higher is a likelier location: locative words, a town over a country. */
  score: number;
}

/** One entity mention, flattened for a sweep in text order. */
export interface FlatMention {
  entity: Entity;
  mention: EntityMention;
}

const WINDOW = 70;
const MONTHS_DAYS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Tonight)$/u;
const NOT_PLACE_WORDS = new Set([
  'The', 'This', 'That', 'These', 'Those', 'His', 'Her', 'Its', 'Their', 'Our', 'My', 'A', 'An', 'President', 'Minister', 'Mr', 'Mrs', 'Ms',
  'Dr', 'Colonel', 'General', 'Governor', 'Mayor', 'City', 'Hospital', 'Ministry', 'Defence', 'Defense', 'Foreign', 'Interior', 'State',
  'Parliament', 'Council', 'Hall', 'Street', 'Square', 'Airport', 'Station', 'Telegram', 'Kestrin', 'Facebook', 'Twitter', 'X', 'Western',
  'European', 'Red', 'Cross', 'Emergency', 'Service', 'Services', 'Police', 'Army', 'Air', 'Force', 'Navy', 'Saint', 'St',
]);
const SITE_WORDS = /^(?:district|neighbou?rhood|quarter|street|avenue|square|boulevard|embankment|park|market|station|airport|port|depot|plant|refinery|terminal)\b/iu;
const REGION_WORDS = /^(?:region|oblast|province|krai|governorate|republic)\b/iu;
/** Words the matches of UNKNOWN_AFTER_LOCATIVE, NAMED_AREA, SITE_WORD and CAPITAL_WORD start with (for `word-scan.ts`). */
export const UNKNOWN_TRIGGERS = ['in', 'over', 'near', 'outside', 'at', 'on', 'toward', 'above', 'around', 'of', 'targeting', 'hit', 'struck', 'reach', 'approach'];
export const NAMED_AREA_TRIGGERS = ['the'];

/** The first character after the white space from `i` on: -1 when there is no white space at `i`. */
function afterSpace(text: string, i: number): number {
  if (i >= text.length || (classOfUnit(text.charCodeAt(i)) & SPACE) === 0) return -1;
  while (i < text.length && (classOfUnit(text.charCodeAt(i)) & SPACE) !== 0) i++;
  return i < text.length ? text.charCodeAt(i) : -1;
}

/** Whether a code unit may start `\p{Lu}` (a surrogate may start an upper-case letter beyond the BMP). */
function mayBeUpper(c: number): boolean {
  return (c >= 0xd800 && c <= 0xdbff) || (classOfUnit(c) & UPPER) !== 0;
}

/**
 * UNKNOWN_AFTER_LOCATIVE needs white space after its first word, then a capital or one of the
 * lower-case words it allows before the name (the, border, port, river, regional, capital,
 * northern, southern, eastern, western, central, city, town, village).
 */
export function unknownGuard(text: string, end: number): boolean {
  const c = afterSpace(text, end);
  return c !== -1 && (mayBeUpper(c) || 'tbprcnsewv'.includes(String.fromCharCode(c)));
}

/** NAMED_AREA needs white space after "the", then a capital. */
export function namedAreaGuard(text: string, end: number): boolean {
  const c = afterSpace(text, end);
  return c !== -1 && mayBeUpper(c);
}
export const SITE_WORD_TRIGGERS = ['district', 'neighbo', 'quarter', 'street', 'avenue', 'square', 'boulevard'];
export const CAPITAL_WORD_TRIGGERS = ['capital'];
/** A site word: the name before it is a site ("Kolvo district", "Garnet Street"). */
export const SITE_WORD = /\b(?:[Dd]istrict|[Nn]eighbou?rhood|[Qq]uarter|[Ss]treet|[Aa]venue|[Ss]quare|[Bb]oulevard)\b/g;
export const CAPITAL_WORD = /\bcapital\b/g;
export const UNKNOWN_AFTER_LOCATIVE =
  /\b(?:[Ii]n|[Oo]ver|[Nn]ear|[Oo]utside|[Aa]t|[Oo]n|[Tt]owards?|[Ii]nto|[Aa]bove|[Aa]round|of|targeting|hit|hits|struck|reached|reach|approach(?:es)? to)\s+(?:the\s+)?(?:(?:border|port|river|regional|capital|northern|southern|eastern|western|central)\s+)?(?:(?:city|town|village|port|capital)\s+(?:of\s+)?)?(\p{Lu}[\p{Ll}’'-]{2,}(?:\s+\p{Lu}[\p{Ll}’'-]{2,})?)/gu;
export const NAMED_AREA = /\bthe\s+(\p{Lu}[\p{Ll}’'-]{2,})\s+(region|oblast|province|district|area)\b/gu;
const CAPITAL_APPOSITION = /\b(?:(\p{Lu}\p{Ll}+) )?capital,? (\p{Lu}[\p{Ll}’'-]{2,})|(\p{Lu}[\p{Ll}’'-]{2,}), (?:the|its) (?:(\p{Lu}\p{Ll}+) |\p{Ll}+ )?capital\b/gu;
const DEICTIC = /\bthe\s+(?:(\p{Lu}\p{Ll}+)\s+)?(capital|city)\b(?!\s+(?:of\s+)?\p{Lu})/gu;

const folded = new Map<string, string>();

/** Lower case without accents or a possessive: how unknown names are keyed. */
export function foldName(name: string): string {
  // Memoised: a report names its few places over and over.
  let f = folded.get(name);
  if (f === undefined) {
    f = name
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/['’]s$/u, '')
      .toLowerCase()
      .trim();
    if (folded.size > 50_000) folded.clear();
    folded.set(name, f);
  }
  return f;
}

/** What the whole report tells about its unknown place names, read once. */
export interface PlaceLexicon {
  /** Names written with a site word after them ("Kolvo district", "Garnet Street"). */
  sites: Set<string>;
  /** Names written as regions ("the Saldek region"). */
  regions: Set<string>;
  /** A name the report calls the capital ("the capital Velmorsk"): the first one. */
  capital?: string;
  /** Capitals by the stem of the adjective written with them ("the Karvelian capital Velmorsk" → karvel). */
  capitals: Map<string, string>;
  /** Folded names of people and organisations, never places. */
  notPlaces: Set<string>;
  /** Unknown names shaped like countries whose adjective the report uses too ("Karvelia" with "Karvelian"). */
  countries: Set<string>;
  /** Unknown names the report puts events or people in ("in Tolvany"): later bare mentions are the same town. */
  towns: Set<string>;
  /** The same names as written, for finding their bare mentions with a literal scan. */
  townForms: Set<string>;
  /** The whole-text matches of the named-area and unknown-name patterns, handed out to sentences by {@link PlaceScan}. */
  scans: { areas: ScanMatch[]; locatives: ScanMatch[] };
}

/** The whole-text matches place reading needs (see `report-scan.ts`); found here when not given. */
export interface PlaceMatches {
  areas: ScanMatch[];
  locatives: ScanMatch[];
  siteWords: ScanMatch[];
  capitalWords: ScanMatch[];
}

/** Reads the report-wide hints about unknown place names. */
export function readPlaceLexicon(text: string, entities: readonly Entity[], found?: PlaceMatches, shapedWords: readonly string[] = countryShapedWords(text)): PlaceLexicon {
  const areas = found?.areas ?? scanAll(NAMED_AREA, text);
  const locatives = found?.locatives ?? scanAll(UNKNOWN_AFTER_LOCATIVE, text);
  const siteWords = found?.siteWords ?? scanAll(SITE_WORD, text);
  const capitalWords = found?.capitalWords ?? scanAll(CAPITAL_WORD, text);
  const lex: PlaceLexicon = {
    sites: new Set(),
    regions: new Set(),
    notPlaces: new Set(),
    countries: new Set(),
    towns: new Set(),
    townForms: new Set(),
    capitals: new Map(),
    scans: { areas, locatives },
  };
  // One pass: names like Karvelia, Dorvania; and adjectives like Karvelian that confirm them.
  const shaped = new Set<string>();
  const adjectives = new Set<string>();
  for (const word of shapedWords) (/ians?$/u.test(word) ? adjectives : shaped).add(word.replace(/s$/u, ''));
  for (const name of shaped) if (!countryCode(name) && adjectives.has(`${name}n`)) lex.countries.add(foldName(name));
  // Find the site word first (a literal scan is fast), then read the name before it.
  for (const m of siteWords) {
    const name = /(?:^|[^\p{L}])(\p{Lu}[\p{Ll}’'-]{2,})\s+$/u.exec(text.slice(Math.max(0, m.index - 40), m.index));
    if (name) lex.sites.add(foldName(name[1]!));
  }
  for (const m of areas) {
    if (/district|area/iu.test(m.groups[1]!)) lex.sites.add(foldName(m.groups[0]!));
    else lex.regions.add(foldName(m.groups[0]!));
  }
  // Around each "capital" (a literal scan), the apposition: "the Karvelian capital Velmorsk", "Velmorsk, the capital".
  for (const c of capitalWords) {
    const from = Math.max(0, c.index - 40);
    const around = text.slice(from, Math.min(text.length, c.index + 40));
    CAPITAL_APPOSITION.lastIndex = 0;
    for (let m = CAPITAL_APPOSITION.exec(around); m; m = CAPITAL_APPOSITION.exec(around)) {
      if (from + m.index > c.index || from + m.index + m[0].length < c.index + 7) continue;
      const name = (m[2] ?? m[3])!;
      const adjective = m[1] ?? m[4];
      if (NOT_PLACE_WORDS.has(name) || MONTHS_DAYS.test(name)) continue;
      lex.capital ??= name;
      if (adjective && !lex.capitals.has(nameStem(adjective))) lex.capitals.set(nameStem(adjective), name);
    }
  }
  for (const m of locatives) {
    const first = m.groups[0]!.split(/\s+/u)[0]!.replace(/['’]s$/u, '');
    if (!MONTHS_DAYS.test(first) && !NOT_PLACE_WORDS.has(first) && !countryCode(first) && !demonymCountry(first) && !/(?:ian|ean|ese|ish)$/u.test(first)) {
      lex.towns.add(foldName(first));
      if (lex.townForms.size < 64) lex.townForms.add(first);
    }
  }
  for (const e of entities) {
    if (e.type !== 'person' && e.type !== 'organisation') continue;
    for (const m of e.mentions) for (const w of m.text.split(/\s+/u)) if (/^\p{Lu}/u.test(w)) lex.notPlaces.add(foldName(w));
  }
  // A name used as a site is not also a person's surname; towns may share a name with a region.
  for (const s of lex.sites) lex.notPlaces.delete(s);
  for (const s of lex.sites) lex.towns.delete(s);
  for (const s of lex.countries) lex.towns.delete(s);
  for (const s of lex.notPlaces) lex.towns.delete(s);
  for (const f of lex.townForms) if (!lex.towns.has(foldName(f))) lex.townForms.delete(f);
  return lex;
}

/** The report-wide scans place reading hands out to sentences. */
export class PlaceScan {
  readonly areas: SentenceMatches;
  readonly locatives: SentenceMatches;
  /** Where the report's town names (`lex.townForms`) occur, as [start, end) pairs sorted by start. */
  private readonly towns: Int32Array;
  readonly capital: Literal;
  readonly city: Literal;

  constructor(text: string, lex: PlaceLexicon) {
    this.capital = new Literal('capital', text);
    this.city = new Literal('city', text);
    this.areas = new SentenceMatches(NAMED_AREA, text, lex.scans.areas);
    this.locatives = new SentenceMatches(UNKNOWN_AFTER_LOCATIVE, text, lex.scans.locatives);
    const found: Array<[number, number]> = [];
    for (const name of lex.townForms) for (let i = text.indexOf(name); i !== -1; i = text.indexOf(name, i + 1)) found.push([i, i + name.length]);
    found.sort((a, b) => a[0] - b[0]);
    this.towns = new Int32Array(found.length * 2);
    found.forEach(([a, b], k) => {
      this.towns[2 * k] = a;
      this.towns[2 * k + 1] = b;
    });
  }

  /** Whether a town name of the lexicon lies whole in [from, to). */
  townIn(from: number, to: number): boolean {
    const t = this.towns;
    let lo = 0;
    let hi = t.length >> 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (t[2 * mid]! < from) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < t.length >> 1 && t[2 * k]! < to; k++) if (t[2 * k + 1]! <= to) return true;
    return false;
  }

}

const NO_PLACES: PlaceCandidate[] = Object.freeze([]) as unknown as PlaceCandidate[];

/** The words before `at` within its sentence (at most WINDOW characters): where role cues sit. */
function before(text: string, from: number, at: number): string {
  return text.slice(Math.max(from, at - WINDOW), at);
}

/**
 * Location candidates in one sentence (`from`–`to` of `text`), best first. `mentions` are the
 * entity mentions inside the sentence; `skip` ranges (speaker names) hold no locations.
 */
export function placeCandidates(
  text: string,
  from: number,
  to: number,
  mentions: readonly FlatMention[],
  lex: PlaceLexicon,
  skip: readonly Range[],
  scan: PlaceScan,
): PlaceCandidate[] {
  let out: PlaceCandidate[] | undefined;
  const inSkip = overlapTest(skip);
  for (const { entity, mention } of mentions) {
    if (mention.kind === 'role' || mention.kind === 'pronoun-like') continue;
    if (entity.type !== 'place' && entity.type !== 'facility') continue;
    const [s, e] = mention.range;
    const c = entityCandidate(text, entity, mention, from, lex);
    // A place inside a speaker's words ("the leadership in Kiev", "the governor of the Tolvany region") is a weak hint.
    if (c && inSkip(s, e)) c.score -= 2;
    if (c) (out ??= []).push(c);
  }
  // Most sentences name no place the entities stage missed: skip the reading when none of its patterns can match.
  const unknown = scan.areas.in(from, to).length > 0 || scan.locatives.in(from, to).length > 0 || scan.townIn(from, to) || (lex.capital !== undefined && scan.capital.in(from, to));
  if (unknown) {
    out ??= [];
    unknownCandidates(text, from, to, mentions, lex, out, inSkip, scan);
  }
  if (scan.capital.in(from, to) || scan.city.in(from, to)) deicticCandidates(text, from, to, (out ??= []));
  if (!out || out.length === 0) return NO_PLACES;
  return out.length > 1 ? out.sort(byLikelihood) : out;
}

const byLikelihood = (a: PlaceCandidate, b: PlaceCandidate) => b.score - a.score || a.range[0] - b.range[0];

// Cheap keyword tests that gate the end-anchored patterns (those try every offset of their window).
const REFERENCE_KEYS = /after|before|since|like/i;
const GATHERING_KEYS = /meet|talks|summit|conference|visit|trip|negotiat|attend|briefing|speak|spoke|who /i;
const NEAR_KEYS = /near|outside|close to|approach|outskirts|around|within|kilomet|km|miles/i;

const DESTINATION_KEYS = /\b(?:to|for|towards)\s+(?:the\s+)?(?:(?:city|town|village|capital|port)\s+(?:of\s+)?)?$/i;
const EVIDENCE_KEYS = /shown|display|exhibit|present|examin|analy|inspect|on show|taken for/i;
const ROAD_KEYS = /road|highway|motorway|railway|line|route/i;

/** A destination ("the run to X", "bound for X") or where evidence is shown ("will be shown in X"): never where the event happened. */
function notASite(pre: string): boolean {
  return (DESTINATION_KEYS.test(pre) && DESTINATION_BEFORE_PLACE.test(pre)) || (EVIDENCE_KEYS.test(pre) && EVIDENCE_SHOWN_BEFORE_PLACE.test(pre));
}

function roleScore(text: string, s: number, e: number, from: number): { score: number; near: boolean } | undefined {
  const pre = before(text, from, s);
  const after = text.slice(e, Math.min(text.length, e + 30));
  if (ACTOR_AFTER_PLACE.test(after)) return undefined;
  if (REFERENCE_KEYS.test(pre) && REFERENCE_BEFORE_PLACE.test(pre)) return undefined;
  if (GATHERING_KEYS.test(pre) && GATHERING_BEFORE_PLACE.test(pre)) return undefined;
  const last = pre.slice(-45);
  if (/\b(?:from|by)\s+(?:the\s+)?(?:direction of\s+(?:the\s+)?)?$/iu.test(last)) return undefined;
  if (notASite(pre)) return undefined;
  // "hit a building on the road to Tolvany": near the town at best, below any place the sentence states outright.
  if (ROAD_KEYS.test(last) && ROAD_TO_BEFORE_PLACE.test(last)) return { score: 0, near: true };
  const near = NEAR_KEYS.test(pre) && NEAR_BEFORE_PLACE.test(pre);
  const locative = near || LOCATIVE_BEFORE_PLACE.test(last);
  return { score: locative ? 2 : 0, near };
}

function entityCandidate(text: string, entity: Entity, mention: EntityMention, from: number, lex: PlaceLexicon): PlaceCandidate | undefined {
  const [s, e] = mention.range;
  const role = roleScore(text, s, e, from);
  if (!role) return undefined;
  // "the Lisec district": a part of a town, whatever namesake region the gazetteer may hold. A
  // name the report writes as a district elsewhere ("the Kolvo district" … "in Kolvo") is one too,
  // even where a gazetteer lists it as a place of its own (GeoNames' sections of a city, PPLX).
  const district = /\b(?:district|raion|neighbou?rhood|quarter)$/iu.test(mention.text) || (entity.type === 'place' && lex.sites.has(foldName(mention.text)) && !/\b(?:city|town) of\s+$/iu.test(text.slice(Math.max(from, s - 12), s)));
  const geo = district ? undefined : entity.geo;
  if (entity.type === 'facility' || !geo) {
    // A facility stands in a town; a street or river without geo is a site of whatever town the report is about.
    const site: PlaceCandidate = {
      key: `e:${entity.id}`,
      name: district ? mention.text.replace(/^the\s+/iu, '') : entity.canonical,
      kind: 'site',
      entityId: entity.id,
      precision: role.near ? 2 : 1,
      range: mention.range,
      score: role.score + 1,
    };
    // The town a facility stands in, unless the gazetteer matched a common word of its name ("City Hospital" → City).
    if (geo && !NOT_PLACE_WORDS.has(geo.name)) site.town = { key: geoKey(geo, entity.id), name: geo.name, geo };
    return site;
  }
  const isCountry = geo.precision === 3 && countryCode(entity.canonical) !== undefined;
  const kind: PlaceKind = geo.precision === 1 ? 'city' : isCountry ? 'country' : 'region';
  // A country or region is a location only with a locative before it ("in Ukraine", not "blamed Ukraine").
  if (kind !== 'city' && role.score === 0) return undefined;
  const c: PlaceCandidate = {
    key: geoKey(geo, entity.id),
    name: entity.canonical,
    kind,
    geo,
    entityId: entity.id,
    precision: kind === 'city' ? (role.near ? 2 : 1) : 3,
    range: mention.range,
    score: role.score + (kind === 'city' ? 2 : kind === 'region' ? 1 : 0),
  };
  if (kind === 'region') {
    const seat = /^(.+?)\s+(?:region|oblast|province)$/iu.exec(entity.canonical);
    if (seat) c.seatKey = `n:${foldName(seat[1]!)}`;
  }
  return c;
}

/**
 * Whether [s, e) overlaps any of `ranges`, by binary search over their starts. Mentions do not
 * nest, so the few ranges starting before `e` are all that can overlap.
 */
function overlapTest(ranges: readonly Range[]): (s: number, e: number) => boolean {
  if (ranges.length === 0) return never;
  let sorted = ranges;
  for (let i = 1; i < ranges.length; i++) {
    if (ranges[i - 1]![0] > ranges[i]![0]) {
      sorted = [...ranges].sort((a, b) => a[0] - b[0]);
      break;
    }
  }
  let reach = 0;
  const maxEnd = sorted.map((r) => (reach = Math.max(reach, r[1])));
  return (s, e) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]![0] < e) lo = mid + 1;
      else hi = mid;
    }
    // sorted[0..lo) start before e; one of them overlaps when the furthest end among them passes s.
    return lo > 0 && maxEnd[lo - 1]! > s;
  };
}

const never = (): boolean => false;
const mentionRange = (m: FlatMention): Range => m.mention.range;

/** Identity of a geocoded place: its GeoNames id when it has one, else its entity. */
export function geoKey(geo: GeoPlace, entityId?: string): string {
  return geo.geonameId !== undefined && geo.precision === 1 ? `g:${geo.geonameId}` : `e:${entityId ?? foldName(geo.name)}`;
}

function unknownCandidates(
  text: string,
  from: number,
  to: number,
  mentions: readonly FlatMention[],
  lex: PlaceLexicon,
  out: PlaceCandidate[],
  inSkip: (s: number, e: number) => boolean,
  scan: PlaceScan,
): void {
  const sentence = text.slice(from, to);
  // Every entity mention in the sentence, of any type, holds no unknown name.
  const overlaps = overlapTest(mentions.map(mentionRange));
  const starts = new Set(out.map((c) => c.range[0]));
  const push = (name: string, s: number, e: number, kind: 'city' | 'region' | 'site' | 'country', score: number, near: boolean) => {
    if (overlaps(s, e)) return;
    if (inSkip(s, e)) score -= 2;
    const folded = foldName(name);
    if (lex.notPlaces.has(folded) || starts.has(s)) return;
    starts.add(s);
    const c: PlaceCandidate = {
      key: `n:${folded}${kind === 'region' ? ' region' : ''}`,
      name: kind === 'region' ? `${name.replace(/['’]s$/u, '')} region` : name.replace(/['’]s$/u, ''),
      kind,
      precision: kind === 'region' || kind === 'country' ? 3 : near ? 2 : 1,
      range: [s, e],
      score,
    };
    if (kind === 'region') c.seatKey = `n:${folded}`;
    out.push(c);
  };
  for (const m of scan.areas.in(from, to)) {
    const g1 = m.groups[0]!;
    const s = text.indexOf(g1, m.index);
    const e = s + g1.length;
    const role = roleScore(text, m.index, e, from);
    if (!role) continue;
    const isRegion = REGION_WORDS.test(m.groups[1]!);
    push(g1, s, e, isRegion ? 'region' : 'site', role.score, role.near);
  }
  for (const m of scan.locatives.in(from, to)) {
    let name = m.groups[0]!;
    const s = m.end - name.length;
    const words = name.split(/\s+/u);
    // "Kolvo apartment block", "Velmorsk’s Kolvo district": keep the first name; two-word names only when both are names.
    if (words.length === 2 && (SITE_WORDS.test(words[1]!) || NOT_PLACE_WORDS.has(words[1]!))) name = words[0]!;
    // "Velmorsk’s Kolvo district": the town, and a site inside it.
    if (words.length === 2 && /['’]s$/u.test(words[0]!)) {
      name = words[0]!;
      const inner = words[1]!;
      const is = m.end - inner.length;
      if (!overlaps(is, is + inner.length)) push(inner, is, is + inner.length, 'site', 2, false);
    }
    const first = name.split(/\s+/u)[0]!.replace(/['’]s$/u, '');
    if (MONTHS_DAYS.test(first) || NOT_PLACE_WORDS.has(first)) continue;
    if (countryCode(first) || demonymCountry(first)) continue;
    const e = s + name.replace(/['’]s$/u, '').length;
    const after = text.slice(e, Math.min(text.length, e + 30));
    // "over Karvelian territory": an adjective before a common noun is no town.
    if (/(?:ian|ean|ese|ish)$/u.test(first) && /^\s+\p{Ll}/u.test(after)) continue;
    if (ACTOR_AFTER_PLACE.test(after.trimStart())) continue;
    const folded = foldName(name);
    const siteWord = SITE_WORDS.exec(after.trimStart());
    const kind = lex.sites.has(folded) || (siteWord && !/^port\b/iu.test(siteWord[0])) ? 'site' : lex.regions.has(folded) && REGION_WORDS.test(after.trimStart()) ? 'region' : 'city';
    const pre = before(text, from, s);
    if ((REFERENCE_KEYS.test(pre) && REFERENCE_BEFORE_PLACE.test(pre)) || (GATHERING_KEYS.test(pre) && GATHERING_BEFORE_PLACE.test(pre)) || /\bfrom\s+(?:the\s+)?$/iu.test(pre.slice(-20))) continue;
    if (notASite(pre)) continue;
    // "over Karvelia": a name shaped like a country, whose adjective the report also uses, is country-wide.
    if (kind === 'city' && lex.countries.has(folded)) {
      push(name, s, e, 'country', 1, false);
      continue;
    }
    push(name, s, e, kind, 3, NEAR_KEYS.test(pre) && NEAR_BEFORE_PLACE.test(pre));
  }
  // Bare mentions of a town the report names elsewhere with a locative: "Tolvany, about 30 kilometres from the border, …".
  for (const name of lex.townForms) {
    for (let i = sentence.indexOf(name); i !== -1; i = sentence.indexOf(name, i + name.length)) {
      // Whole words only: "Tolvany" but not "Tolvanyan".
      if (/[\p{L}\p{N}]/u.test(sentence[i - 1] ?? ' ') || /[\p{L}\p{N}]/u.test(sentence[i + name.length] ?? ' ')) continue;
      const s = from + i;
      const e = s + name.length;
      const role = roleScore(text, s, e, from);
      if (role) push(name, s, e, 'city', 2 + role.score / 2, role.near);
    }
  }
  const cap = lex.capital;
  if (cap) {
    const re = /\bcapital,? (\p{Lu}[\p{Ll}’'-]{2,})/gu;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const s = from + m.index + m[0].length - m[1]!.length;
      push(m[1]!, s, s + m[1]!.length, 'city', 3, false);
    }
  }
}

function deicticCandidates(text: string, from: number, to: number, out: PlaceCandidate[]): void {
  const sentence = text.slice(from, to);
  const taken = overlapTest(out.map((c) => c.range));
  DEICTIC.lastIndex = 0;
  for (let m = DEICTIC.exec(sentence); m; m = DEICTIC.exec(sentence)) {
    const s = from + m.index;
    const e = s + m[0].length;
    if (taken(s, e)) continue;
    const role = roleScore(text, s, e, from);
    if (!role) continue;
    const adjective = m[1];
    const cc = adjective ? demonymCountry(adjective) : undefined;
    const what = m[2]!.toLowerCase() === 'capital' ? 'capital' : 'city';
    if (adjective && !cc && !/(?:ian|ean|ese|ish|i)$/u.test(adjective)) continue;
    const c: PlaceCandidate = {
      key: 'deictic',
      name: m[0],
      kind: 'deictic',
      precision: role.near ? 2 : 1,
      range: [s, e],
      deictic: cc ? { what, country: cc } : adjective ? { what, adjective } : { what },
      score: role.score + 1,
    };
    out.push(c);
  }
}

/** The capital of a country as a gazetteer place (precision 1), for "the Russian capital". */
export function capitalPlace(cc: string): GeoPlace | undefined {
  const g = gazetteer();
  const i = g.capitalOf(cc);
  if (i === undefined) return undefined;
  const p = g.place(i);
  const geo: GeoPlace = { name: p.name, country: p.country, lat: p.lat, lon: p.lon, precision: 1, geonameId: p.geonameId };
  if (p.admin1) geo.admin1 = `${p.country}.${p.admin1}`;
  if (p.population) geo.population = p.population;
  return geo;
}
