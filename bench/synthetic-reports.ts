/**
 * Deterministic synthetic news reports for benchmarks: realistic templates of an invented
 * conflict (places, officials, counts, quotes, hedges, boilerplate), varied by a seeded RNG.
 */
import type { CleanDocument } from '../src/model/document.js';
import type { Entity } from '../src/analyze/entities/entity-types.js';
import type { GeoPlace } from '../src/analyze/places/geo-place.js';
import { cachedNameKey } from '../src/analyze/places/name-key.js';
import type { FacetClaim, FacetKind, FacetValue, IncidentFacts, ReportFacts } from '../src/corpus/align/facet-types.js';
import { placeKey } from '../src/corpus/align/place-key.js';
import { partyOf, speakerKey } from '../src/corpus/align/party-key.js';

export function createRng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    // mulberry32: tiny, fast, and the same sequence on every machine.
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CITIES = ['Varna Nova', 'Ostrava Lesna', 'Kettleby', 'Port Amsel', 'Drevograd', 'Saltmarsh', 'Helmstadt', 'Brisk'];
const OFFICIALS = [
  ['Mayor', 'Ilse Varga'],
  ['Defence Minister', 'Tomasz Orlen'],
  ['Governor', 'Marek Dunai'],
  ['Foreign Minister', 'Anna Kessler'],
  ['army spokesman', 'Pavel Rusu'],
];
const OUTLETS = ['Kestrel Daily', 'The Harbour Ledger', 'Northgate Wire', 'Meridian Post', 'Vale Courier'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const HEDGES = ['reportedly', 'according to preliminary information', 'in what appeared to be', 'if confirmed'];
const NUMBERS = ['two', 'three', 'five', 'seven', 'nine', 'eleven', 'dozens of', 'more than 20'];

function pick<T>(rng: () => number, xs: readonly T[]): T {
  return xs[Math.floor(rng() * xs.length)]!;
}

export interface SyntheticReport {
  headline: string;
  outlet: string;
  published: string;
  text: string;
}

/** One report of about `targetBytes` of body text. */
export function syntheticReport(i: number, targetBytes = 5000, seed = 1): SyntheticReport {
  const rng = createRng(seed * 1_000_003 + i);
  const city = pick(rng, CITIES);
  const other = pick(rng, CITIES.filter((c) => c !== city));
  const [role, name] = pick(rng, OFFICIALS) as [string, string];
  const outlet = pick(rng, OUTLETS);
  const day = 1 + Math.floor(rng() * 27);
  const published = `2026-03-${String(day).padStart(2, '0')}`;
  const headline = `${pick(rng, NUMBERS)[0]!.toUpperCase()}${pick(rng, NUMBERS).slice(1)} drones downed over ${city}, ${role.toLowerCase()} says`;
  const paras: string[] = [];
  while (paras.join('\n\n').length < targetBytes) {
    const n = pick(rng, NUMBERS);
    const wd = pick(rng, WEEKDAYS);
    switch (Math.floor(rng() * 6)) {
      case 0:
        paras.push(`${city} came under attack early ${wd} morning, when ${n} drones approached the city from the south, ${role} ${name} said in a statement posted at ${1 + Math.floor(rng() * 5)}:${String(Math.floor(rng() * 60)).padStart(2, '0')} local time. Air defence units shot down most of them, and ${Math.floor(rng() * 4)} people were slightly injured by falling debris.`);
        break;
      case 1:
        paras.push(`“We will not allow the skies over ${city} to become a shooting gallery,” ${name} told reporters on ${wd}. “Every launch site will be found.” The ministry in ${other} rejected the accusation and called it “a provocation meant to justify escalation”.`);
        break;
      case 2:
        paras.push(`Several residential buildings were damaged, ${pick(rng, HEDGES)} published by the emergency service. The claims could not be independently verified, and the regional administration did not respond to a request for comment by ${outlet}.`);
        break;
      case 3:
        paras.push(`Analysts said the attack may mark a shift in tactics. ${n[0]!.toUpperCase()}${n.slice(1)} similar incidents have been recorded around ${other} since January, according to a count kept by local journalists, and the distance from the border — about ${100 + Math.floor(rng() * 400)} kilometres — suggests longer-range systems.`);
        break;
      case 4:
        paras.push(`A senior official who spoke on condition of anonymity said the interceptions used electronic warfare as well as missiles. Another source familiar with the matter said at least ${2 + Math.floor(rng() * 9)} of the drones were diverted before reaching the city limits.`);
        break;
      default:
        paras.push(`Residents of ${city} described a sleepless night. Schools in the district stayed closed on ${wd}, and the airport suspended flights for ${1 + Math.floor(rng() * 6)} hours while debris was cleared from a runway.`);
    }
  }
  return { headline, outlet, published, text: `${headline}\n\n${paras.join('\n\n')}` };
}

/** The same report as a page with site chrome, navigation, a share bar and a comment section. */
export function syntheticPage(r: SyntheticReport): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = r.text.split('\n\n').slice(1).map((p) => `<p>${esc(p)}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(r.headline)} | ${esc(r.outlet)}</title>
<meta property="og:site_name" content="${esc(r.outlet)}"><meta property="article:published_time" content="${r.published}T07:30:00+02:00">
<script>window.dataLayer=[];</script></head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a> <a href="/sport">Sport</a></nav></header>
<main><article><h1>${esc(r.headline)}</h1><div class="byline">By Staff Reporter</div>
${body}
<div class="share">Share on Facebook · Share on X · Email</div></article>
<aside class="related"><h3>Related</h3><ul><li><a href="/a">Storm closes harbour</a></li><li><a href="/b">Council approves budget</a></li></ul></aside>
<section id="comments"><h3>Leave a comment</h3><form><textarea></textarea></form></section></main>
<footer>© 2026 ${esc(r.outlet)}. All rights reserved. <a href="/privacy">Privacy</a></footer></body></html>`;
}

// ——— A stream of reports on many incidents, for the cross-report layer at scale ———

/** How a report of the stream came about. */
export type StreamReportKind =
  | 'wire'
  | 'local'
  | 'foreign-local'
  | 'original'
  | 'wire-copy'
  | 'rewrite'
  | 'translation'
  | 'denial'
  | 'clickbait'
  | 'follow-up'
  | 'commentary';

/** One report of {@link createReportStream}, with the ground truth the bench scores against. */
export interface StreamReport {
  index: number;
  doc: CleanDocument;
  /** What the reading layer would give for the report (`readReportFacts`). */
  facts: ReportFacts;
  kind: StreamReportKind;
  /** Incident the report is about (`<day>:<slot>`); undefined for commentary. */
  incident?: string;
  /** The report it copies, rewrites or translates. */
  derivedFrom?: number;
}

/** Shape of the stream; every field has a default. */
export interface ReportStreamOptions {
  seed?: number;
  /** Reports per day of the stream (so the number of days grows with the stream, not the crowd per day). */
  reportsPerDay?: number;
  /** Incidents that happen per day. */
  incidentsPerDay?: number;
  /** First day, ISO. */
  start?: string;
}

/** A deterministic, random-access stream of reports (see {@link createReportStream}). */
export interface ReportStream {
  readonly options: Required<ReportStreamOptions>;
  /** Report `i` (the same on every call). */
  report(i: number): StreamReport;
  /** Only the text of report `i` (what a store gives back), cheaper than the whole report. */
  text(i: number): string;
  /** Ground truth of report `i` without generating it: its incident and kind. */
  truth(i: number): { incident?: string; kind: StreamReportKind; derivedFrom?: number };
  /** Report number of a report id, or undefined for ids the stream did not make. */
  indexOf(id: string): number | undefined;
}

const DAY_MS = 86_400_000;
const ONSETS = ['b', 'd', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'br', 'dr', 'gr', 'kr', 'pr', 'tr', 'st', 'sl', 'sh', 'zh', 'ch', 'sv', 'vl'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'a', 'o', 'e'];
const TOWN_ENDINGS = ['ovo', 'ava', 'insk', 'orsk', 'ograd', 'ets', 'any', 'ino', 'itsa', 'opol', 'evka', 'ansk', 'ara', 'en'];
const SURNAME_ENDINGS = ['ov', 'enko', 'ski', 'in', 'ovich', 'ek', 'ar', 'ani', 'uk', 'esh', 'ova', 'ich'];
const FIRST_NAMES = ['Tomas', 'Marek', 'Anna', 'Pavel', 'Lidia', 'Renata', 'Edvin', 'Mirela', 'Vadim', 'Kasimir', 'Arkadi', 'Elin', 'Oskar', 'Nadia', 'Boris', 'Darina', 'Stefan', 'Goran', 'Milena', 'Vera', 'Irina', 'Timur', 'Sabina', 'Olga', 'Igor', 'Dmitri', 'Larisa', 'Roman', 'Zoran', 'Teodor', 'Filip', 'Lorena'];
const COUNTRIES = [
  { name: 'Veldaria', adj: 'Veldarian', code: 'XA' },
  { name: 'Ostrevia', adj: 'Ostrevian', code: 'XB' },
  { name: 'Marunia', adj: 'Marunian', code: 'XC' },
  { name: 'Tessoria', adj: 'Tessorian', code: 'XD' },
] as const;
/** Who attacks whom: Veldaria and Ostrevia, Marunia and Tessoria. */
const ENEMY = [1, 0, 3, 2] as const;
const AGENCIES = ['Lanternwire', 'Crossline', 'Northbeam', 'Keystone Wire', 'Halyard'];
const OUTLET_PLACES = ['Northfold', 'Brightwater', 'Kestrelford', 'Harbourside', 'Millbrook', 'Ashgrove', 'Riverton', 'Stonebridge', 'Greyfield', 'Eastmere', 'Westvale', 'Fairhaven', 'Oakridge', 'Silverlake', 'Redcliff', 'Lowmoor', 'Highmarsh', 'Thornbury', 'Glenmouth', 'Copperhill'];
const OUTLET_NAMES = ['Herald', 'Courier', 'Post', 'Ledger', 'Gazette', 'Observer', 'Chronicle', 'Times', 'Daily', 'Record', 'Tribune', 'Dispatch', 'Monitor', 'Journal', 'Bulletin'];
const FOREIGN_WORDS = ['Vestnik', 'Kurer', 'Novosti', 'Gazeta', 'Glas', 'Vedomosti'];
const STREETS = ['Linden', 'Garnet', 'Foundry', 'Orchard', 'Station', 'Harbour', 'Mill', 'Market', 'Birch', 'Canal', 'Granite', 'Poplar'];
const EVENT_TYPES = ['drone-strike', 'drone-strike', 'drone-strike', 'missile-strike', 'missile-strike', 'shelling', 'explosion'] as const;
const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Damaged objects as the reading layer names them, with how reports write them. */
const OBJECTS: ReadonlyArray<[string, string[]]> = [
  ['apartment building', ['an apartment building', 'a residential building', 'a nine-storey apartment block']],
  ['garage', ['a garage block', 'several garages']],
  ['houses', ['private houses', 'several homes']],
  ['warehouse', ['a warehouse']],
  ['depot', ['a rail depot', 'a bus depot']],
  ['power facility', ['a power station', 'an electrical substation']],
  ['fuel facility', ['a fuel depot', 'an oil depot']],
  ['school', ['a school']],
  ['vehicles', ['parked cars', 'several vehicles']],
  ['port', ['the river port', 'a cargo terminal']],
];

interface Town {
  no: number;
  name: string;
  region: string;
  country: number;
  mayor: string;
  governor: string;
  geo: GeoPlace;
}

interface Incident {
  key: string;
  day: number;
  slot: number;
  town: Town;
  type: (typeof EVENT_TYPES)[number];
  weapon: 'drones' | 'missiles' | 'shells';
  launched: number;
  intercepted: number;
  region: number;
  country: number;
  killed: number;
  injured: number;
  street: string;
  objects: number[];
  hour: number;
  minute: number;
  attacker: number;
  denies: boolean;
  agency: string;
  foreignOutlet?: string;
  /** Slot of another incident the same night that some reports also tell of. */
  alsoSlot?: number;
  spokesman: string;
  foreignSpokesman: string;
}

/** A sentence of a report and the claims it carries. */
interface Sentence {
  text: string;
  claims?: ClaimSpec[];
  /** Paragraph break after it. */
  br?: boolean;
  /** The sentence tells of the second incident. */
  second?: boolean;
}

interface ClaimSpec {
  facet: string;
  kind: FacetKind;
  value: FacetValue;
  display: string;
  source?: string;
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const LATIN_TO_CYRILLIC: ReadonlyArray<[string, string]> = [
  ['shch', 'щ'], ['sh', 'ш'], ['ch', 'ч'], ['zh', 'ж'], ['ts', 'ц'], ['kh', 'х'], ['yu', 'ю'], ['ya', 'я'],
  ['a', 'а'], ['b', 'б'], ['v', 'в'], ['g', 'г'], ['d', 'д'], ['e', 'е'], ['z', 'з'], ['i', 'и'], ['y', 'й'], ['k', 'к'],
  ['l', 'л'], ['m', 'м'], ['n', 'н'], ['o', 'о'], ['p', 'п'], ['r', 'р'], ['s', 'с'], ['t', 'т'], ['u', 'у'], ['f', 'ф'], ['h', 'х'],
];

/** Invented Latin names written in Cyrillic the way the index's transliteration reads them back. */
function cyrillic(s: string): string {
  return s.replace(/\p{L}+/gu, (w) => {
    let out = '';
    const lower = w.toLowerCase();
    for (let i = 0; i < lower.length; ) {
      const hit = LATIN_TO_CYRILLIC.find(([l]) => lower.startsWith(l, i));
      if (hit) {
        out += hit[1];
        i += hit[0].length;
      } else out += lower[i++];
    }
    return w[0] === w[0]!.toUpperCase() ? cap(out) : out;
  });
}

/** Picks `{a|b|c}` alternatives in a template. */
function vary(rng: () => number, s: string): string {
  // Innermost alternatives first, so `{a {b|c}|d}` works.
  while (s.includes('{')) s = s.replace(/\{([^{}]*)\}/g, (_m, alts: string) => pick(rng, alts.split('|')));
  return s;
}

function hashSeed(...xs: number[]): number {
  let h = 0x811c9dc5;
  for (const x of xs) {
    h = Math.imul(h ^ (x >>> 0), 0x01000193) >>> 0;
    h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> 0;
  }
  return h;
}

function numberWord(n: number): string {
  const words = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
  return n < 10 ? words[n]! : String(n);
}

function dayIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * A stream of reports on an invented war of drones and missiles: each day incidents strike towns
 * (big towns often, so one town is hit on many days), and each incident is told by a wire agency,
 * by a local outlet (often in another language), by independent outlets in their own words with
 * their own figures (some conflicting, tolls that rise through the day), by syndicated copies of
 * the wire story, rewrites of it, credited translations of the local report, denials, clickbait
 * with a figure of its own, next-day follow-ups, and commentary with no incident. Some reports
 * also tell of a second incident the same night. Report `i` is generated on demand, so a million
 * reports never have to be held at once; what the reading layer would give for each report
 * (`ReportFacts`) is generated with it, evidence spans pointing into the report's own text.
 */
export function createReportStream(options: ReportStreamOptions = {}): ReportStream {
  const o: Required<ReportStreamOptions> = { seed: 11, reportsPerDay: 2000, incidentsPerDay: 80, start: '2026-01-05', ...options };
  const R = o.reportsPerDay;
  const M = o.incidentsPerDay;
  const startDay = Math.floor(Date.parse(`${o.start}T00:00:00Z`) / DAY_MS);
  const world = createRng(o.seed * 7919 + 3);

  const usedNames = new Set<string>();
  const name = (endings: readonly string[]) => {
    for (;;) {
      const syl = 1 + Math.floor(world() * 2);
      let s = '';
      for (let k = 0; k < syl; k++) s += pick(world, ONSETS) + pick(world, VOWELS);
      s = cap(s + pick(world, endings));
      if (s.length >= 5 && !usedNames.has(s)) {
        usedNames.add(s);
        return s;
      }
    }
  };
  const person = () => `${pick(world, FIRST_NAMES)} ${name(SURNAME_ENDINGS)}`;
  const regions = Array.from({ length: 40 }, () => name(['ia', 'ovia', 'aria']));
  // Towns on a grid 40 km apart, so two towns are never one place.
  const towns: Town[] = Array.from({ length: 2400 }, (_, no) => {
    const country = no % 4;
    const region = regions[(no % 40)]!;
    const lat = 44 + Math.floor(no / 48) * 0.36 + world() * 0.04;
    const lon = 20 + (no % 48) * 0.5 + world() * 0.05;
    const n = name(TOWN_ENDINGS);
    return {
      no,
      name: n,
      region,
      country,
      mayor: person(),
      governor: person(),
      geo: { name: n, country: COUNTRIES[country]!.code, admin1: `${COUNTRIES[country]!.code}.${String(no % 40).padStart(2, '0')}`, lat, lon, geonameId: 9_100_000 + no, precision: 1 },
    };
  });
  const spokesmen = COUNTRIES.map(() => person());
  const foreignSpokesmen = COUNTRIES.map(() => person());
  const outlets = OUTLET_PLACES.flatMap((p) => OUTLET_NAMES.map((n) => `${p} ${n}`));
  // Popularity: a few towns are hit again and again; incidents of a day draw reports unevenly.
  const cumulative = (n: number, s: number) => {
    const c = new Float64Array(n);
    let acc = 0;
    for (let k = 0; k < n; k++) c[k] = acc += 1 / Math.pow(k + 1, s);
    for (let k = 0; k < n; k++) c[k]! /= acc;
    return c;
  };
  // Towns are hit every third day at most (a town's turn comes with the day), and never twice on
  // one day: incidents the reports themselves could not tell apart would only blur the truth.
  const townsByTurn = [0, 1, 2].map((k) => towns.filter((t) => t.no % 3 === k));
  const townWeights = cumulative(townsByTurn[0]!.length, 0.9);
  const slotWeights = cumulative(M, 0.9);
  const dayTowns = new Map<number, Town[]>();
  const townsOfDay = (day: number): Town[] => {
    let list = dayTowns.get(day);
    if (list) return list;
    const rng = createRng(hashSeed(o.seed, day, 9));
    const pool = townsByTurn[day % 3]!;
    const taken = new Set<number>();
    list = [];
    while (list.length < M) {
      const t = pool[draw(townWeights, rng())]!;
      if (taken.has(t.no)) continue;
      taken.add(t.no);
      list.push(t);
    }
    if (dayTowns.size > 16) dayTowns.clear();
    dayTowns.set(day, list);
    return list;
  };
  const draw = (c: Float64Array, x: number) => {
    let lo = 0;
    let hi = c.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (c[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  const incidentCache = new Map<string, Incident>();
  const incident = (day: number, slot: number): Incident => {
    const key = `${day}:${slot}`;
    const hit = incidentCache.get(key);
    if (hit) return hit;
    const rng = createRng(hashSeed(o.seed, day, slot, 1));
    const town = townsOfDay(day)[slot]!;
    const type = pick(rng, EVENT_TYPES);
    const weapon = type === 'drone-strike' ? 'drones' : type === 'shelling' ? 'shells' : 'missiles';
    const launched = weapon === 'drones' ? 8 + Math.floor(rng() * 50) : 2 + Math.floor(rng() * 14);
    const intercepted = Math.max(1, launched - 1 - Math.floor(rng() * Math.max(2, launched / 4)));
    const killed = rng() < 0.55 ? 0 : 1 + Math.floor(rng() * 6);
    const injured = 1 + Math.floor(rng() * 18);
    const objects = [Math.floor(rng() * OBJECTS.length)];
    if (rng() < 0.5) objects.push((objects[0]! + 1 + Math.floor(rng() * (OBJECTS.length - 1))) % OBJECTS.length);
    const attacker = ENEMY[town.country as 0 | 1 | 2 | 3];
    const foreign = rng() < 0.35;
    // Another incident of the same night that some reports also tell of.
    const alsoSlot = rng() < 0.25 ? (slot + 1 + Math.floor(rng() * 5)) % M : undefined;
    const inc: Incident = {
      key,
      day,
      slot,
      town,
      type,
      weapon,
      launched,
      intercepted,
      region: intercepted + 2 + Math.floor(rng() * 9),
      country: 0,
      killed,
      injured,
      street: `${pick(rng, STREETS)} Street`,
      objects,
      hour: Math.floor(rng() * 5),
      minute: Math.floor(rng() * 60),
      attacker,
      denies: rng() < 0.6,
      agency: pick(rng, AGENCIES),
      ...(foreign ? { foreignOutlet: `${pick(rng, FOREIGN_WORDS)} ${town.name}` } : {}),
      ...(alsoSlot !== undefined ? { alsoSlot } : {}),
      spokesman: spokesmen[town.country]!,
      foreignSpokesman: foreignSpokesmen[attacker]!,
    };
    inc.country = Math.max(inc.launched, inc.region) + 5 + Math.floor(rng() * 30);
    if (incidentCache.size > 4096) incidentCache.clear();
    incidentCache.set(key, inc);
    return inc;
  };

  /** Which incident report `i` is about and how it came about (cheap: no text). */
  const truth = (i: number): { incident?: Incident; kind: StreamReportKind; derivedFrom?: number; rng: () => number } => {
    const day = Math.floor(i / R);
    const p = i % R;
    const rng = createRng(hashSeed(o.seed, i, 2));
    if (p < M) return { incident: incident(day, p), kind: 'wire', rng };
    if (p < 2 * M) {
      const inc = incident(day, p - M);
      return { incident: inc, kind: inc.foreignOutlet ? 'foreign-local' : 'local', rng };
    }
    const x = rng();
    if (x < 0.05) return { kind: 'commentary', incident: incident(day, draw(slotWeights, rng())), rng };
    const followUp = day > 0 && rng() < 0.12;
    const incDay = followUp ? day - 1 : day;
    const slot = draw(slotWeights, rng());
    const inc = incident(incDay, slot);
    if (followUp) return { incident: inc, kind: 'follow-up', rng };
    const y = rng();
    if (y < 0.17) return { incident: inc, kind: 'wire-copy', derivedFrom: incDay * R + slot, rng };
    if (y < 0.25) return { incident: inc, kind: 'rewrite', derivedFrom: incDay * R + slot, rng };
    if (y < 0.32 && inc.foreignOutlet) return { incident: inc, kind: 'translation', derivedFrom: incDay * R + M + slot, rng };
    if (y < 0.38) return { incident: inc, kind: 'denial', rng };
    if (y < 0.41) return { incident: inc, kind: 'clickbait', rng };
    return { incident: inc, kind: 'original', rng };
  };

  /** Publication instant of report `i`: its day, later in the day the further into it. */
  const publishedAt = (i: number): number => {
    const day = Math.floor(i / R);
    const p = i % R;
    return (startDay + day) * DAY_MS + 5 * 3_600_000 + Math.floor((p / R) * 18 * 3_600_000);
  };

  const idOf = (i: number) => `${i.toString(16).padStart(8, '0')}${(hashSeed(o.seed, i, 3) >>> 0).toString(16).padStart(8, '0')}`;

  const placeKeyOf = new Map<string, string>();
  const pkOf = (town: Town) => {
    let k = placeKeyOf.get(town.name);
    if (k === undefined) placeKeyOf.set(town.name, (k = placeKey(town.name)));
    return k;
  };

  // ——— sentences, each with the claims it carries ———

  const W = (inc: Incident) => (inc.weapon === 'shells' ? 'shells' : inc.weapon);
  const dateClaim = (inc: Incident, first: number, last: number, text: string): ClaimSpec => ({
    facet: `date@${pkOf(inc.town)}`,
    kind: 'date',
    value: { type: 'days', first: dayIso(startDay + first), last: dayIso(startDay + last), text, resolution: 'resolved' },
    display: first === last ? dayIso(startDay + first) : `${dayIso(startDay + first)} – ${dayIso(startDay + last)}`,
  });
  const placeClaim = (town: Town): ClaimSpec => ({ facet: `place@${pkOf(town)}`, kind: 'place', value: { type: 'label', key: pkOf(town), label: town.name }, display: town.name });
  const countClaim = (town: Town, group: string, weapon: string, scope: '' | '/region' | '/country', n: number, source?: string): ClaimSpec => ({
    facet: `count:${group}:${cachedNameKey(weapon)}@${pkOf(town)}${scope}`,
    kind: 'count',
    value: { type: 'number', value: n, approx: 'exact' },
    display: String(n),
    ...(source ? { source } : {}),
  });
  const tollClaim = (inc: Incident, what: 'killed' | 'injured', n: number, source?: string): ClaimSpec => ({
    facet: `casualties:${what}@${pkOf(inc.town)}`,
    kind: 'casualties',
    value: { type: 'number', value: n, approx: 'exact' },
    display: String(n),
    ...(source ? { source } : {}),
  });
  const damageClaim = (inc: Incident, k: number): ClaimSpec => {
    const obj = OBJECTS[k]![0];
    return { facet: `damage:${cachedNameKey(obj)}@${pkOf(inc.town)}`, kind: 'damage', value: { type: 'label', key: cachedNameKey(obj), label: obj }, display: obj };
  };
  const siteClaim = (inc: Incident): ClaimSpec => ({
    facet: `place:site:${cachedNameKey(inc.street)}@${pkOf(inc.town)}`,
    kind: 'place',
    value: { type: 'label', key: cachedNameKey(inc.street), label: inc.street },
    display: inc.street,
  });
  const blameClaim = (inc: Incident): ClaimSpec => {
    const party = partyOf(COUNTRIES[inc.attacker]!.name);
    return {
      facet: `attribution:${party.key}@${pkOf(inc.town)}`,
      kind: 'attribution',
      value: { type: 'attribution', party: party.name, stance: 'blamed', by: inc.spokesman },
      display: `${party.name} blamed (by ${inc.spokesman})`,
      source: inc.spokesman,
    };
  };
  const denyClaim = (inc: Incident): ClaimSpec => {
    const party = partyOf(COUNTRIES[inc.attacker]!.name);
    return {
      facet: `attribution:${party.key}@${pkOf(inc.town)}`,
      kind: 'attribution',
      value: { type: 'attribution', party: party.name, stance: 'denied', by: inc.foreignSpokesman },
      display: `${party.name} denied (by ${inc.foreignSpokesman})`,
      source: inc.foreignSpokesman,
    };
  };
  const statementClaim = (inc: Incident, who: string, what: 'blames' | 'denies' | 'reports' | 'confirms'): ClaimSpec => ({
    facet: `statement:${speakerKey(who, 'person')}@${pkOf(inc.town)}`,
    kind: 'statement',
    value: { type: 'label', key: what, label: what },
    display: `${who} ${what}`,
    source: who,
  });

  const when = (rng: () => number, inc: Incident) => {
    const wd = WEEKDAYS_EN[new Date((startDay + inc.day) * DAY_MS).getUTCDay()]!;
    return vary(rng, `{overnight|early on ${wd}|in the early hours of ${wd}|on ${wd} night|during the night into ${wd}}`);
  };
  const surname = (p: string) => p.split(' ').pop()!;
  const clock = (h: number, m: number) => `${h}:${String(m).padStart(2, '0')}`;

  /** What an outlet writing on its own can say about an incident; `toll` is how far the toll has risen when it writes. */
  const ownSentences = (rng: () => number, inc: Incident, toll: number, shift: number): Sentence[] => {
    const t = inc.town;
    const mayor = t.mayor;
    const s: Sentence[] = [];
    const w = W(inc);
    const early = rng() < 0.15;
    const dateText = when(rng, inc);
    s.push({
      text: vary(rng, `{${cap(w)}|Attack ${w}|Enemy ${w}} {attacked|struck|targeted|hit} {the town of |the city of |}${t.name} ${dateText}, {${t.region} regional officials|Mayor ${mayor}|local authorities|the emergency service} said{| on ${WEEKDAYS_EN[new Date((startDay + inc.day) * DAY_MS).getUTCDay()]}}.`),
      claims: [placeClaim(t), dateClaim(inc, early ? inc.day - 1 : inc.day, inc.day, dateText)],
      br: true,
    });
    const icpt = inc.intercepted + shift;
    s.push({
      text: vary(rng, `{Air defence units|Air defences|Defence forces} {shot down|destroyed|intercepted} ${numberWord(icpt)} ${w} over {the city|the town|${t.name}}{ and its outskirts|}, ${mayor} {said|wrote|told reporters}{ on his messaging channel| in a statement|}.`),
      claims: [countClaim(t, 'intercepted', w, '', icpt, mayor)],
    });
    if (rng() < 0.8) {
      s.push({
        text: vary(rng, `The {Defence Ministry|Ministry of Defence|military command} said ${inc.country} ${w} had been launched at the country {overnight|during the night}, {and|of which} ${inc.region} were {brought down|destroyed} over the ${t.region} region.`),
        claims: [countClaim(t, 'launched', w, '/country', inc.country, 'Defence Ministry'), countClaim(t, 'intercepted', w, '/region', inc.region, 'Defence Ministry')],
        br: true,
      });
    }
    const objs = inc.objects.map((k) => pick(rng, OBJECTS[k]![1]));
    s.push({
      text: vary(rng, `{Debris|Falling debris|Burning debris from a downed ${w.replace(/s$/, '')}} {damaged|hit|struck|set fire to} ${objs.join(' and ')} on ${inc.street} at about ${clock(inc.hour + 1, inc.minute)}{ local time|}.`),
      claims: [...inc.objects.map((k) => damageClaim(inc, k)), siteClaim(inc)],
    });
    const injured = Math.max(1, Math.round(inc.injured * toll));
    const killed = Math.round(inc.killed * toll);
    if (killed > 0) {
      s.push({
        text: vary(rng, `${cap(numberWord(killed))} {people|residents|civilians} {were killed|died} and ${numberWord(injured)} {were injured|were wounded|were hurt}, {the city health department|the regional governor ${t.governor}|emergency services} said.`),
        claims: [tollClaim(inc, 'killed', killed), tollClaim(inc, 'injured', injured)],
        br: true,
      });
    } else {
      s.push({
        text: vary(rng, `${cap(numberWord(injured))} {${injured === 1 ? 'person was injured' : 'people were injured'}|${injured === 1 ? 'resident was taken to hospital' : 'residents were taken to hospital'}}, {the city health department|the regional governor ${t.governor}|emergency services} said{, and no one was killed|}.`),
        claims: [tollClaim(inc, 'injured', injured)],
        br: true,
      });
    }
    if (rng() < 0.9) {
      s.push({
        text: vary(rng, `{Ministry spokesman|Defence Ministry spokesman|Military spokesman} ${inc.spokesman} {blamed|accused} ${COUNTRIES[inc.attacker]!.name} {for the attack|of launching the attack|of a deliberate attack on civilians}.`),
        claims: [blameClaim(inc), statementClaim(inc, inc.spokesman, 'blames')],
      });
    }
    if (inc.denies && rng() < 0.75) {
      s.push({
        text: vary(rng, `${COUNTRIES[inc.attacker]!.adj} {foreign ministry spokesman|Foreign Ministry spokesman|government spokesman} ${inc.foreignSpokesman} {denied any involvement|rejected the accusation|said his country had not launched a single ${w.replace(/s$/, '')}}.`),
        claims: [denyClaim(inc), statementClaim(inc, inc.foreignSpokesman, 'denies')],
        br: true,
      });
    }
    s.push({
      text: vary(rng, `“{It was a terrible night|We heard {three|four|several} explosions|The whole building shook}{, and then the windows came in|},” said {a resident of|a woman living on|a pensioner from} ${inc.street}{ who gave only her first name|}.`),
    });
    if (rng() < 0.9) {
      s.push({
        text: vary(rng, `“{Air defence worked all night|Our air defence did its job|The city held}{, but the debris did the damage|, and I thank everyone who helped|}. {Stay in shelters when the sirens sound|Do not film or post the work of air defence|Please stay away from the damaged buildings},” ${surname(mayor)} {wrote|said in a video address|told residents} {in the morning|on his channel|after the all-clear}.`),
      });
    }
    if (rng() < 0.9) {
      s.push({
        text: vary(rng, `{Firefighters|Rescue crews|Emergency crews} {put out|extinguished|brought under control} the {fire|blaze|fires} {within|in about|after} ${10 + Math.floor(rng() * 80)} minutes{, the emergency service said|, and searched the rubble until dawn|}. {${20 + Math.floor(rng() * 60)} residents were evacuated from the building|Residents of the damaged building were moved to a school gymnasium|Several families were moved to municipal flats} {overnight|for the time being|until engineers inspect the walls}.`),
        br: true,
      });
    }
    if (rng() < 0.85) {
      s.push({
        text: vary(rng, `{Governor|Regional governor} ${t.governor} said {power|water|heating} {supplies were cut|was cut off|had been interrupted} in {some districts|parts of the city|several streets} and {would be restored by evening|were being restored|engineers were working to restore them}.`),
      });
    }
    if (rng() < 0.75) {
      s.push({
        text: vary(rng, `{It was the|This was the} {second|third|fourth|fifth} {attack on|strike on} ${t.name} {this month|since the start of the year|in a fortnight}{, and the heaviest so far|, officials said|}.`),
        br: true,
      });
    }
    if (rng() < 0.7) {
      s.push({
        text: vary(rng, `{In Brussels|At the United Nations|In Geneva|In Vienna}, {a spokesperson|diplomats|a senior official} {urged|called for} {restraint on both sides|an independent investigation|an end to attacks on civilian areas}{ and said talks should resume|, while ${COUNTRIES[inc.attacker]!.name}'s allies kept silent|}.`),
      });
    }
    if (rng() < 0.9) {
      const h = inc.hour;
      s.push({
        text: vary(rng, `{The attack began|Sirens sounded|The air raid alert was declared} {shortly before|just after|at about} ${clock(h, Math.floor(rng() * 50))} a.m. {At|By} ${clock(h, 50 + Math.floor(rng() * 9))} ${surname(mayor)} {announced|wrote} that {air defence was repelling|air defences were engaging} ${w} {approaching the city|over the outskirts|from the south}, and {by|at} ${clock(h + 2, Math.floor(rng() * 59))} {the all-clear was given|the alert was lifted|the sirens stopped}.`),
        br: true,
      });
    }
    if (rng() < 0.8) {
      s.push({
        text: vary(rng, `{Since|Ever since} {the dispute over the border river escalated|the talks on the border broke down|the ceasefire collapsed} {last autumn|two years ago|in the spring}, ${COUNTRIES[t.country]!.name} and ${COUNTRIES[inc.attacker]!.name} have {traded accusations|exchanged strikes|blamed each other} {over attacks on towns near the border|almost every week|with growing frequency}. {Both sides deny targeting civilians.|Neither side allows independent observers near the sites.|Talks mediated by neighbouring states have stalled.}`),
      });
    }
    if (rng() < 0.75) {
      s.push({
        text: vary(rng, `“{I was asleep when|We were in the corridor when|My children were screaming when} {the first blast came|the windows blew in|the lights went out},” {said|recalled} {a neighbour|a man who lives on the fifth floor|a shop owner|a retired teacher}{, standing among the broken glass| outside the building|}. “{We have nowhere else to go|We will fix the windows and stay|I do not know how many more nights like this we can take}.”`),
        br: true,
      });
    }
    if (rng() < 0.75) s.push({ text: vary(rng, `{Schools|Kindergartens|Shops} in {the district|${t.name}} {stayed closed|were closed} on {the day after|the following day|${WEEKDAYS_EN[(new Date((startDay + inc.day) * DAY_MS).getUTCDay() + 1) % 7]}}, and {the airport|the railway station|the bridge over the river} was {closed|shut} for ${numberWord(1 + Math.floor(rng() * 6))} hours.`), br: true });
    if (inc.alsoSlot !== undefined && rng() < 0.65) {
      const a = incident(inc.day, inc.alsoSlot);
      s.push({
        text: vary(rng, `{Separately|In a separate attack|The same night}, ${numberWord(a.intercepted)} ${W(a)} were {shot down|destroyed} over ${a.town.name}, {its mayor|Mayor ${a.town.mayor}|officials there} said.`),
        claims: [placeClaim(a.town), countClaim(a.town, 'intercepted', W(a), '', a.intercepted)],
        second: true,
        br: true,
      });
    }
    if (rng() < 0.85) s.push({ text: vary(rng, `{The claims could not be independently verified.|The figures could not be independently verified.|Neither side's account could be independently verified.}`) });
    if (rng() < 0.65) s.push({ text: vary(rng, `{Attacks on|Strikes on} {towns|cities} {far from|well behind} the front have become {more frequent|routine|common} since {the autumn|the spring|last year}, {analysts say|according to local journalists|officials say}.`), br: true });
    return s;
  };

  const render = (headline: string, sentences: readonly Sentence[], tail?: string) => {
    let text = headline;
    const ranges: Array<[number, number]> = [];
    let para = true;
    for (const s of sentences) {
      text += para ? '\n\n' : ' ';
      const start = text.length;
      text += s.text;
      ranges.push([start, text.length]);
      para = !!s.br;
    }
    if (tail) text += `\n\n${tail}`;
    return { text, ranges };
  };

  const headlineOf = (rng: () => number, inc: Incident, toll: number) => {
    const t = inc.town;
    const w = W(inc);
    const injured = Math.max(1, Math.round(inc.injured * toll));
    return vary(
      rng,
      `{${cap(w)} {attack|strike} on ${t.name}{ overnight|}, ${numberWord(injured)} {injured|hurt}|${t.name} hit by {overnight|night} ${w.replace(/s$/, '')} attack|${cap(numberWord(inc.intercepted))} ${w} downed over ${t.name}, mayor says|${COUNTRIES[inc.attacker]!.name} blamed for ${w.replace(/s$/, '')} attack on ${t.name}|Night of explosions in ${t.name}{ as air defences fire|}}`,
    );
  };

  interface Built {
    headline: string;
    sentences: Sentence[];
    tail?: string;
    outlet: string;
    language: string;
    credit?: { name: string; cue: 'wire-dateline' | 'source-line'; quote: string; inText: boolean };
    noFacts?: boolean;
  }

  const wireBuilt = (inc: Incident): Built => {
    const rng = createRng(hashSeed(o.seed, inc.day, inc.slot, 4));
    const sentences = ownSentences(rng, inc, 0.5, 0);
    const dateline = `${inc.town.name.toUpperCase()}, ${MONTHS_EN[new Date((startDay + inc.day) * DAY_MS).getUTCMonth()]} ${new Date((startDay + inc.day) * DAY_MS).getUTCDate()} (${inc.agency}) — `;
    sentences[0] = { ...sentences[0]!, text: dateline + sentences[0]!.text };
    return { headline: headlineOf(rng, inc, 0.5), sentences, outlet: inc.agency, language: 'en', credit: { name: inc.agency, cue: 'wire-dateline', quote: `(${inc.agency})`, inText: true }, tail: `(Reporting by ${person2(rng)}; Editing by ${person2(rng)})` };
  };
  const person2 = (rng: () => number) => `${pick(rng, FIRST_NAMES)} ${pick(rng, ['Dravic', 'Verhoef', 'Maradze', 'Holm', 'Brandt', 'Keller', 'Novak', 'Ferrin'])}`;

  const foreignBuilt = (inc: Incident): Built => {
    const t = inc.town;
    const rng = createRng(hashSeed(o.seed, inc.day, inc.slot, 5));
    const C = (s: string) => cyrillic(s);
    const acc = (c: string) => C(c.replace(/ia$/, 'iyu'));
    const gen = (c: string) => C(c.replace(/ia$/, 'ii'));
    const what = inc.weapon === 'drones' ? 'беспилотников' : inc.weapon === 'missiles' ? 'ракет' : 'снарядов';
    const s: Sentence[] = [
      { text: `${pick(rng, ['Этой ночью', 'В ночь на вторник', 'Ночью'])} ${inc.weapon === 'drones' ? 'беспилотники атаковали' : 'был нанесён удар по'} городу ${C(t.name)}, сообщил мэр ${C(t.mayor)}.`, br: true },
      { text: `По словам ${C(surname(t.mayor))}, силы ПВО уничтожили ${inc.intercepted} ${what} над городом и его окрестностями.` },
      { text: `Министерство обороны сообщило, что за ночь по стране были выпущены ${inc.country} ${what}, из них ${inc.region} сбиты над регионом ${C(t.region)}.`, br: true },
      { text: `Обломки повредили дома на улице ${C(inc.street.replace(' Street', ''))} около ${clock(inc.hour + 1, inc.minute)} по местному времени.` },
      { text: `Пострадали ${Math.max(1, Math.round(inc.injured * 0.5))} человек${inc.killed ? `, ${Math.round(inc.killed * 0.5)} погибли` : ''}, сообщила городская служба здравоохранения.`, br: true },
      { text: `Представитель Министерства обороны ${C(inc.spokesman)} возложил ответственность на ${acc(COUNTRIES[inc.attacker]!.name)}.` },
      ...(inc.denies ? [{ text: `Представитель МИД ${gen(COUNTRIES[inc.attacker]!.name)} ${C(inc.foreignSpokesman)} назвал обвинения провокацией.`, br: true }] : []),
      { text: 'Жители провели бессонную ночь в укрытиях.' },
    ];
    return { headline: `${C(t.name)}: ночная атака, ${Math.max(1, Math.round(inc.injured * 0.5))} пострадавших`, sentences: s, outlet: cyrillic(inc.foreignOutlet!), language: 'ru', noFacts: true };
  };

  const build = (i: number): { built: Built; kind: StreamReportKind; incident?: Incident; derivedFrom?: number } => {
    const tr = truth(i);
    const rng = tr.rng;
    const inc = tr.incident!;
    const outlet = pick(rng, outlets);
    // How far the toll has risen by the time of writing: lower early in the day.
    const toll = Math.min(1, 0.5 + ((i % R) / R) * 0.9);
    switch (tr.kind) {
      case 'wire':
        return { built: wireBuilt(inc), kind: 'wire', incident: inc };
      case 'foreign-local':
        return { built: foreignBuilt(inc), kind: tr.kind, incident: inc };
      case 'wire-copy': {
        const w = wireBuilt(inc);
        const sentences = [...w.sentences];
        if (sentences.length > 5 && rng() < 0.6) sentences.splice(2 + Math.floor(rng() * (sentences.length - 3)), 1);
        return {
          built: { ...w, headline: rng() < 0.5 ? w.headline : headlineOf(rng, inc, 0.5), sentences, outlet, tail: rng() < 0.5 ? `— ${inc.agency}` : `Copyright ${new Date((startDay + inc.day) * DAY_MS).getUTCFullYear()} ${outlet}. All rights reserved.` },
          kind: tr.kind,
          incident: inc,
          derivedFrom: tr.derivedFrom!,
        };
      }
      case 'rewrite': {
        const w = wireBuilt(inc);
        const own = ownSentences(rng, inc, 0.5, 0);
        // Half of the wire story kept word for word, the rest in the outlet's own words.
        const sentences = w.sentences.map((s, k) => (k > 0 && rng() < 0.5 && own[k] && !!own[k]!.claims === !!s.claims ? own[k]! : s));
        sentences[0] = { ...own[0]! };
        return { built: { headline: headlineOf(rng, inc, 0.5), sentences, outlet, language: 'en' }, kind: tr.kind, incident: inc, derivedFrom: tr.derivedFrom! };
      }
      case 'translation': {
        const t = inc.town;
        const f = inc.foreignOutlet!;
        const injured = Math.max(1, Math.round(inc.injured * 0.5));
        const killed = Math.round(inc.killed * 0.5);
        const dateText = 'overnight';
        const s: Sentence[] = [
          { text: `${cap(W(inc))} attacked the town of ${t.name} overnight, Mayor ${t.mayor} said.`, claims: [placeClaim(t), dateClaim(inc, inc.day, inc.day, dateText)], br: true },
          { text: `According to ${surname(t.mayor)}, air defence forces destroyed ${inc.intercepted} ${W(inc)} over the city and its surroundings.`, claims: [countClaim(t, 'intercepted', W(inc), '', inc.intercepted, t.mayor)] },
          { text: `The Ministry of Defence said that ${inc.country} ${W(inc)} were launched at the country during the night, ${inc.region} of them shot down over the ${t.region} region.`, claims: [countClaim(t, 'launched', W(inc), '/country', inc.country, 'Ministry of Defence'), countClaim(t, 'intercepted', W(inc), '/region', inc.region, 'Ministry of Defence')], br: true },
          { text: `Debris damaged houses on ${inc.street} at around ${clock(inc.hour + 1, inc.minute)} local time.`, claims: [damageClaim(inc, 2), siteClaim(inc)] },
          {
            text: `${cap(numberWord(injured))} people were injured${killed ? ` and ${numberWord(killed)} were killed` : ''}, the city health department said.`,
            claims: [tollClaim(inc, 'injured', injured), ...(killed ? [tollClaim(inc, 'killed', killed)] : [])],
            br: true,
          },
          { text: `Defence Ministry spokesman ${inc.spokesman} laid the responsibility on ${COUNTRIES[inc.attacker]!.name}.`, claims: [blameClaim(inc), statementClaim(inc, inc.spokesman, 'blames')] },
          ...(inc.denies ? [{ text: `${COUNTRIES[inc.attacker]!.adj} Foreign Ministry spokesman ${inc.foreignSpokesman} called the accusations a provocation.`, claims: [denyClaim(inc), statementClaim(inc, inc.foreignSpokesman, 'denies')], br: true }] : []),
          { text: 'Residents spent a sleepless night in shelters.' },
        ];
        return {
          built: { headline: `Night attack on ${t.name}: ${numberWord(injured)} injured`, sentences: s, outlet, language: 'en', tail: `Source: ${f}`, credit: { name: f, cue: 'source-line', quote: `Source: ${f}`, inText: true } },
          kind: tr.kind,
          incident: inc,
          derivedFrom: tr.derivedFrom!,
        };
      }
      case 'denial': {
        const enemy = COUNTRIES[inc.attacker]!;
        const sentences = ownSentences(rng, inc, toll, 0).filter((s) => !s.claims?.some((c) => c.value.type === 'attribution'));
        sentences.splice(1, 0, {
          text: vary(rng, `“${enemy.name} has not launched a single ${W(inc).replace(/s$/, '')} towards ${inc.town.name},” {Foreign Ministry spokesman|government spokesman} ${inc.foreignSpokesman} {told reporters|said at a briefing} in the ${enemy.adj} capital{, calling the accusations a provocation|}.`),
          claims: [denyClaim(inc), statementClaim(inc, inc.foreignSpokesman, 'denies')],
          br: true,
        });
        sentences.splice(2, 0, { text: `Defence Ministry spokesman ${inc.spokesman} had blamed ${enemy.name} for the attack.`, claims: [blameClaim(inc), statementClaim(inc, inc.spokesman, 'blames')] });
        return { built: { headline: `${enemy.name} denies role in ${inc.town.name} ${W(inc).replace(/s$/, '')} attack`, sentences, outlet, language: 'en' }, kind: tr.kind, incident: inc };
      }
      case 'clickbait': {
        const big = inc.launched * 2 + 10;
        const sentences = ownSentences(rng, inc, toll, 0);
        return {
          built: {
            headline: `${big} ${W(inc).toUpperCase()} SMASH ${inc.town.name.toUpperCase()}`,
            sentences: [{ text: `${big} ${W(inc)} rained down on ${inc.town.name} in a night residents will never forget.`, claims: [countClaim(inc.town, 'unspecified', W(inc), '', big)], br: true }, ...sentences.slice(1)],
            outlet,
            language: 'en',
          },
          kind: tr.kind,
          incident: inc,
        };
      }
      case 'follow-up': {
        const t = inc.town;
        const wd = WEEKDAYS_EN[new Date((startDay + inc.day) * DAY_MS).getUTCDay()]!;
        const sentences: Sentence[] = [
          {
            text: `The number of people {killed|injured} in ${vary(rng, `{the|last night's|${wd}'s}`)} ${W(inc).replace(/s$/, '')} attack on ${t.name} on ${wd} has risen, {officials|the city health department|Mayor ${t.mayor}} said.`.replace(/\{([^{}]*)\}/g, (_m, a: string) => pick(rng, a.split('|'))),
            claims: [placeClaim(t), dateClaim(inc, inc.day, inc.day, `on ${wd}`)],
            br: true,
          },
          {
            text: `${cap(numberWord(inc.killed))} {people|residents} {have died|are now confirmed dead} and ${numberWord(inc.injured)} are {being treated for their injuries|in hospital}.`.replace(/\{([^{}]*)\}/g, (_m, a: string) => pick(rng, a.split('|'))),
            claims: [...(inc.killed ? [tollClaim(inc, 'killed', inc.killed)] : []), tollClaim(inc, 'injured', inc.injured)],
          },
          ...ownSentences(rng, inc, 1, 0).slice(1, 4),
        ];
        return { built: { headline: `${t.name} attack toll rises to ${inc.killed ? `${numberWord(inc.killed)} dead` : `${numberWord(inc.injured)} injured`}`, sentences, outlet, language: 'en' }, kind: tr.kind, incident: inc };
      }
      case 'commentary': {
        const t = inc.town;
        const enemy = COUNTRIES[inc.attacker]!;
        const sentences: Sentence[] = [
          { text: vary(rng, `{What happened in|The night over|The attack on} ${t.name} {should worry|ought to alarm|says much about} {every government in the region|anyone who still hopes for talks|the leaders of both countries}.`), br: true },
          { text: vary(rng, `${enemy.name} {will deny everything, as it always does|has learned that denial costs nothing|bets that nobody will check}, and {its neighbours|the capitals of Europe|the mediators} {will look away|will issue statements|will call for restraint}.`) },
          { text: vary(rng, `{The real question|What matters more|The harder question} is {how long|whether} {air defences|towns like ${t.name}|civilians} can {hold out|keep up|go on like this}.`), br: true },
          { text: vary(rng, `{In my view|I believe|It seems to me}, {the answer|the solution} lies in {talks|pressure|patience}, {not|rather than} {more weapons|slogans|threats}.`) },
          { text: vary(rng, `{Until then|For now|Meanwhile}, {the nights in ${t.name} will stay long|people in ${t.name} will keep counting explosions|${t.name} will keep its windows taped}.`), br: true },
        ];
        return { built: { headline: vary(rng, `{What the ${t.name} night means|Opinion: after ${t.name}, what next?|The lesson of ${t.name}}`), sentences, outlet, language: 'en', noFacts: true }, kind: tr.kind, incident: inc };
      }
      default: {
        // An independent report in the outlet's own words; now and then with a count of its own.
        const shift = rng() < 0.07 ? 2 + Math.floor(rng() * 4) : 0;
        const sentences = ownSentences(rng, inc, toll, shift);
        return { built: { headline: headlineOf(rng, inc, toll), sentences, outlet: tr.kind === 'local' ? `${t2(inc)} ${pick(rng, ['Courier', 'Herald', 'Gazette'])}` : outlet, language: 'en' }, kind: tr.kind, incident: inc };
      }
    }
  };
  const t2 = (inc: Incident) => inc.town.name;

  const docOf = (i: number, b: Built): { doc: CleanDocument; ranges: Array<[number, number]> } => {
    const { text, ranges } = render(b.headline, b.sentences, b.tail);
    const id = idOf(i);
    const published = new Date(publishedAt(i)).toISOString().replace('.000Z', 'Z');
    let credit: CleanDocument['meta']['creditedOrigin'];
    if (b.credit) {
      const at = text.indexOf(b.credit.quote);
      credit = { name: b.credit.name, cue: b.credit.cue, quote: b.credit.quote, ...(at >= 0 ? { range: [at, at + b.credit.quote.length] as [number, number] } : {}) };
    }
    return {
      doc: {
        id,
        source: { kind: 'file', location: `stream/${i}.txt`, fetchedAt: published },
        format: 'text',
        given: { outlet: b.outlet },
        raw: '',
        extracted: '',
        text,
        meta: {
          headline: { value: b.headline, from: 'first-line', range: [0, b.headline.length] },
          outlet: { value: b.outlet, from: 'given' },
          published: { value: published, precision: 'minute', from: 'given' },
          ...(credit ? { creditedOrigin: credit } : {}),
          language: b.language,
        },
        removed: [],
        paragraphs: [],
        data: {},
        findings: [],
      },
      ranges,
    };
  };

  const factsOf = (doc: CleanDocument, b: Built, ranges: Array<[number, number]>, inc: Incident | undefined): ReportFacts => {
    const at = Date.parse(doc.meta.published!.value);
    const base: ReportFacts = { docId: doc.id, headline: b.headline, outlet: b.outlet, published: doc.meta.published!.value, publishedAt: at, language: b.language, incidents: [] };
    if (b.noFacts || !inc) return base;
    const text = doc.text;
    const ev = (k: number) => {
      const [s, e] = ranges[k]!;
      return { docId: doc.id, range: [s, e] as [number, number], quote: text.slice(s, e) };
    };
    const incidentOf = (town: Town, second: boolean, id: string): IncidentFacts => {
      const claims = new Map<string, FacetClaim>();
      const evidence: ReturnType<typeof ev>[] = [];
      b.sentences.forEach((s, k) => {
        if (!s.claims || !!s.second !== second) return;
        if (evidence.length < 2) evidence.push(ev(k));
        for (const c of s.claims) {
          if (!c.facet.endsWith(`@${pkOf(town)}`) && !c.facet.includes(`@${pkOf(town)}/`)) continue;
          const slot = c.value.type === 'attribution' ? `${c.facet}#${c.value.stance}` : c.facet;
          if (claims.has(slot)) continue;
          claims.set(slot, { facet: c.facet, kind: c.kind, docId: doc.id, incidentId: id, value: c.value, display: c.display, ...(c.source ? { source: c.source } : {}), evidence: [ev(k)] });
        }
      });
      const date = [...claims.values()].find((c) => c.kind === 'date');
      const days = date && date.value.type === 'days' ? { first: date.value.first, last: date.value.last, resolution: date.value.resolution } : undefined;
      const actors: IncidentFacts['actors'] = [...claims.values()].filter((c) => c.kind === 'statement').map((c) => ({ name: c.source!, kind: 'person' as const }));
      if ([...claims.values()].some((c) => c.kind === 'attribution')) actors.push({ name: partyOf(COUNTRIES[inc.attacker]!.name).name, kind: 'party' });
      return {
        incidentId: id,
        placeKey: pkOf(town),
        place: town.name,
        geo: town.geo,
        sites: second ? [] : [inc.street],
        eventType: inc.type,
        ...(days ? { days } : {}),
        claims: [...claims.values()],
        actors,
        evidence,
      };
    };
    const incidents = [incidentOf(inc.town, false, 'i1')];
    if (inc.alsoSlot !== undefined && b.sentences.some((s) => s.second)) incidents.push(incidentOf(incident(inc.day, inc.alsoSlot).town, true, 'i2'));
    return { ...base, primary: 0, incidents };
  };

  const entitiesOf = (inc: Incident | undefined, b: Built): Entity[] => {
    if (!inc || b.language !== 'en') return [];
    const names: Array<[Entity['type'], string]> = [
      ['place', inc.town.name],
      ['person', inc.town.mayor],
      ['person', inc.spokesman],
      ['organisation', 'Defence Ministry'],
      ['place', COUNTRIES[inc.attacker]!.name],
      ['facility', inc.street],
    ];
    if (inc.denies) names.push(['person', inc.foreignSpokesman]);
    return names.filter(([, n]) => b.sentences.some((s) => s.text.includes(n)) || b.headline.includes(n)).map(([type, canonical], k) => ({ id: `e${k + 1}`, type, canonical, aliases: [], mentions: [] }));
  };

  const report = (i: number): StreamReport => {
    const { built, kind, incident: inc, derivedFrom } = build(i);
    const { doc, ranges } = docOf(i, built);
    doc.data.entities = entitiesOf(inc, built);
    return { index: i, doc, facts: factsOf(doc, built, ranges, inc), kind, ...(inc && kind !== 'commentary' ? { incident: inc.key } : {}), ...(derivedFrom !== undefined ? { derivedFrom } : {}) };
  };

  return {
    options: o,
    report,
    text: (i) => {
      const { built } = build(i);
      return render(built.headline, built.sentences, built.tail).text;
    },
    truth: (i) => {
      const t = truth(i);
      return { kind: t.kind, ...(t.incident && t.kind !== 'commentary' ? { incident: t.incident.key } : {}), ...(t.derivedFrom !== undefined ? { derivedFrom: t.derivedFrom } : {}) };
    },
    indexOf: (id) => {
      if (!/^[0-9a-f]{16}$/.test(id)) return undefined;
      const i = parseInt(id.slice(0, 8), 16);
      return idOf(i) === id ? i : undefined;
    },
  };
}
