import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sentencesIn, splitSentences, textSentences } from './sentences.js';

const cases: Array<[string, string[]]> = [
  ['Mayor Ilse Varga said two drones fell. Nobody was hurt.', ['Mayor Ilse Varga said two drones fell.', 'Nobody was hurt.']],
  ['Mr. Dorn spoke at 3 a.m. Wednesday. He left.', ['Mr. Dorn spoke at 3 a.m. Wednesday.', 'He left.']],
  ['“We will respond,” he said. “Soon.” Then silence.', ['“We will respond,” he said.', '“Soon.”', 'Then silence.']],
  ['The figure rose to 3.5 percent. Officials in the U.S. agreed.', ['The figure rose to 3.5 percent.', 'Officials in the U.S. agreed.']],
  ['Headline without stop\nBody line one. Body two?', ['Headline without stop', 'Body line one.', 'Body two?']],
  ['President John K. Almer arrived.', ['President John K. Almer arrived.']],
];

for (const [input, expected] of cases) {
  test(`splits: ${input.slice(0, 40)}`, () => {
    const got = splitSentences(input).map(([s, e]) => input.slice(s, e));
    assert.deepEqual(got, expected);
  });
}

test('spans respect a sub-range', () => {
  const t = 'xx. One here. Two there. yy';
  const got = splitSentences(t, 4, 24).map(([s, e]) => t.slice(s, e));
  assert.deepEqual(got, ['One here.', 'Two there.']);
});

const report =
  'Drones downed over Varna Nova, mayor says\n\n' +
  'Varna Nova came under attack early on Tuesday. Mr. Dorn said 3.5 percent of the city lost power.\n\n' +
  '“We will respond,” the mayor said. “Soon.” Officials in the U.S. declined to comment.\n' +
  'Schools stayed closed. The airport reopened at 9 a.m. Wednesday.';

test('the whole text is split once and kept for the next reader', () => {
  const a = textSentences(report);
  assert.deepEqual(a, splitSentences(report));
  assert.equal(textSentences(report), a, 'the same array comes back for the same text');
  assert.notEqual(textSentences(`${report} More.`), a);
});

test('a stretch aligned with sentences is taken from the whole split, equal to splitting it alone', () => {
  // Paragraphs, the body after the headline line, single lines: all start and end between sentences.
  const stretches: Array<[number, number]> = [[0, report.length]];
  let at = 0;
  for (const part of report.split('\n')) {
    if (part) stretches.push([at, at + part.length]);
    at += part.length + 1;
  }
  stretches.push([report.indexOf('\n') + 1, report.length]);
  for (const [s, e] of stretches) assert.deepEqual(sentencesIn(report, s, e), splitSentences(report, s, e), `stretch ${s}-${e}`);
});

test('a stretch cutting through sentences is split on its own', () => {
  const s = report.indexOf('came under');
  const e = report.indexOf('lost power');
  const got = sentencesIn(report, s, e).map(([a, b]) => report.slice(a, b));
  assert.deepEqual(got, ['came under attack early on Tuesday.', 'Mr. Dorn said 3.5 percent of the city']);
  assert.deepEqual(sentencesIn(report, s, e), splitSentences(report, s, e));
});
