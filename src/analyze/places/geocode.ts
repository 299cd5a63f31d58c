/**
 * Offline geocoding: a place name as written → one gazetteer place, with context deciding
 * between namesakes (Moscow, Russia over Moscow, Idaho; Kazan, Russia over Kazan, Turkey).
 * Handles countries, curated regions, oblast-style names ("Belgorod region", "Kyiv Oblast",
 * "Belgorodskaya oblast'"), "City, State" and "City, Country" qualifiers, and any spelling
 * GeoNames knows (Kiev, Київ, Ternopol').
 */
import type { GeoPlace } from './geo-place.js';
import { gazetteer } from './gazetteer.js';
import type { IndexedPlace, KeyHit } from './gazetteer-index.js';
import { countryCode, countryName } from './countries.js';
import { cachedNameKey as nameKey } from './name-key.js';
import { REGIONS, US_STATES, type RegionEntry } from './regions.js';

/** What else the report says about where things are. */
export interface GeocodeContext {
  /** Countries the report mentions, repeated as often as mentioned ("RU", "RU", "UA"). */
  countryHints?: string[];
  /** Places already resolved in the same report. */
  nearby?: GeoPlace[];
  /** First-level divisions the report names (`US.ID`): a strong hint. */
  admin1Hints?: string[];
}

/** How a name reads against the gazetteer, without choosing: for deciding whether a word is a place. */
export interface PlaceNameInfo {
  kind: 'country' | 'region' | 'city';
  /** Largest population among places whose own name this is (0 for countries and regions). */
  population: number;
  /** Largest population among places whose own name is this very spelling, accents and case aside ("Running" is not Runing). */
  exactPopulation: number;
  /** Largest population among places that have it only as an alternate spelling ("Der" for Győr). */
  alternatePopulation: number;
  /** True when a place under its own name is a capital or first-order seat. */
  seat: boolean;
  countries: string[];
}

const REGION_WORDS: Record<string, 2 | 3> = {
  region: 3, oblast: 3, province: 3, krai: 3, kray: 3, governorate: 3, voivodeship: 3, republic: 3, state: 3,
  district: 2, raion: 2, county: 2, area: 2, okrug: 3,
};
const REGION_SUFFIX = new RegExp(`^(.+?)[\\s-]+(${Object.keys(REGION_WORDS).join('|')})['’]?$`, 'i');
/** Adjectival oblast names: Belgorodskaya, Kharkivska, Donetskaya. */
const ADJECTIVAL = /(s['’]?ka(ya)?|skaja|skiy|sky|skyi)$/i;

const regionByKey = new Map<string, RegionEntry>();
for (const r of REGIONS) for (const n of r.names) regionByKey.set(nameKey(n), r);
const stateByKey = new Map<string, [code: string, capital: string, name: string]>();
for (const [name, [code, capital]] of Object.entries(US_STATES)) stateByKey.set(nameKey(name.replace(/ State$/, '')), [code, capital, name]);

/**
 * Resolves a place name to a gazetteer place, or undefined when nothing fits. Population ranks
 * namesakes; the report's countries, nearby places and named states move the choice.
 */
export function geocode(name: string, context: GeocodeContext = {}): GeoPlace | undefined {
  const clean = name.trim().replace(/^the\s+/i, '').replace(/['’]s$/, '');
  if (!clean) return undefined;
  const comma = clean.lastIndexOf(',');
  if (comma > 0) {
    const qualifier = clean.slice(comma + 1).trim();
    const head = clean.slice(0, comma).trim();
    const cc = countryCode(qualifier);
    const state = stateByKey.get(nameKey(qualifier));
    if (cc || state) {
      const restricted = state ? { country: 'US', admin1: state[0] } : { country: cc! };
      return resolveCity(head, context, restricted) ?? geocode(head, context);
    }
  }
  const region = REGION_SUFFIX.exec(clean);
  if (region) {
    const got = resolveRegion(region[1]!, REGION_WORDS[region[2]!.toLowerCase()] ?? 3, context);
    if (got) return got;
  }
  const cc = countryCode(clean);
  if (cc) return countryPlace(cc);
  const curated = regionByKey.get(nameKey(clean));
  if (curated) return curatedRegion(curated);
  const city = resolveCity(clean, context);
  const state = stateByKey.get(nameKey(clean));
  if (state && (!city || (city.population ?? 0) < 50_000)) return statePlace(state);
  return city;
}

/** Reads a name against the gazetteer without choosing one place; undefined when unknown. */
export function placeNameInfo(name: string): PlaceNameInfo | undefined {
  const clean = name.trim().replace(/^the\s+/i, '');
  const cc = countryCode(clean);
  if (cc) return { kind: 'country', population: 0, exactPopulation: 0, alternatePopulation: 0, seat: true, countries: [cc] };
  const key = nameKey(clean);
  const curated = regionByKey.get(key);
  if (curated) return { kind: 'region', population: 0, exactPopulation: 0, alternatePopulation: 0, seat: true, countries: [curated.country] };
  if (stateByKey.has(key)) return { kind: 'region', population: 0, exactPopulation: 0, alternatePopulation: 0, seat: true, countries: ['US'] };
  const g = gazetteer();
  const hits = g.lookup(key);
  if (hits.length === 0) return undefined;
  const info: PlaceNameInfo = { kind: 'city', population: 0, exactPopulation: 0, alternatePopulation: 0, seat: false, countries: [] };
  const folded = fold(clean);
  for (const h of hits) {
    const p = g.place(h.place);
    if (h.primary) {
      info.population = Math.max(info.population, p.population);
      if (fold(p.name) === folded) info.exactPopulation = Math.max(info.exactPopulation, p.population);
      info.seat ||= p.featureCode === 'PPLC' || p.featureCode === 'PPLA';
    } else info.alternatePopulation = Math.max(info.alternatePopulation, p.population);
    if (!info.countries.includes(p.country)) info.countries.push(p.country);
  }
  return info;
}

/** Lower case without accents or apostrophes: the spelling as written, not the loose key. */
function fold(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/['’ʼ`]/g, '');
}

/** The GeoPlace of a country: its capital's coordinates, precision 3. */
export function countryPlace(cc: string): GeoPlace | undefined {
  const g = gazetteer();
  const cap = g.capitalOf(cc);
  const display = countryName(cc) ?? cc;
  if (cap === undefined) return undefined;
  const p = g.place(cap);
  return { name: display, country: cc, lat: p.lat, lon: p.lon, precision: 3 };
}

function curatedRegion(r: RegionEntry): GeoPlace | undefined {
  const seat = resolveCity(r.seat, {}, { country: r.country });
  if (!seat) return undefined;
  const out: GeoPlace = { name: r.canonical, country: r.country, lat: seat.lat, lon: seat.lon, precision: 3 };
  if (r.admin1 !== undefined) out.admin1 = `${r.country}.${r.admin1}`;
  return out;
}

function statePlace([code, capital, name]: [string, string, string]): GeoPlace | undefined {
  const seat = resolveCity(capital, {}, { country: 'US', admin1: code });
  if (!seat) return undefined;
  return { name: name.replace(/ State$/, ''), country: 'US', admin1: `US.${code}`, lat: seat.lat, lon: seat.lon, precision: 3 };
}

/** "Belgorod region" → the region around Belgorod, at Belgorod's coordinates. */
function resolveRegion(base: string, precision: 2 | 3, context: GeocodeContext): GeoPlace | undefined {
  const word = precision === 3 ? 'region' : 'district';
  const curated = regionByKey.get(nameKey(base));
  if (curated) return curatedRegion(curated);
  const cc = countryCode(base);
  if (cc) return countryPlace(cc);
  let city = resolveCity(base, context);
  if (!city && ADJECTIVAL.test(base)) city = resolveCity(base.replace(ADJECTIVAL, ''), context);
  if (!city) return undefined;
  const out: GeoPlace = { name: `${city.name} ${word}`, country: city.country, lat: city.lat, lon: city.lon, precision };
  if (city.admin1) out.admin1 = city.admin1;
  return out;
}

/** The best-scoring gazetteer place under a name, optionally restricted to a country or state. */
function resolveCity(
  name: string,
  context: GeocodeContext,
  restrict?: { country: string; admin1?: string },
): GeoPlace | undefined {
  const g = gazetteer();
  const hits = g.lookup(nameKey(name));
  if (hits.length === 0) return undefined;
  const hints = shares(context.countryHints ?? []);
  const admin1Hints = new Set(context.admin1Hints ?? []);
  let best: IndexedPlace | undefined;
  let bestScore = -Infinity;
  for (const h of hits) {
    const p = g.place(h.place);
    if (restrict && (p.country !== restrict.country || (restrict.admin1 !== undefined && p.admin1 !== restrict.admin1))) continue;
    const s = score(p, h, hints, admin1Hints, context.nearby ?? []);
    if (s > bestScore) [best, bestScore] = [p, s];
  }
  return best ? toGeoPlace(best) : undefined;
}

const FEATURE_BONUS: Record<string, number> = { PPLC: 1.5, PPLA: 0.8, PPLA2: 0.3, PPLX: -1, PPLH: -2, PPLQ: -2, PPLW: -2 };

/**
 * Log-population plus bonuses: own name over alternate spelling, capital and seat over village,
 * the report's countries (by share of mentions, so a Russia-heavy report still puts Donetsk in
 * Ukraine: the hint is worth less than an order of magnitude of population), a named state, and
 * closeness to places already resolved.
 */
function score(p: IndexedPlace, h: KeyHit, hints: Map<string, number>, admin1Hints: Set<string>, nearby: GeoPlace[]): number {
  let s = Math.log10(p.population + 10);
  if (h.primary) s += 1;
  s += FEATURE_BONUS[p.featureCode] ?? 0;
  s += 1.5 * (hints.get(p.country) ?? 0);
  if (p.admin1 && admin1Hints.has(`${p.country}.${p.admin1}`)) s += 6;
  let nearest = Infinity;
  for (const n of nearby) nearest = Math.min(nearest, km(p.lat, p.lon, n.lat, n.lon));
  if (nearest < 100) s += 2;
  else if (nearest < 300) s += 1;
  else if (nearest < 1000) s += 0.3;
  return s;
}

function shares(hints: string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const h of hints) out.set(h, (out.get(h) ?? 0) + 1 / hints.length);
  return out;
}

/** Romanised soft signs (Ryazan’, Tver’) are left out of display names; other apostrophes stay (L'Aquila). */
const SOFT_SIGN_COUNTRIES = new Set(['RU', 'UA', 'BY', 'KZ']);

function toGeoPlace(p: IndexedPlace): GeoPlace {
  const name = SOFT_SIGN_COUNTRIES.has(p.country) ? p.name.replace(/[’ʹ']/g, '') : p.name;
  const out: GeoPlace = { name, country: p.country, lat: p.lat, lon: p.lon, geonameId: p.geonameId, precision: 1 };
  if (p.admin1) out.admin1 = `${p.country}.${p.admin1}`;
  if (p.population > 0) out.population = p.population;
  const preferred = PREFERRED_SPELLING[p.geonameId];
  if (preferred) out.name = preferred;
  return out;
}

/** Current official romanisations where GeoNames keeps an older one. */
const PREFERRED_SPELLING: Record<number, string> = {
  700569: 'Mykolaiv',
  687700: 'Zaporizhzhia',
};

/** Great-circle distance in km. */
function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(a)));
}
