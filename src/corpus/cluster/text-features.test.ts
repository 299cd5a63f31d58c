import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractTextFeatures, stemWord } from './text-features.js';

const REPORT = [
  'Drones Hit Fuel Depot In Velmora, Mayor Says',
  'Air defences shot down eight drones over Velmora overnight, Mayor Ilya Serov said on 6 May 2025.',
  'A fire broke out at a fuel depot in the Dubrava district, and Serov said crews had it under control by 05:40.',
  'The attack came a year after a similar raid in 2024; the Karsk regional council met on May 7.',
  'Officials said 1,200 residents were moved and the depot held 14.5 tonnes of fuel.',
].join('\n');

test('names are capitalised words in running text, with adjacent pairs as full names', () => {
  const f = extractTextFeatures(undefined, REPORT);
  for (const n of ['velmora', 'ilya', 'serov', 'ilya serov', 'dubrava', 'karsk']) assert.ok(f.names.has(n), `missing name ${n}`);
  assert.equal(f.names.get('serov'), 2);
  // Headline capitals do not make common words names: the body writes them lower-case.
  for (const w of ['fuel', 'depot', 'hit', 'says', 'air', 'the', 'a']) assert.ok(!f.names.has(w), `${w} is not a name`);
  // Month names are dates, not names.
  assert.ok(!f.names.has('may'));
});

test('a sentence opener counts as a name only when a capitalised word follows', () => {
  const f = extractTextFeatures(undefined, 'Officials met on Friday.\nMarta Kovac chaired the meeting in the town hall.\nKovac said little.');
  assert.ok(f.names.has('marta kovac'));
  assert.ok(f.names.has('kovac'));
  assert.ok(!f.names.has('officials'));
});

test('years, calendar days in either order, and numbers other than years are read', () => {
  const f = extractTextFeatures(undefined, REPORT);
  assert.deepEqual([...f.years.keys()].sort(), ['2024', '2025']);
  assert.deepEqual([...f.days.keys()].sort(), ['05-06', '05-07']);
  assert.ok(f.numbers.has('1200'), 'thousands separator removed');
  assert.ok(f.numbers.has('14.5'));
  assert.ok(f.numbers.has('05:40'));
  assert.ok(!f.numbers.has('2025'), 'years are not numbers');
  const iso = extractTextFeatures(undefined, 'Title\n2013 - 09 - 26\nThe vote is on 2013-12-15.');
  assert.deepEqual([...iso.days.keys()].sort(), ['09-26', '12-15']);
});

test('"may" the verb is not a month; the title is counted once and kept as its own channel', () => {
  const f = extractTextFeatures('Storm warning issued', 'Storm warning issued\nThe river may 5 metres rise, officials warned.');
  assert.equal(f.days.size, 0);
  assert.equal(f.words.get('storm'), 1);
  assert.deepEqual([...f.title.keys()].sort(), ['issued', 'storm', 'warning']);
});

test('light stemming joins plurals and leaves short words and numbers alone', () => {
  assert.equal(stemWord('drones'), 'drone');
  assert.equal(stemWord('casualties'), 'casualty');
  assert.equal(stemWord('glass'), 'glass');
  assert.equal(stemWord('bus'), 'bus');
  assert.equal(stemWord('2025'), '2025');
});

test('names written in Cyrillic are keyed as an English report writes them, case endings and all', () => {
  const ru = extractTextFeatures(
    'Сантарова в Вене призвала осудить атаку',
    'Мирела Сантарова прибыла в Вену в субботу.\nВ Вене министр Сантарова встретилась с журналистами, сказал Павел Дорский.',
  );
  const en = extractTextFeatures(
    'Santarova urges condemnation in Vienna',
    'On her visit the minister Mirela Santarova arrived in Vienna by train.\nIn Vienna, Santarova met reporters, said her aide Pavel Dorsky.',
  );
  for (const n of ['mirela', 'santarova', 'mirela santarova', 'vienna', 'pavel', 'dorsky', 'pavel dorsky']) {
    assert.ok(ru.names.has(n), `${n} in ${[...ru.names.keys()]}`);
    assert.ok(en.names.has(n), `${n} in ${[...en.names.keys()]}`);
  }
  assert.equal(ru.names.get('vienna'), 3, '"Вене" (twice) and "Вену" are one name');
  assert.ok(![...ru.names.keys()].some((k) => /\p{Script=Cyrillic}/u.test(k)), 'no name stays in Cyrillic');
  // Words are not names: they stay as written.
  assert.ok(ru.words.has('призвала'));
});
