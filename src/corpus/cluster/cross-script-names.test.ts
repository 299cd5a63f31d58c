import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { usePlacesFiles } from '../../analyze/places/user-places.js';
import { dictionaryForms, hasCyrillic, latinNameKeys, personForm, romanize } from './cross-script-names.js';

/** The example corpus's invented places (Прицава is Pritzava there, Острелин is Ostrelin). */
const PLACES = fileURLToPath(new URL('../../../examples/places.tsv', import.meta.url));

test('Cyrillic names are written as English-language news writes them', () => {
  const cases: Array<[string, string]> = [
    ['корсак', 'korsak'],
    ['эдвин', 'edvin'],
    ['игорь', 'igor'],
    ['санцевич', 'santsevich'],
    ['щербаков', 'shcherbakov'],
    ['дмитрий', 'dmitry'],
    ['сергей', 'sergei'],
    ['евгений', 'yevgeny'],
    ['андреев', 'andreyev'],
    ['карвелия', 'karvelia'],
    // Ukrainian: г is h, и is y.
    ['григорій', 'hryhoriy'],
  ];
  for (const [cyr, latin] of cases) assert.equal(romanize(cyr), latin, cyr);
  assert.ok(hasCyrillic('Прицава') && !hasCyrillic('Pritzava'));
});

test('case endings are taken back to the forms a dictionary lists', () => {
  assert.deepEqual(dictionaryForms('карвелии'), ['карвелия']);
  assert.deepEqual(dictionaryForms('дорванией'), ['дорвания']);
  assert.ok(dictionaryForms('прицаве').includes('прицава'));
  assert.ok(dictionaryForms('прицавы').includes('прицава'));
  assert.ok(dictionaryForms('острелине').includes('острелин'));
  assert.ok(dictionaryForms('игорем').includes('игорь'));
  // A -ск- adjective leads to the place it is made from: "Прицавской области", the Pritzava region.
  assert.ok(dictionaryForms('прицавской').includes('прицава'));
  assert.ok(dictionaryForms('велморский').includes('велморск'));
  assert.deepEqual(dictionaryForms('корсак'), ['корсак']);
});

test('people are romanised from the form the report also writes, or their likeliest nominative', () => {
  const forms = ['корсака', 'корсак', 'путину', 'путина', 'путин', 'зеленского', 'навального', 'шойгу', 'марии', 'ленин', 'юрий', 'галина', 'троцкий'];
  const keys = latinNameKeys(forms, { written: new Set(forms), placeForms: new Set() });
  assert.deepEqual(Object.fromEntries(keys), {
    корсака: 'korsak',
    корсак: 'korsak',
    путину: 'putin',
    путина: 'putin',
    путин: 'putin',
    зеленского: 'zelensky',
    навального: 'navalny',
    шойгу: 'shoygu',
    марии: 'maria',
    // Each is also a place's name somewhere; written where no place goes, it is a person's.
    ленин: 'lenin',
    юрий: 'yury',
    галина: 'galina',
    троцкий: 'trotsky',
  });
  assert.equal(personForm('зеленская'), 'зеленская');
  // Without a places file, an unknown town after "в" is taken back to its nominative all the same.
  assert.equal(latinNameKeys(['острелине'], { written: new Set(['острелине']), placeForms: new Set(['острелине']) }).get('острелине'), 'ostrelin');
});

test('places and countries take the gazetteer\'s English name where the report writes them as places', () => {
  // Real GeoNames alternate names: the exonym, not a transliteration ("moskva"); one form where a
  // place goes ("в Москве") makes the report's other forms of it places too ("Москвы").
  const real = latinNameKeys(['москве', 'москвы', 'россии', 'вене'], { written: new Set(['москве', 'москвы', 'россии', 'вене']), placeForms: new Set(['москве', 'вене']) });
  assert.deepEqual(Object.fromEntries(real), { москве: 'moscow', москвы: 'moscow', россии: 'russia', вене: 'vienna' });

  // Before the invented places are known, Прицава is only transliterated; once they are, it is Pritzava as English reports spell it.
  const port = { written: new Set(['прицаве', 'прицава', 'прицавской']), placeForms: new Set(['прицаве', 'прицавской']) };
  assert.equal(latinNameKeys(['прицаве'], port).get('прицаве'), 'pritsava');
  usePlacesFiles([PLACES]);
  const keys = latinNameKeys(['прицаве', 'прицава', 'прицавской', 'карвелии', 'эдвин'], port);
  assert.deepEqual(Object.fromEntries(keys), { прицаве: 'pritzava', прицава: 'pritzava', прицавской: 'pritzava', карвелии: 'karvelia', эдвин: 'edvin' });
  // Latin forms are not this module's business.
  assert.equal(latinNameKeys(['pritzava'], { written: new Set(), placeForms: new Set() }).size, 0);
});
