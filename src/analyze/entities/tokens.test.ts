import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { tokenize, type Token } from './tokens.js';

function flags(t: Token): string {
  const on = (['cap', 'upper', 'lower', 'poss', 'dot', 'join', 'opening', 'weak'] as const).filter((k) => t[k]);
  return `${t.text}:${on.join(',')}`;
}

test('possessives are cut off the token, and end a name', () => {
  const text = "Russia’s Defense Ministry and Kyiv's mayor";
  const { tokens } = tokenize(text);
  assert.deepEqual(tokens.map((t) => text.slice(t.start, t.end)), ['Russia', 'Defense', 'Ministry', 'and', 'Kyiv', 'mayor']);
  assert.deepEqual(tokens.filter((t) => t.poss).map((t) => t.text), ['Russia', 'Kyiv']);
  assert.equal(tokens[1]!.join, false, 'a word after a possessive is not joined to it');
});

test('a capitalised head splits from a lower-case rest; real compounds stay whole', () => {
  const text = 'Kremlin-area strikes near Rostov-on-Don and Ivano-Frankivsk, S-400 and anti-aircraft';
  const words = tokenize(text).tokens.map((t) => t.text);
  assert.deepEqual(words, ['Kremlin', 'area', 'strikes', 'near', 'Rostov-on-Don', 'and', 'Ivano-Frankivsk', 'S-400', 'and', 'anti-aircraft']);
});

test('initials and abbreviations join; other full stops do not', () => {
  const { tokens } = tokenize('President Vladimir V. Putin met Mr. Dorn in St. Petersburg. Then Moscow.');
  const joined = tokens.filter((t) => t.join).map((t) => t.text);
  assert.deepEqual(joined, ['Vladimir', 'V', 'Putin', 'met', 'Mr', 'Dorn', 'in', 'St', 'Petersburg', 'Moscow']);
});

test('openings: sentence starts, quotes, colons, new lines', () => {
  const text = 'Sirens wailed. He said: “Russia believed it.”\nLondon: talks';
  const opening = tokenize(text).tokens.filter((t) => t.opening).map((t) => t.text);
  assert.deepEqual(opening, ['Sirens', 'He', 'Russia', 'London', 'talks']);
});

test('headline-like lines are weak, prose lines are not', () => {
  const text = 'Putin Threatens More Destruction After Drone Attacks On Kazan\nMOSCOW IN FLAMES as PUTIN SIGNALS\nThe drone strikes targeted residential areas in Kazan.';
  const byLine = tokenize(text).tokens.map(flags);
  assert.ok(byLine.filter((f) => f.startsWith('Kazan')).map((f) => f.includes('weak')).join() === 'true,false');
  assert.ok(byLine.find((f) => f.startsWith('MOSCOW'))!.includes('weak'));
  assert.ok(byLine.find((f) => f.startsWith('PUTIN'))!.includes('upper'));
});

test('sentences come from the shared splitter and every token knows its own', () => {
  const { tokens, sentences } = tokenize('One here. Two there.');
  assert.equal(sentences.length, 2);
  assert.deepEqual(tokens.map((t) => t.sentence), [0, 0, 1, 1]);
});

test('overlong words are junk and never capitalised', () => {
  const { tokens } = tokenize(`A${'b'.repeat(200)} Moscow`);
  assert.equal(tokens[0]!.junk, true);
  assert.equal(tokens[0]!.cap, false);
  assert.equal(tokens[1]!.cap, true);
});

test('words are found where the reference pattern finds them, in every script', () => {
  // The tokenizer scans character classes; this is the pattern it stands for.
  const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-‐‑'’.][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;
  const corpus = new URL('../../../examples/corpus/text/', import.meta.url);
  const texts = readdirSync(corpus).map((f) => readFileSync(new URL(f, corpus), 'utf8'));
  texts.push(
    'В Вельморске погиб мужчина; «Ростов-на-Дону» — e\u0301te à Kyjiw — 𝐀𝐁𝐂-7 drones, U.S.-made S-400s, the mayor’s office, 3.5 km.',
    'Ivano-Frankivsk‐area and Kremlin‑linked sources; rock’n’roll; x--y; ‘quoted’ ٣٤ ٥ and Zürich’s',
  );
  for (const text of texts) {
    const { tokens } = tokenize(text);
    const starts = new Set(tokens.map((t) => t.start));
    for (const m of text.matchAll(WORD)) assert.ok(starts.has(m.index), `a token starts at "${m[0]}"`);
    // Every token is a word or a part of one (compounds split at a hyphen, possessives cut).
    const spans = [...text.matchAll(WORD)].map((m) => [m.index, m.index + m[0].length] as const);
    for (const t of tokens) assert.ok(spans.some(([s, e]) => s <= t.start && t.end <= e), `token "${t.text}" lies inside a word`);
    for (const t of tokens) assert.equal(t.lc, t.text.toLowerCase());
  }
});
