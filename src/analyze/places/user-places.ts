/**
 * User gazetteer additions: places GeoNames cities500 lacks (villages, facilities, invented
 * towns), in GeoNames' own dump format so a real country extract (UA.txt) can be dropped in as
 * is, plus optional `#country XA Name|Other name` lines naming countries ISO 3166 does not have.
 * The files come from CORROBORATE_PLACES (paths joined by the OS path delimiter); the CLI's
 * `--places` option sets it before any worker thread starts, so workers read the same files.
 * Nothing is cached on disk: the files are read and checked whenever the gazetteer loads.
 */
import { readFileSync } from 'node:fs';
import { delimiter } from 'node:path';
import { CorroborateError } from '../../core/errors.js';

/** The environment variable naming the additions. */
export const PLACES_ENV = 'CORROBORATE_PLACES';

/** A country named by a `#country` line. */
export interface UserCountry {
  /** Two capital letters: ISO 3166-1 alpha-2, or a user-assigned one (AA, QM–QZ, XA–XZ, ZZ). */
  code: string;
  /** First the display name, then other names it is written as. */
  names: string[];
}

/** One additions file, checked. */
export interface UserPlacesFile {
  path: string;
  /** Its place lines, unchanged, one per line: what buildGazetteerIndex reads. */
  tsv: string;
  places: number;
  countries: UserCountry[];
}

/** Columns of the GeoNames dump that are read (0-based); the rest may be empty or missing. */
const COL = { id: 0, name: 1, lat: 4, lon: 5, featureClass: 6, featureCode: 7, country: 8, admin1: 10, population: 14 } as const;
/** Up to and including the country code; admin1, population and the rest may be left out. */
const MIN_COLUMNS = COL.country + 1;
const COUNTRY_CODE = /^[A-Z]{2}$/;
const COUNTRY_LINE = /^#country[ \t]+(\S+)[ \t]+(.+)$/;
const NUMBER = /^-?\d+(\.\d+)?$/;

let generation = 0;
let cached: { key: string; files: UserPlacesFile[] } | undefined;

/** The additions' paths from CORROBORATE_PLACES (empty when unset). */
export function userPlacesPaths(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env[PLACES_ENV] ?? '').split(delimiter).map((p) => p.trim()).filter((p) => p !== '');
}

/**
 * Uses these additions from now on, in this process and in worker threads started after it
 * (it sets CORROBORATE_PLACES), and checks them at once so a bad file fails before any work.
 * Loaded gazetteer and country tables are rebuilt on next use.
 */
export function usePlacesFiles(paths: readonly string[]): UserPlacesFile[] {
  const files = paths.map(readUserPlaces);
  process.env[PLACES_ENV] = paths.join(delimiter);
  cached = { key: process.env[PLACES_ENV]!, files };
  generation++;
  return files;
}

/**
 * Bumped by usePlacesFiles: the gazetteer and country tables compare it with the one they were
 * built for, which costs less than reading the environment on every look-up.
 */
export function userPlacesGeneration(): number {
  return generation;
}

/** The additions CORROBORATE_PLACES names, read and checked (memoised for one value of it). */
export function userPlaces(): readonly UserPlacesFile[] {
  const key = process.env[PLACES_ENV] ?? '';
  if (cached?.key !== key) cached = { key, files: userPlacesPaths().map(readUserPlaces) };
  return cached.files;
}

/** Reads and checks one additions file; a bad line throws CRB_ERR_PLACES_FORMAT naming file and line. */
export function readUserPlaces(path: string): UserPlacesFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : 'cannot be read';
    throw new CorroborateError('CRB_ERR_PLACES_READ', `the places file ${why}`, { input: path, cause: e });
  }
  return parseUserPlaces(text, path);
}

/** Checks the text of an additions file (`path` is only for messages). */
export function parseUserPlaces(text: string, path: string): UserPlacesFile {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const keep: string[] = [];
  const countries: UserCountry[] = [];
  const fail = (line: number, why: string): never => {
    throw new CorroborateError('CRB_ERR_PLACES_FORMAT', why, { input: path, line });
  };
  lines.forEach((raw, i) => {
    const n = i + 1;
    if (raw.trim() === '') return;
    if (raw.startsWith('#')) {
      if (!/^#country\b/.test(raw)) return;
      const m = COUNTRY_LINE.exec(raw.trimEnd());
      if (!m || !COUNTRY_CODE.test(m[1]!)) fail(n, 'a #country line is "#country XA Name|Other name" with a two-letter code in capitals');
      const names = m![2]!.split('|').map((s) => s.trim()).filter((s) => s !== '');
      if (names.length === 0) fail(n, `#country ${m![1]} gives no name`);
      countries.push({ code: m![1]!, names });
      return;
    }
    const c = raw.split('\t');
    if (c.length < MIN_COLUMNS) fail(n, `${c.length} tab-separated columns; a GeoNames line has 19 and at least the first ${MIN_COLUMNS} (id … country code) are needed`);
    const id = c[COL.id]!.trim();
    if (!/^\d+$/.test(id) || Number(id) <= 0 || Number(id) > 0x7fffffff) fail(n, `column 1, the geonameid, must be a whole number from 1 to 2147483647 (got "${id}")`);
    if (c[COL.name]!.trim() === '') fail(n, 'column 2, the name, is empty');
    const lat = c[COL.lat]!.trim();
    const lon = c[COL.lon]!.trim();
    if (!NUMBER.test(lat) || Math.abs(Number(lat)) > 90) fail(n, `column 5, the latitude, must be a decimal number from -90 to 90 (got "${lat}")`);
    if (!NUMBER.test(lon) || Math.abs(Number(lon)) > 180) fail(n, `column 6, the longitude, must be a decimal number from -180 to 180 (got "${lon}")`);
    if (!COUNTRY_CODE.test(c[COL.country]!)) fail(n, `column 9, the country code, must be two capital letters (got "${c[COL.country]}")`);
    const population = (c[COL.population] ?? '').trim();
    if (population !== '' && !/^\d+$/.test(population)) fail(n, `column 15, the population, must be a whole number or empty (got "${population}")`);
    keep.push(raw);
  });
  return { path, tsv: keep.length ? keep.join('\n') + '\n' : '', places: keep.length, countries };
}
