import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countryCode, countryName, demonymCountry } from './countries.js';
import { geocode, placeNameInfo, type GeocodeContext } from './geocode.js';
import { gazetteerLoadInfo } from './gazetteer.js';

const cases: Array<[name: string, context: GeocodeContext, expect: { name: string; country: string; precision: 1 | 2 | 3; admin1?: string }]> = [
  ['Moscow', {}, { name: 'Moscow', country: 'RU', precision: 1 }],
  ['Kazan', {}, { name: 'Kazan', country: 'RU', precision: 1 }],
  ['Belgorod', {}, { name: 'Belgorod', country: 'RU', precision: 1, admin1: 'RU.09' }],
  ['Kiev', {}, { name: 'Kyiv', country: 'UA', precision: 1 }],
  ['Київ', {}, { name: 'Kyiv', country: 'UA', precision: 1 }],
  ['Kyiv', {}, { name: 'Kyiv', country: 'UA', precision: 1 }],
  ["Ternopol'", {}, { name: 'Ternopil', country: 'UA', precision: 1 }],
  ['Mykolayiv', {}, { name: 'Mykolaiv', country: 'UA', precision: 1 }],
  ['Khmelnitsky', {}, { name: 'Khmelnytskyi', country: 'UA', precision: 1 }],
  ['Tallinn', {}, { name: 'Tallinn', country: 'EE', precision: 1 }],
  ['Москва', {}, { name: 'Moscow', country: 'RU', precision: 1 }],
  ['St. Petersburg', {}, { name: 'Saint Petersburg', country: 'RU', precision: 1 }],
  ['Ryazan', {}, { name: 'Ryazan', country: 'RU', precision: 1 }],
  ['Moscow region', {}, { name: 'Moscow region', country: 'RU', precision: 3 }],
  ['Belgorod Oblast', {}, { name: 'Belgorod region', country: 'RU', precision: 3, admin1: 'RU.09' }],
  ["Belgorodskaya oblast'", {}, { name: 'Belgorod region', country: 'RU', precision: 3 }],
  ['the Kyiv region', {}, { name: 'Kyiv region', country: 'UA', precision: 3 }],
  ['Kharkiv district', {}, { name: 'Kharkiv district', country: 'UA', precision: 2 }],
  ['Crimea', {}, { name: 'Crimea', country: 'UA', precision: 3 }],
  ['Russia', {}, { name: 'Russia', country: 'RU', precision: 3 }],
  ['Russland', {}, { name: 'Russia', country: 'RU', precision: 3 }],
  ['the United Kingdom', {}, { name: 'United Kingdom', country: 'GB', precision: 3 }],
  ['U.S.', {}, { name: 'United States', country: 'US', precision: 3 }],
  ['Idaho', {}, { name: 'Idaho', country: 'US', precision: 3, admin1: 'US.ID' }],
  // Context decides between namesakes.
  ['Moscow, Idaho', {}, { name: 'Moscow', country: 'US', precision: 1, admin1: 'US.ID' }],
  ['Moscow', { admin1Hints: ['US.ID'] }, { name: 'Moscow', country: 'US', precision: 1 }],
  ['Donetsk', {}, { name: 'Donetsk', country: 'UA', precision: 1 }],
  // A Russia-heavy report still puts Donetsk in Ukraine: a hint is worth less than the population gap.
  ['Donetsk', { countryHints: ['RU', 'RU', 'RU', 'RU'] }, { name: 'Donetsk', country: 'UA', precision: 1 }],
  // A nearby resolved place pulls a small namesake in.
  ['Kazan', { nearby: [{ name: 'Ankara', country: 'TR', lat: 39.92, lon: 32.85, precision: 1 }], countryHints: ['TR', 'TR'] }, { name: 'Kazan', country: 'TR', precision: 1 }],
];

for (const [name, context, expect] of cases) {
  test(`geocode: ${name}${Object.keys(context).length ? ' (with context)' : ''}`, () => {
    const got = geocode(name, context);
    assert.ok(got, `${name} resolves`);
    assert.deepEqual({ name: got.name, country: got.country, precision: got.precision, ...(expect.admin1 ? { admin1: got.admin1 } : {}) }, expect);
    assert.ok(Math.abs(got.lat) <= 90 && Math.abs(got.lon) <= 180);
  });
}

test('towns carry GeoNames id and population; regions and countries do not claim a town', () => {
  const moscow = geocode('Moscow')!;
  assert.equal(moscow.geonameId, 524901);
  assert.ok((moscow.population ?? 0) > 10_000_000);
  const region = geocode('Moscow region')!;
  assert.equal(region.geonameId, undefined);
  assert.equal(region.population, undefined);
});

test('names that are no place give undefined', () => {
  assert.equal(geocode('Qzxwv Lkjh'), undefined);
  assert.equal(geocode(''), undefined);
  assert.equal(placeNameInfo('Qzxwv'), undefined);
});

test('placeNameInfo tells own names from alternate spellings', () => {
  const kiev = placeNameInfo('Kiev')!;
  assert.equal(kiev.kind, 'city');
  assert.ok(kiev.alternatePopulation > 2_000_000);
  const kyiv = placeNameInfo('Kyiv')!;
  assert.ok(kyiv.population > 2_000_000 && kyiv.seat);
  assert.equal(placeNameInfo('Ukraine')?.kind, 'country');
  assert.equal(placeNameInfo('Donbas')?.kind, 'region');
});

test('countries: names in several languages, acronyms as written, adjectives', () => {
  assert.equal(countryCode('Україна'), 'UA');
  assert.equal(countryCode('Russie'), 'RU');
  assert.equal(countryCode('UK'), 'GB');
  assert.equal(countryCode('uk'), undefined);
  assert.equal(countryName('RU'), 'Russia');
  assert.equal(demonymCountry('Ukrainians'), 'UA');
  assert.equal(demonymCountry('Muscovites'), 'RU');
});

test('the gazetteer loads from the committed index', () => {
  geocode('Kyiv');
  const info = gazetteerLoadInfo();
  assert.equal(info?.from, 'index');
  assert.ok((info?.places ?? 0) > 150_000);
});
