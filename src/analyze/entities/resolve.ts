/**
 * Groups recognised mentions into entities: persons by surname (with given names that must
 * agree), surname-only mentions and leftover capitalised words linked to a person the report
 * names in full, role mentions ("the mayor") to the last person holding that role, "he"/"she"
 * to the last person named close before; organisations by normalised name and country;
 * places by their gazetteer place once geocoded, so Kiev and Kyiv are one entity.
 */
import { countryCode, demonymCountry } from '../places/countries.js';
import { geocode, type GeocodeContext } from '../places/geocode.js';
import type { GeoPlace } from '../places/geo-place.js';
import { cachedNameKey as nameKey } from '../places/name-key.js';
import type { Entity, EntityMention, EntityType, MentionKind } from './entity-types.js';
import type { KnownPerson } from './lexicon/people.js';
import type { Recognised, RawMention } from './recognise.js';
import { tokenKey, wordKey } from './token-key.js';
import type { Token } from './tokens.js';

interface Cluster {
  type: EntityType;
  mentions: RawMention[];
  canonical: string;
  /** Persons: surname key and given-name key; others: grouping key. */
  key: string;
  given?: string;
  known?: KnownPerson;
  country?: string;
  roles: string[];
  geo?: GeoPlace;
}

/** How far back (in characters and sentences) "he"/"she" may reach for its person. */
const PRONOUN_REACH = 600;
const PRONOUN_SENTENCES = 2;
/** A new, unnamed person between a name and a pronoun ("A man's voice … he says") takes the pronoun. */
const INTERVENING_PERSON =
  /\b(?:a|an|one|another)\s+(?:[\p{L}.-]+\s+){0,4}?(?:man|woman|boy|girl|official|resident|witness|source|soldier|officer|analyst|expert|diplomat|commander|spokesman|spokeswoman|person|driver|doctor|journalist|reporter|user|blogger|student|teacher|neighbou?r|local|mother|father|pilot|volunteer|worker|commentator|observer)\b/iu;

/** Builds the entity list from recogniser output; `tokens` are the ones recognition read. */
export function resolveEntities(text: string, tokens: readonly Token[], rec: Recognised): Entity[] {
  const mentions = [...rec.mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const people = new People();
  const others = new Others();
  const surnameOnly: RawMention[] = [];
  const references: RawMention[] = [];

  for (const m of mentions) {
    if (m.type !== 'person') {
      const linkedKey = m.type === 'organisation' || m.type === 'group' ? rec.acronyms.get(text.slice(m.start, m.end)) : undefined;
      others.add(linkedKey === undefined ? m : { ...m, key: linkedKey });
    } else if (m.kind === 'role' || m.kind === 'pronoun-like') references.push(m);
    else if (m.person!.surnameOnly) surnameOnly.push(m);
    else people.addFullName(m);
  }
  for (const m of surnameOnly) people.linkSurname(m);
  for (const w of rec.pending) {
    const m = people.pendingAsSurname(tokens[w.token]!, w.speechCue);
    if (m) people.linkSurname(m);
  }
  // "Nixon" after "Richard Nixon", "Bush" after "Reggie Bush": a surname, not the town of that name.
  const clusters = others.list().filter((c) => !surnameNotTown(c, text, people));
  people.linkReferences(text, references);
  geocodeAll(clusters, rec.countryHints);
  return finish(text, [...people.clusters, ...mergeSamePlace(clusters)]);
}

/** Moves a one-word town's mentions to the person whose surname it is; true when it did. */
function surnameNotTown(c: Cluster, text: string, people: People): boolean {
  if (c.type !== 'place' || !c.mentions.every((m) => m.placeKind === 'city' && !/\s/.test(text.slice(m.start, m.end)))) return false;
  const key = wordKey(text.slice(c.mentions[0]!.start, c.mentions[0]!.end));
  if (!people.hasSurname(key)) return false;
  for (const m of c.mentions) {
    people.linkSurname({ ...m, type: 'person', kind: 'alias', canonical: text.slice(m.start, m.end), key: '', person: { surnameKey: key, surnameOnly: true } });
  }
  return true;
}

// ── persons ──

/** Role references look back over at most this many distinct persons. */
const RECENT_PERSONS = 50;

class People {
  readonly clusters: Cluster[] = [];
  private readonly bySurname = new Map<string, Cluster[]>();
  private readonly byKnown = new Map<KnownPerson, Cluster>();
  /** Starts of each cluster's full-name mentions, in text order (they are added in order). */
  private readonly fullStarts = new Map<Cluster, number[]>();

  addFullName(m: RawMention): void {
    const p = m.person!;
    let c = p.known ? this.byKnown.get(p.known) : undefined;
    c ??= (this.bySurname.get(p.surnameKey) ?? []).find((x) => !x.known && (x.given === undefined || x.given === p.given));
    c ??= this.create(m);
    if (p.given !== undefined) c.given ??= p.given;
    if (!c.known && wordCount(m.canonical) > wordCount(c.canonical)) c.canonical = m.canonical;
    this.fullStarts.get(c)!.push(m.start);
    addPersonMention(c, m);
  }

  /** A surname alone ("Shoigu", "Mr. Putin"): the person of that surname named nearest before, else first. */
  linkSurname(m: RawMention): void {
    const p = m.person!;
    const known = p.known ? this.byKnown.get(p.known) : undefined;
    // The report's own people come before the lexicon: "Bush" after "Reggie Bush" is Reggie Bush.
    const namesakes = (this.bySurname.get(p.surnameKey) ?? []).slice(-RECENT_PERSONS);
    const same = p.known ? namesakes.filter((x) => !x.known || x === known) : namesakes;
    if (known && !same.includes(known)) same.push(known);
    let c: Cluster | undefined = same.length === 1 ? same[0] : undefined;
    if (same.length > 1) {
      let best = -1;
      for (const x of same) {
        const before = lastBefore(this.fullStarts.get(x)!, m.start);
        if (before > best) [c, best] = [x, before];
      }
      c ??= known ?? same[0];
    }
    addPersonMention(c ?? this.create(m), m);
  }

  hasSurname(key: string): boolean {
    return this.bySurname.has(key);
  }

  /** A leftover capitalised word that is the surname of a person the report names ("Kofman said"). */
  pendingAsSurname(t: Token, speechCue: boolean): RawMention | undefined {
    const key = tokenKey(t);
    if (!this.bySurname.has(key) && !(speechCue && !t.opening && !t.weak)) return undefined;
    return {
      start: t.start,
      end: t.end,
      type: 'person',
      kind: 'alias',
      canonical: t.text,
      key: '',
      sentence: t.sentence,
      person: { surnameKey: key, surnameOnly: true },
      speechCue,
    };
  }

  /**
   * Role mentions and pronouns, in one pass in text order: a role mention links to the latest
   * person whose role fits, a pronoun to the last person mentioned close before (by name or role).
   */
  linkReferences(text: string, references: RawMention[]): void {
    const named: Array<[RawMention, Cluster]> = [];
    for (const c of this.clusters) for (const m of c.mentions) named.push([m, c]);
    named.sort((a, b) => a[0].start - b[0].start);
    const recent: Cluster[] = [];
    let last: RawMention | undefined;
    let lastCluster: Cluster | undefined;
    let i = 0;
    for (const r of references) {
      for (; i < named.length && named[i]![0].start < r.start; i++) {
        [last, lastCluster] = named[i]!;
        touch(recent, lastCluster);
      }
      const c = r.kind === 'role' ? roleTarget(recent, r) : pronounTarget(text, last, lastCluster, r);
      if (!c) continue;
      addPersonMention(c, r);
      [last, lastCluster] = [r, c];
      touch(recent, c);
    }
  }

  private create(m: RawMention): Cluster {
    const p = m.person!;
    const c: Cluster = { type: 'person', mentions: [], canonical: m.canonical, key: p.surnameKey, roles: [] };
    if (p.known) {
      c.known = p.known;
      this.byKnown.set(p.known, c);
    }
    const list = this.bySurname.get(p.surnameKey);
    if (list) list.push(c);
    else this.bySurname.set(p.surnameKey, [c]);
    this.fullStarts.set(c, []);
    this.clusters.push(c);
    return c;
  }
}

function addPersonMention(c: Cluster, m: RawMention): void {
  c.mentions.push(m);
  if (m.role !== undefined && !c.roles.includes(m.role)) c.roles.push(m.role);
  c.country ??= m.country ?? c.known?.country;
}

/** The latest value below `x` in an ascending list, or -1. */
function lastBefore(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < x) [found, lo] = [sorted[mid]!, mid + 1];
    else hi = mid - 1;
  }
  return found;
}

/** Moves a person to the front of the recency list (bounded). */
function touch(recent: Cluster[], c: Cluster): void {
  const at = recent.indexOf(c);
  if (at === 0) return;
  if (at > 0) recent.splice(at, 1);
  recent.unshift(c);
  if (recent.length > RECENT_PERSONS) recent.pop();
}

function roleTarget(recent: readonly Cluster[], m: RawMention): Cluster | undefined {
  const ref = m.roleRef!;
  const words = ref.words.filter((w) => !demonymCountry(w) && !countryCode(w) && w !== ref.head);
  for (const c of recent) {
    if (ref.country !== undefined && c.country !== ref.country) continue;
    const roles = [...c.roles.map(expandRole), ...(c.known?.roleAliases ?? [])];
    if (roles.some((r) => hasWord(r, ref.head) && words.every((w) => hasWord(r, w)))) return c;
  }
  return undefined;
}

function pronounTarget(text: string, last: RawMention | undefined, c: Cluster | undefined, m: RawMention): Cluster | undefined {
  if (!last || !c || last.end > m.start) return undefined;
  if (m.start - last.end > PRONOUN_REACH || m.sentence - last.sentence > PRONOUN_SENTENCES) return undefined;
  return INTERVENING_PERSON.test(text.slice(last.end, m.start)) ? undefined : c;
}

const ROLE_ABBREVIATIONS: Record<string, string> = {
  gen: 'general', lt: 'lieutenant', col: 'colonel', maj: 'major', capt: 'captain', sgt: 'sergeant', adm: 'admiral',
  sen: 'senator', rep: 'representative', gov: 'governor', pres: 'president', cmdr: 'commander',
};

/** Lower case, abbreviations spelled out: "Gen." → "general", so "the general" finds it. */
function expandRole(role: string): string {
  return role
    .toLowerCase()
    .split(/\s+/)
    .map((w) => ROLE_ABBREVIATIONS[w.replace(/\.$/, '')] ?? w)
    .join(' ');
}

function hasWord(haystack: string, word: string): boolean {
  for (let i = haystack.indexOf(word); i !== -1; i = haystack.indexOf(word, i + 1)) {
    const before = i === 0 || !/\p{L}/u.test(haystack[i - 1]!);
    const after = i + word.length === haystack.length || !/\p{L}/u.test(haystack[i + word.length]!);
    if (before && after) return true;
  }
  return false;
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => !/^\p{Lu}\.?$/u.test(w)).length;
}

// ── organisations, places, facilities, weapons, groups ──

class Others {
  private readonly byKey = new Map<string, Cluster>();
  /** Latest qualified organisation per base name ("defense ministry" → "RU|defense ministry"). */
  private readonly qualified = new Map<string, string>();

  add(m: RawMention): void {
    let key = `${m.type}#${m.key}`;
    if (m.type === 'organisation' || m.type === 'group') {
      const bar = m.key.indexOf('|');
      const base = `${m.type}#${m.key.slice(bar + 1)}`;
      // "the Defense Ministry" after "Russia's Defense Ministry": the qualified one.
      if (bar === 0) key = this.qualified.get(base) ?? key;
      else if (bar > 0) this.qualified.set(base, key);
    }
    let c = this.byKey.get(key);
    if (!c) {
      c = { type: m.type, mentions: [], canonical: m.canonical, key: key.slice(key.indexOf('#') + 1), roles: [] };
      this.byKey.set(key, c);
    } else if (m.type === 'organisation' && preferOrgName(m.canonical, c.canonical)) {
      c.canonical = m.canonical;
    }
    if (m.country) c.country ??= m.country;
    c.mentions.push(m);
  }

  list(): Cluster[] {
    return [...this.byKey.values()];
  }
}

function preferOrgName(candidate: string, current: string): boolean {
  return candidate.length > current.length && candidate.toLowerCase().includes(current.toLowerCase().split(' ').pop()!);
}

/** Places resolved earlier that may pull a namesake towards them (most recent first), bounded. */
const NEARBY_LIMIT = 20;

/** Geocodes places and facilities in order of first mention, each resolved place helping the next. */
function geocodeAll(clusters: Cluster[], countryHints: readonly string[]): void {
  const hints = compactHints(countryHints);
  const nearby: GeoPlace[] = [];
  const cache = new Map<string, GeoPlace | undefined>();
  const ordered = [...clusters].sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  for (const c of ordered) {
    if (c.type !== 'place' && c.type !== 'facility') continue;
    const m = c.mentions[0]!;
    if (!m.placeName) continue;
    const k = `${m.placeName}|${m.placeCountry ?? ''}`;
    let geo = cache.get(k);
    if (!cache.has(k)) {
      const ctx: GeocodeContext = { countryHints: m.placeCountry ? [...hints, m.placeCountry, m.placeCountry, m.placeCountry] : hints, nearby };
      geo = geocode(m.placeName, ctx);
      cache.set(k, geo);
    }
    if (!geo) continue;
    c.geo = geo;
    if (c.type === 'place') {
      c.canonical = geo.name;
      if (geo.precision === 1) {
        nearby.unshift(geo);
        if (nearby.length > NEARBY_LIMIT) nearby.pop();
      }
    }
  }
}

/** The report's country mentions as at most ~20 entries in the same proportions. */
function compactHints(hints: readonly string[]): string[] {
  if (hints.length <= 20) return [...hints];
  const count = new Map<string, number>();
  for (const h of hints) count.set(h, (count.get(h) ?? 0) + 1);
  const out: string[] = [];
  for (const [cc, n] of count) for (let i = 0; i < Math.round((n / hints.length) * 20); i++) out.push(cc);
  return out;
}

/** Kiev and Kyiv, Ternopol and Ternopil: one entity once both resolve to the same place. */
function mergeSamePlace(clusters: Cluster[]): Cluster[] {
  const byPlace = new Map<string, Cluster>();
  const out: Cluster[] = [];
  for (const c of clusters) {
    if (c.type !== 'place' || !c.geo) {
      out.push(c);
      continue;
    }
    const id = c.geo.geonameId !== undefined ? `id:${c.geo.geonameId}` : `${c.geo.name}|${c.geo.country}|${c.geo.precision}`;
    const have = byPlace.get(id);
    if (have) have.mentions.push(...c.mentions);
    else {
      byPlace.set(id, c);
      out.push(c);
    }
  }
  return out;
}

// ── output ──

function finish(text: string, clusters: Cluster[]): Entity[] {
  const built = clusters
    .filter((c) => c.mentions.length > 0)
    .map((c) => {
      c.mentions.sort((a, b) => a.start - b.start);
      return c;
    })
    .filter((c) => !(c.type === 'person' && c.mentions.every((m) => m.speechCue === true) && c.mentions.length < 2 && !c.known))
    .filter((c) => !c.mentions.every((m) => m.tentative === true))
    .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  return built.map((c, i) => toEntity(text, c, i + 1));
}

function toEntity(text: string, c: Cluster, n: number): Entity {
  const canonicalKey = nameKey(c.canonical);
  const mentions: EntityMention[] = [];
  const aliases: string[] = [];
  const seen = new Set<string>();
  let last = -1;
  for (const m of c.mentions) {
    if (m.start < last) continue; // nested duplicates from overlapping rules
    last = m.end;
    const written = text.slice(m.start, m.end);
    const kind = mentionKind(c, m, written, canonicalKey);
    mentions.push({ range: [m.start, m.end], text: written, kind });
    if ((kind === 'name' || kind === 'alias' || kind === 'title') && written !== c.canonical && !seen.has(written)) {
      seen.add(written);
      aliases.push(written);
    }
  }
  const e: Entity = { id: `e${n}`, type: c.type, canonical: c.canonical, aliases, mentions };
  if (c.type === 'person' && c.roles.length > 0) e.roles = [...c.roles];
  if (c.geo) e.geo = c.geo;
  return e;
}

function mentionKind(c: Cluster, m: RawMention, written: string, canonicalKey: string): MentionKind {
  if (m.kind === 'role' || m.kind === 'pronoun-like' || m.kind === 'title') return m.kind;
  if (nameKey(written) === canonicalKey) return 'name';
  if (c.type === 'person' && m.person && !m.person.surnameOnly) return 'name';
  return 'alias';
}
