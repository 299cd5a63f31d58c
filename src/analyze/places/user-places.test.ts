import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { CorroborateError } from '../../core/errors.js';
import { runCaptured as cli } from '../../cli/run-captured.js';
import { EXIT } from '../../cli/exit-codes.js';
import { countryCode, countryName } from './countries.js';
import { geocode } from './geocode.js';
import { nameKey } from './name-key.js';
import { gazetteer, gazetteerLoadInfo } from './gazetteer.js';
import { PLACES_ENV, readUserPlaces, usePlacesFiles, userPlacesPaths } from './user-places.js';

const dir = mkdtempSync(join(tmpdir(), 'crb-places-'));
after(() => {
  usePlacesFiles([]);
  rmSync(dir, { recursive: true, force: true });
});

/** A GeoNames dump line (19 columns) for an invented place. */
function line(id: number, name: string, alternates: string, lat: number, lon: number, cls: string, code: string, cc: string, admin1: string, pop: number): string {
  return [id, name, name, alternates, lat, lon, cls, code, cc, '', admin1, '', '', '', pop, '', '7', 'Europe/Tallinn', '2025-11-02'].join('\t');
}

const GOOD = join(dir, 'osterland.tsv');
writeFileSync(
  GOOD,
  [
    '# Invented places for the loader test',
    '#country XQ Osterland|Republic of Osterland|Остерланд',
    line(2100500001, 'Brannock Mill', 'Brannockmühle,Браннок', 58.214, 23.905, 'P', 'PPLA', 'XQ', '04', 2300),
    line(2100500002, 'Hessing Quay Terminal', 'Hessing Quay', 58.301, 23.512, 'S', 'PRT', 'XQ', '04', 0),
    line(2100500003, 'Orvedal', '', 58.122, 24.4, 'P', 'PPLC', 'XQ', '01', 41000),
    '',
  ].join('\n'),
);

test('CORROBORATE_PLACES lists paths split by the OS path delimiter', () => {
  assert.deepEqual(userPlacesPaths({ [PLACES_ENV]: ['a.tsv', ' b/c.tsv ', ''].join(delimiter) }), ['a.tsv', 'b/c.tsv']);
  assert.deepEqual(userPlacesPaths({}), []);
});

test('added places merge after the main gazetteer: found by name and alternate names, with their own country', () => {
  assert.equal(geocode('Brannock Mill'), undefined, 'unknown before the file is used');
  assert.equal(countryCode('Osterland'), undefined);
  const before = gazetteer().places;

  const files = usePlacesFiles([GOOD]);
  assert.equal(process.env[PLACES_ENV], GOOD);
  assert.deepEqual([files[0]!.places, files[0]!.countries], [3, [{ code: 'XQ', names: ['Osterland', 'Republic of Osterland', 'Остерланд'] }]]);
  assert.equal(gazetteer().places, before + 3);
  assert.deepEqual(gazetteerLoadInfo()?.addedFrom, [GOOD]);

  for (const written of ['Brannock Mill', 'Brannockmühle', 'Браннок']) {
    const p = geocode(written);
    assert.deepEqual(p && [p.name, p.country, p.lat, p.lon, p.admin1, p.geonameId], ['Brannock Mill', 'XQ', 58.214, 23.905, 'XQ.04', 2100500001], written);
  }
  // A facility (feature class S) keeps its own feature code: it is no populated place.
  const quay = geocode('Hessing Quay')!;
  assert.equal(quay.name, 'Hessing Quay Terminal');
  const g = gazetteer();
  assert.equal(g.place(g.lookup(nameKey('Hessing Quay Terminal'))[0]!.place).featureCode, 'PRT');

  // The #country line names the code, and the country resolves to its capital.
  assert.equal(countryCode('Osterland'), 'XQ');
  assert.equal(countryCode('Остерланд'), 'XQ');
  assert.equal(countryName('XQ'), 'Osterland');
  const country = geocode('Osterland')!;
  assert.deepEqual([country.name, country.country, country.lat, country.lon, country.precision], ['Osterland', 'XQ', 58.122, 24.4, 3]);

  // The main gazetteer is intact.
  assert.equal(geocode('Kyiv')?.country, 'UA');
  assert.equal(countryCode('Russia'), 'RU');
});

test('a #country line never takes a name an ISO country has', () => {
  const path = join(dir, 'hijack.tsv');
  writeFileSync(path, `#country XR Russia|Lowmarsh\n${line(2100500100, 'Lowmarsh Cross', '', 57.5, 22.1, 'P', 'PPL', 'XR', '', 90)}\n`);
  usePlacesFiles([GOOD, path]);
  assert.equal(countryCode('Russia'), 'RU');
  assert.equal(countryCode('Lowmarsh'), 'XR');
  assert.equal(countryName('RU'), 'Russia');
  assert.equal(countryName('XR'), 'Russia', 'its own display name stays what the file says');
  assert.equal(geocode('Lowmarsh Cross')?.country, 'XR');
  assert.equal(geocode('Brannock Mill')?.country, 'XQ', 'both files are read');
});

test('a bad line fails with CRB_ERR_PLACES_FORMAT naming the file and the line', () => {
  const cases: Array<[text: string, line: number, why: RegExp]> = [
    [`# ok\n${line(7, 'Vessa', '', 91.5, 20, 'P', 'PPL', 'XQ', '', 0)}\n`, 2, /latitude/],
    [`${line(7, 'Vessa', '', 58, 20, 'P', 'PPL', 'XQ', '', 0)}\n\n2100\tHalf a line\n`, 3, /columns/],
    [line(0, 'Vessa', '', 58, 20, 'P', 'PPL', 'XQ', '', 0), 1, /geonameid/],
    [line(7, 'Vessa', '', 58, 20, 'P', 'PPL', 'xq', '', 0), 1, /country code/],
    [line(7, 'Vessa', '', 58, 20, 'P', 'PPL', 'XQ', '', -3), 1, /population/],
    ['#country Osterland\n', 1, /#country/],
  ];
  for (const [text, n, why] of cases) {
    const path = join(dir, `bad-${n}.tsv`);
    writeFileSync(path, text);
    assert.throws(
      () => readUserPlaces(path),
      (e: unknown) => e instanceof CorroborateError && e.code === 'CRB_ERR_PLACES_FORMAT' && e.input === path && e.line === n && why.test(e.message) && e.oneLine().startsWith(`${path}:${n}: `),
      text,
    );
  }
  assert.throws(() => readUserPlaces(join(dir, 'absent.tsv')), (e: unknown) => e instanceof CorroborateError && e.code === 'CRB_ERR_PLACES_READ' && e.input === join(dir, 'absent.tsv'));
});

test('analyze --places with a bad file stops before any work, naming the file and line', async () => {
  const bad = join(dir, 'bad-cli.tsv');
  writeFileSync(bad, `#country XQ Osterland\n${line(9, 'Vessa', '', 58, 200, 'P', 'PPL', 'XQ', '', 0)}\n`);
  const db = join(dir, 'never.db');
  const r = await cli('analyze', join(dir, 'osterland.tsv'), '--db', db, '--places', bad);
  assert.equal(r.code, EXIT.fatal);
  assert.match(r.err, new RegExp(`${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2: CRB_ERR_PLACES_FORMAT .*longitude`));
});
