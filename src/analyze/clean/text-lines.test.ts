import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { textLines, wordCount } from './text-lines.js';

test('words are runs of letters or digits, joined by apostrophes, dots and hyphens', () => {
  // Mayor · Ilse · Varga’s · office · said · U.S.-made · drones · hit · 3.5 · km · of · road
  assert.equal(wordCount('Mayor Ilse Varga’s office said U.S.-made drones hit 3.5 km of road.'), 12);
  assert.equal(wordCount('— · —'), 0);
  // A combining mark is not a letter: "e\u0301te" is two words, as the pattern has it.
  assert.equal(wordCount('В Вельморске погиб мужчина; 𝐀𝐁𝐂 e\u0301te'), 7);
});

test('every line of the example corpus counts as the reference pattern does', () => {
  const reference = (s: string) => s.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)?.length ?? 0;
  const corpus = new URL('../../../examples/corpus/text/', import.meta.url);
  let lines = 0;
  for (const f of readdirSync(corpus)) {
    for (const line of textLines(readFileSync(new URL(f, corpus), 'utf8'))) {
      assert.equal(wordCount(line.text), reference(line.text), line.text);
      lines++;
    }
  }
  assert.ok(lines > 50);
});
