import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GazetteerIndex, buildGazetteerIndex, mergeGazetteerIndexes } from './gazetteer-index.js';
import { nameKey } from './name-key.js';

/** GeoNames cities-style rows for invented places (19 tab-separated columns). */
function row(id: number, name: string, ascii: string, alternates: string, lat: number, lon: number, code: string, cc: string, admin1: string, pop: number): string {
  const c = Array<string>(19).fill('');
  Object.assign(c, { 0: String(id), 1: name, 2: ascii, 3: alternates, 4: String(lat), 5: String(lon), 6: 'P', 7: code, 8: cc, 10: admin1, 14: String(pop) });
  return c.join('\t');
}

const TSV = [
  row(900003, 'Vardograd', 'Vardograd', "Vardohrad,Вардоград,VDG,Vardograd'", 50.1234, 30.5, 'PPLC', 'XA', '01', 2_000_000),
  row(900001, 'Vardograd', 'Vardograd', '', 41.0, -90.25, 'PPL', 'XB', 'ZZ', 800),
  row(900002, 'Lesnoy Brod', 'Lesnoy Brod', 'Lisovyi Brid', 49.5, 31.0, 'PPLA', 'XA', '02', 40_000),
  row(900010, 'Zürichsee', 'Zurichsee', 'Seedorf', 47.2, 8.7, 'PPL', 'XB', 'ZZ', 0),
].join('\n');

const index = new GazetteerIndex(Buffer.from(buildGazetteerIndex(TSV), 'utf8'));

function names(key: string): string[] {
  return index.lookup(key).map((h) => `${index.place(h.place).name}/${index.place(h.place).country}/${h.primary ? 'own' : 'alt'}`).sort();
}

test('the index files places under their own names and their alternates', () => {
  assert.equal(index.places, 4);
  assert.deepEqual(names(nameKey('Vardograd')), ['Vardograd/XA/own', 'Vardograd/XB/own']);
  assert.deepEqual(names(nameKey('Vardohrad')), ['Vardograd/XA/alt']);
  assert.deepEqual(names(nameKey('Вардоград')), ['Vardograd/XA/alt']);
  assert.deepEqual(names(nameKey('Lisovyi Brid')), ['Lesnoy Brod/XA/alt']);
  assert.deepEqual(names(nameKey('Zurichsee')), ['Zürichsee/XB/own']);
  assert.deepEqual(names(nameKey('Seedorf')), ['Zürichsee/XB/alt']);
});

test('codes among alternates and unknown keys find nothing', () => {
  assert.deepEqual(names(nameKey('VDG')), []);
  assert.deepEqual(names(nameKey('Nowhere')), []);
  assert.deepEqual(names(''), []);
});

test('places keep ids, coordinates to 3 decimals, admin codes, population and feature', () => {
  const hit = index.lookup(nameKey('Vardohrad'))[0]!;
  assert.deepEqual(index.place(hit.place), {
    index: hit.place,
    geonameId: 900003,
    name: 'Vardograd',
    country: 'XA',
    admin1: '01',
    lat: 50.123,
    lon: 30.5,
    population: 2_000_000,
    featureCode: 'PPLC',
  });
  assert.equal(index.place(index.capitalOf('XA')!).name, 'Vardograd');
  assert.equal(index.capitalOf('XB'), undefined);
});

test('an index built with another key version is refused', () => {
  const text = buildGazetteerIndex(TSV).replace(/key=\d+/, 'key=999');
  assert.throws(() => new GazetteerIndex(Buffer.from(text, 'utf8')), /rebuild/);
});

test('building is deterministic', () => {
  assert.equal(buildGazetteerIndex(TSV), buildGazetteerIndex(TSV.split('\n').reverse().join('\n')));
});

test('a merged index holds both bodies; a repeated country keeps one slot, and more than 256 countries fit', () => {
  // 300 invented country codes, one place each, plus a second group of XA after the main body.
  const codes = Array.from({ length: 300 }, (_, i) => String.fromCharCode(65 + Math.floor(i / 26), 65 + (i % 26)));
  const extra = [
    ...codes.map((cc, i) => row(950000 + i, `Tarnholm ${cc}`, `Tarnholm ${cc}`, '', 40 + i / 100, 10, 'PPL', cc, '', 100 + i)),
    row(950900, 'Orsk Landing', 'Orsk Landing', 'Orsklanding', 50.9, 30.1, 'PPLC', 'XA', '03', 5_000_000),
  ].join('\n');
  const merged = new GazetteerIndex(mergeGazetteerIndexes(Buffer.from(buildGazetteerIndex(TSV), 'utf8'), buildGazetteerIndex(extra)));
  assert.equal(merged.places, 4 + 301);
  // Loose keys fold some letters (J and I): pick the hit with the expected name.
  const one = (key: string, name = key) => merged.lookup(nameKey(key)).map((h) => merged.place(h.place)).find((p) => p.name === name)!;
  for (const cc of ['AA', 'JZ', 'KN', 'LN']) assert.deepEqual([one(`Tarnholm ${cc}`).country, one(`Tarnholm ${cc}`).name], [cc, `Tarnholm ${cc}`]);
  assert.equal(one('Orsklanding', 'Orsk Landing').country, 'XA');
  // The main body still reads as before, and XA's capital is now the added, larger one.
  assert.deepEqual(names(nameKey('Vardograd')), ['Vardograd/XA/own', 'Vardograd/XB/own']);
  assert.equal(one('Vardohrad', 'Vardograd').geonameId, 900003);
  assert.equal(merged.place(merged.capitalOf('XA')!).name, 'Orsk Landing');
});

test('feature codes outside PPL… (airports, ports) are kept as they are', () => {
  const tsv = row(960001, 'Kessel Field', 'Kessel Field', '', 51, 31, 'AIRP', 'XA', '', 0);
  const ix = new GazetteerIndex(Buffer.from(buildGazetteerIndex(tsv), 'utf8'));
  assert.equal(ix.place(ix.lookup(nameKey('Kessel Field'))[0]!.place).featureCode, 'AIRP');
});
