import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { countWords } from './signal-inputs.js';

test('words are letters or digits with inner apostrophes and hyphens', () => {
  assert.equal(countWords("Dorvania's drones didn't reach the Velmorsk-Kolvo road."), 7);
  // U · S · 3 · 5 · quoted · x
  assert.equal(countWords("U.S. 3.5 -- 'quoted' x-"), 6);
  assert.equal(countWords(''), 0);
});

test('counts match the reference pattern on the example corpus and on other scripts', () => {
  const reference = (s: string) => [...s.matchAll(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)].length;
  const corpus = new URL('../../examples/corpus/text/', import.meta.url);
  const texts = readdirSync(corpus).map((f) => readFileSync(new URL(f, corpus), 'utf8'));
  texts.push('В Вельморске погиб мужчина — «Ростов-на-Дону»; 𝐀𝐁-𝐂 e\u0301te; ٣٤-٥; rock’n’roll');
  for (const t of texts) assert.equal(countWords(t), reference(t));
});
