import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { caseless } from './fast-caseless.js';

const corpus = new URL('../../../examples/corpus/text/', import.meta.url);
const texts = readdirSync(corpus).map((f) => readFileSync(new URL(f, corpus), 'utf8'));

const hits = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);

test('the twin finds what the Unicode pattern finds', () => {
  const original = /\b(launched|fired|attacked|struck|shot down|intercepted|carried out)\b/giu;
  const p = caseless(original);
  const extra = 'Drones were LAUNCHED at dawn; two were Shot Down, one STRUCK a depot — launchedx is not a word.';
  let found = 0;
  for (const text of [...texts, extra]) {
    const twin = p.for(text);
    assert.ok(!twin.flags.includes('u'), 'texts without ſ or K get the fast twin');
    assert.deepEqual(hits(twin, text), hits(original, text));
    found += hits(twin, text).length;
  }
  assert.ok(found >= 4, `the patterns matched ${found} times`);
});

test('a text holding ſ or the Kelvin sign keeps the Unicode pattern, which folds them to s and k', () => {
  const original = /\bstruck\b/giu;
  const p = caseless(original);
  const text = 'A ſtruck depot'; // long s, as in old print
  assert.equal(p.for(text), original);
  assert.deepEqual(hits(p.for(text), text), ['2:ſtruck']);
  assert.equal(p.for('\u212aiev struck').flags.includes('u'), true); // the Kelvin sign
});

test('patterns whose twin could match differently are refused', () => {
  assert.throws(() => caseless(/\bfrom\s+\S+\b/giu), /may match differently/);
  assert.throws(() => caseless(/\bnear [^.]{0,20}$/iu), /may match differently/);
  assert.throws(() => caseless(/\bза\b/iu), /may match differently/);
  assert.throws(() => caseless(/\bstruck\b/gi), /not a case-insensitive Unicode pattern/);
  assert.doesNotThrow(() => caseless(/\bU\.S\. forces\b/iu));
});
