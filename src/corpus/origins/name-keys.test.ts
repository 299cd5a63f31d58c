import { test } from 'node:test';
import assert from 'node:assert/strict';
import { latinise, outletKey, soundKey } from './name-keys.js';
import { factOverlap, factPrint, numberKey } from './fact-prints.js';
import { compareWindows, publishedWindow } from './published-window.js';

test('outlet names meet across scripts, articles and trade words', () => {
  assert.equal(outletKey('Вестник Велморска'), outletKey('Vestnik Velmorska'));
  assert.equal(outletKey('The Northgate News Agency'), outletKey('Northgate'));
  assert.equal(outletKey('Neue Ringstraßen-Zeitung'), outletKey('Neue Ringstrassen Zeitung'));
  assert.notEqual(outletKey('Northgate'), outletKey('Southgate'));
  assert.equal(latinise('Щёлково'), 'shchelkovo');
});

test('names keep one key across transliterations and inflections', () => {
  const key5 = (w: string) => soundKey(w).slice(0, 5);
  assert.equal(key5('Сельницкий'), key5('Selnitsky'));
  assert.equal(key5('Прицаве'), key5('Pritzava'));
  assert.equal(key5('Казимир'), key5('Kasimir'));
  assert.equal(key5('Авериной'), key5('Averina'));
  assert.notEqual(key5('Korsak'), key5('Kolvo'));
});

test('numbers and names are what a translation keeps', () => {
  assert.equal(numberKey('01:30'), '1:30');
  assert.equal(numberKey('18,402'), '18402');
  assert.equal(numberKey('4,5'), '4.5');
  const en = factPrint('The fire began at 14:20 in Morvaine. Governor Tomas Rellick said 600 people left, and 35 engines came.');
  const ru = factPrint('Пожар начался в 14:20 в Морвейне. Губернатор Томас Реллик сообщил, что 600 человек покинули дома, прибыли 35 машин.');
  const other = factPrint('The council met at 09:00 in Kettleby. Mayor Ilse Varga said the budget of 12 million was approved.');
  assert.ok(factOverlap(en, ru).shared >= 5, `shared ${factOverlap(en, ru).shared}`);
  assert.ok(factOverlap(en, other).shared <= 1);
});

test('publication order is claimed only when sure', () => {
  const w = (value: string, precision: 'day' | 'minute' = 'minute') => publishedWindow({ value, precision, from: 'given' });
  assert.equal(compareWindows(w('2026-03-14T06:40:00Z'), w('2026-03-14T07:25:00Z')), -1);
  assert.equal(compareWindows(w('2026-03-14T09:00:00+02:00'), w('2026-03-14T07:30:00Z')), -1);
  // A bare day could be any hour in any zone.
  assert.equal(compareWindows(w('2026-03-14', 'day'), w('2026-03-14T18:10:00Z')), 0);
  assert.equal(compareWindows(w('2026-03-12', 'day'), w('2026-03-14T18:10:00Z')), -1);
  assert.equal(compareWindows(w('2026-03-14T10:00:00'), undefined), 0);
  assert.equal(publishedWindow({ value: 'yesterday', precision: 'day', from: 'given' }), undefined);
});
