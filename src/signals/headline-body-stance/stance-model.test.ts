import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { porterStem } from './porter-stem.js';
import { analyzeBody, analyzeHeadline, featuresFromStats, pairStats, stanceFeatures, STANCE_FEATURE_COUNT } from './stance-features.js';
import { createStanceModel, type StoredStanceModel } from './stance-model.js';
import { decodeEnsemble, encodeEnsemble, ensembleProbabilities, treeScore, type TreeEnsemble } from './tree-ensemble.js';
import { hashedVector, lexicalKeys, lexicalPair, lexicalProbabilities, lexicalProbabilitiesWithout, linearProbabilities, decodeLinearModel } from './lexical-model.js';
import { scanWords, WORD, wordTokens } from './word-tokens.js';

const weightsText = readFileSync(new URL('../../../models/stance/weights.json', import.meta.url), 'utf8');
const stored = () => JSON.parse(weightsText) as StoredStanceModel;

const HEADLINE = 'Calder museum fire destroys east wing';
const BODY =
  'A fire broke out at the Calder Maritime Museum late on Sunday, destroying part of its east wing. ' +
  'Firefighters needed three hours to bring the blaze under control. Nobody was injured, the fire service said. ' +
  'The museum director said the cause of the fire was not yet known, and denied reports that the building had been empty. ' +
  'The museum will stay closed until further notice.';

test('inference from the committed weights is deterministic', () => {
  const a = createStanceModel(stored());
  const b = createStanceModel(stored());
  const pa = a.classify(HEADLINE, BODY);
  const pb = b.classify(HEADLINE, BODY);
  assert.deepEqual(pa, pb);
  // Same answer again from the same model (caches must not change results).
  assert.deepEqual(a.classify(HEADLINE, BODY), pa);
  const total = Object.values(pa.probabilities).reduce((x, y) => x + y, 0);
  assert.ok(Math.abs(total - 1) < 1e-9);
  const h = analyzeHeadline(HEADLINE);
  const body = analyzeBody(BODY);
  assert.deepEqual(a.explain(h, body, pa.stance), b.explain(analyzeHeadline(HEADLINE), analyzeBody(BODY), pa.stance));
});

test('the stored model has the feature layout this code computes', () => {
  const s = stored();
  assert.equal(s.featureNames.length, STANCE_FEATURE_COUNT + 3);
  const m = createStanceModel(s);
  assert.equal(m.features(analyzeHeadline(HEADLINE), analyzeBody(BODY)).length, s.featureNames.length);
  // Repacking the decoded trees gives back the stored bytes.
  assert.deepEqual(encodeEnsemble(decodeEnsemble(s.related)), s.related);
  assert.deepEqual(encodeEnsemble(decodeEnsemble(s.stance)), s.stance);
});

test('leaving a sentence out by sums equals reading the body without it', () => {
  const m = createStanceModel(stored());
  const h = analyzeHeadline(HEADLINE);
  const body = analyzeBody(BODY);
  const st = pairStats(h, body, m.idf);
  for (let skip = 0; skip < body.sentences.length; skip++) {
    const fast = featuresFromStats(h, body, st, m.idf, skip);
    const slow = stanceFeatures(h, { sentences: body.sentences.filter((_, i) => i !== skip) }, m.idf);
    fast.forEach((v, j) => assert.ok(Math.abs(v - slow[j]!) < 1e-9, `feature ${j} with sentence ${skip} left out: ${v} vs ${slow[j]}`));
  }
  const lexical = decodeLinearModel(stored().lexical);
  const direct = linearProbabilities(lexical, hashedVector(lexicalKeys(h, body), lexical.bits));
  lexicalProbabilities(lexical, h, body).forEach((v, k) => assert.ok(Math.abs(v - direct[k]!) < 1e-12));
  const pair = lexicalPair(lexical, h, body);
  for (let skip = 0; skip < body.sentences.length; skip++) {
    const want = linearProbabilities(lexical, hashedVector(lexicalKeys(h, body, skip), lexical.bits));
    lexicalProbabilitiesWithout(lexical, pair, skip).forEach((v, k) => assert.ok(Math.abs(v - want[k]!) < 1e-12));
  }
});

test('tree ensembles survive packing and decide x <= threshold to the left', () => {
  // Root splits feature 1 at 0.5; its left child splits feature 0 at -2.
  const model: TreeEnsemble = {
    classes: 1,
    base: [0.25],
    trees: [
      {
        feature: Int8Array.from([1, 0, -1, -1, -1]),
        value: Float32Array.from([0.5, -2, 1, 2, 3]),
        right: Uint16Array.from([4, 2, 0, 0, 0]),
      },
    ],
  };
  const t = model.trees[0]!;
  assert.equal(treeScore(t, [-3, 0.5]), 1);
  assert.equal(treeScore(t, [-2, 0]), 1);
  assert.equal(treeScore(t, [0, 0]), 2);
  assert.equal(treeScore(t, [0, 0.75]), 3);
  const back = decodeEnsemble(encodeEnsemble(model));
  assert.deepEqual(back, model);
  assert.ok(Math.abs(ensembleProbabilities(back, [0, 0.75])[0]! - 1 / (1 + Math.exp(-3.25))) < 1e-12);
});

test('tokens split off negation and stems join word forms', () => {
  assert.deepEqual(wordTokens("The mayor didn't resign; Lindqvist’s office denies it"), ['the', 'mayor', 'did', "n't", 'resign', 'lindqvist', 'office', 'denies', 'it']);
  const same = (words: string[]) => new Set(words.map(porterStem)).size === 1;
  assert.ok(same(['denies', 'denied', 'deny']));
  assert.ok(same(['resigned', 'resigns', 'resigning']));
  assert.ok(same(['connection', 'connections', 'connected', 'connecting']));
  assert.equal(porterStem('hopeful'), 'hope');
  assert.equal(porterStem('relational'), 'relat');
});

test('the word scanner finds what the word pattern finds, whole or within a range', () => {
  const text = "The mayor didn't resign; Lindqvist’s office denies it. rock'n9 o’clock 𝐀𝐁c d'𝐀 ٣٤ naïve e\u0301t 'quoted' x'";
  const spans: string[] = [];
  scanWords(text, (s, e) => spans.push(text.slice(s, e)));
  assert.deepEqual(spans, [...text.matchAll(WORD)].map((m) => m[0]));
  const from = text.indexOf('office');
  const to = text.indexOf('rock') + 4;
  const part: string[] = [];
  scanWords(text, (s, e) => part.push(text.slice(s, e)), from, to);
  assert.deepEqual(part, [...text.slice(from, to).matchAll(WORD)].map((m) => m[0]));
});

test('character 4-grams are those of the text reduced to lower-case letters and digits', () => {
  // The reduction the features are defined on, built as a string here and hashed unit by unit.
  const normalised = (s: string) => ` ${s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
  const gram = (s: string, i: number) => {
    let h = s.charCodeAt(i);
    h = Math.imul(h, 0x9e3779b1) ^ s.charCodeAt(i + 1);
    h = Math.imul(h, 0x85ebca6b) ^ s.charCodeAt(i + 2);
    h = Math.imul(h, 0xc2b2ae35) ^ s.charCodeAt(i + 3);
    return h | 0;
  };
  const grams = (s: string) => {
    const n = normalised(s);
    return Array.from({ length: Math.max(0, n.length - 3) }, (_, i) => gram(n, i));
  };
  const body = `${BODY} — «Вельморск» İstanbul 𝐀𝐁c e\u0301t, 3.5 km!`;
  for (const s of analyzeBody(body).sentences) assert.deepEqual(Array.from(s.grams), grams(body.slice(s.range[0], s.range[1])));
  // ASCII with curly quotes and dashes (read in place), and symbols and signs lower-casing changes.
  const mixed = 'Officials SAID “NOTHING” – it’s 10\u00a0KM away… Really? Circled Ⓐ ⓑ and the Kelvin sign \u212a. Ohm \u2126 too.';
  const sentences = analyzeBody(mixed).sentences;
  assert.ok(sentences.length >= 2);
  for (const s of sentences) assert.deepEqual(Array.from(s.grams), grams(mixed.slice(s.range[0], s.range[1])));
  assert.deepEqual([...analyzeHeadline(HEADLINE).grams].sort(), [...new Set(grams(HEADLINE))].sort());
  assert.deepEqual([...analyzeHeadline('?!').grams], []);
});

test('lexical measures stay right when bodies are judged in turn', () => {
  const lexical = decodeLinearModel(stored().lexical);
  const h = analyzeHeadline(HEADLINE);
  const a = analyzeBody(BODY);
  const b = analyzeBody('Millbrook council approved bike lanes on Harbor Street by seven votes to two on Monday. Work starts in May.');
  const pairA = lexicalPair(lexical, h, a);
  // Reading another body moves the shared tables on; the first pair must still answer for its own body.
  lexicalProbabilities(lexical, h, b);
  lexicalPair(lexical, h, b);
  for (let skip = 0; skip < a.sentences.length; skip++) {
    const want = linearProbabilities(lexical, hashedVector(lexicalKeys(h, a, skip), lexical.bits));
    lexicalProbabilitiesWithout(lexical, pairA, skip).forEach((v, k) => assert.ok(Math.abs(v - want[k]!) < 1e-12));
  }
  const direct = linearProbabilities(lexical, hashedVector(lexicalKeys(h, a), lexical.bits));
  lexicalProbabilities(lexical, h, a).forEach((v, k) => assert.ok(Math.abs(v - direct[k]!) < 1e-12));
});
