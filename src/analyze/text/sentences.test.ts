import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from './sentences.js';

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
