import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { aggregateScores, scoreExtraction, scorePage, shingles, tokenize } from './extraction-metric.js';

const DATA = fileURLToPath(new URL('../../../shared/data/article-extraction-benchmark/', import.meta.url));

test('tokenize keeps case, splits on punctuation and combining marks, keeps non-Latin words', () => {
  assert.deepEqual(tokenize('The mayor’s plan—2024_v2, naïve!'), ['The', 'mayor', 's', 'plan', '2024_v2', 'naïve']);
  assert.deepEqual(tokenize('Москва и Київ'), ['Москва', 'и', 'Київ']);
  // U+093F (DEVANAGARI VOWEL SIGN I) is a combining mark, so it splits the word as Python's \w does.
  assert.deepEqual(tokenize('हिन्दी'), ['ह', 'न', 'द']);
  assert.deepEqual(tokenize('  ...  '), []);
});

test('shingles are a multiset of 4-grams, one short shingle for 1–3 tokens, none for 0', () => {
  assert.equal(shingles([]).size, 0);
  const short = shingles(['a', 'b']);
  assert.equal(short.size, 1);
  assert.equal([...short.values()][0], 1);
  const rep = shingles(['a', 'b', 'c', 'd', 'a', 'b', 'c', 'd']);
  assert.equal([...rep.values()].reduce((x, y) => x + y, 0), 5);
  assert.equal(rep.get(['a', 'b', 'c', 'd'].join('\u0001')), 2);
});

test('a page scores precision/recall on normalised counts', () => {
  const truth = 'one two three four five six';
  const perfect = scorePage(truth, 'One? no: one two three four five six');
  assert.equal(perfect.recall, 1);
  assert.ok(perfect.precision < 1 && perfect.precision > 0.5);
  assert.ok(Math.abs(perfect.tp + perfect.fp + perfect.fn - 1) < 1e-12);
  const same = scorePage(truth, 'one, two. three four — five six');
  assert.deepEqual([same.precision, same.recall, same.exact], [1, 1, true]);
  const empty = scorePage(truth, '');
  assert.deepEqual([empty.precision, empty.recall, empty.exact], [0, 0, false]);
});

test('an empty prediction is left out of the precision mean but counts as recall 0', () => {
  const truth = { a: 'alpha beta gamma delta epsilon', b: 'zeta eta theta iota kappa' };
  const s = scoreExtraction(truth, { a: 'alpha beta gamma delta epsilon', b: '' });
  assert.equal(s.precision, 1);
  assert.equal(s.recall, 0.5);
  assert.ok(Math.abs(s.f1 - 2 / 3) < 1e-12);
  assert.equal(s.accuracy, 0.5);
  assert.deepEqual(aggregateScores([]), { precision: 0, recall: 0, f1: 0, accuracy: 0 });
});

/** Dev-split reference numbers from the benchmark README (F1, P, R, accuracy at 4 decimals). */
const REFERENCE: Record<string, [number, number, number, number]> = {
  trafilatura: [0.9575, 0.942, 0.9736, 0.2614],
  readability_js: [0.9514, 0.9229, 0.9818, 0.1591],
  go_trafilatura: [0.9646, 0.9477, 0.9821, 0.2386],
  news_please: [0.9602, 0.9668, 0.9536, 0.3182],
  newspaper: [0.9605, 0.967, 0.9542, 0.3182],
  readability: [0.9002, 0.9019, 0.8985, 0.3068],
  'html-text': [0.6841, 0.5217, 0.9936, 0.0],
  justext: [0.804, 0.8822, 0.7385, 0.0682],
};

test('reproduces the dev reference numbers of every published extractor output', (t) => {
  if (!existsSync(`${DATA}ground-truth.json`)) return t.skip('benchmark data absent');
  const gt = JSON.parse(readFileSync(`${DATA}ground-truth.json`, 'utf8')) as Record<string, { articleBody: string }>;
  const truth = new Map(Object.entries(gt).map(([id, v]) => [id, v.articleBody]));
  assert.equal(truth.size, 88);
  for (const [name, ref] of Object.entries(REFERENCE)) {
    const file = `${DATA}extractor-outputs-dev/${name}.json`;
    if (!existsSync(file)) return t.skip(`${name}.json absent`);
    const out = JSON.parse(readFileSync(file, 'utf8')) as { output: Record<string, { articleBody: string }> };
    const pred = new Map(Object.entries(out.output).map(([id, v]) => [id, v.articleBody]));
    const s = scoreExtraction(truth, pred);
    const got = [s.f1, s.precision, s.recall, s.accuracy].map((x) => Math.round(x * 1e4) / 1e4);
    assert.deepEqual(got, ref, name);
  }
});
