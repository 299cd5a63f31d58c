import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEntities } from './extract-entities.js';

/**
 * Pathological inputs must finish in time linear in their length. Tests never assert timings:
 * every rule looks at a bounded window by design, so these finish in about a second; a
 * quadratic path would not finish within the test runner's patience.
 */
const MB = 1_000_000;

function fill(unit: string, n: number): string {
  return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
}

const inputs: Array<[name: string, text: string, check?: (n: number) => void]> = [
  ['a million commas', ','.repeat(MB)],
  ['one word of a million letters', 'a'.repeat(MB)],
  ['a million characters of hyphenated capitals', fill('Ab-Cd-', MB)],
  ['one 100k-character sentence full of names', fill('Mayor Ivan Dorn said that Olga Brisk visited Kharkiv, and then ', 100_000), (n) => assert.equal(n, 3)],
  ['the same place named 125k times', fill('Moscow, ', MB), (n) => assert.equal(n, 1)],
  ['quotes that never close', fill('“we will never stop, he said ', 300_000)],
  ['a name and a pronoun, over and over', fill('Ivan Dorn said he ', 300_000), (n) => assert.equal(n, 1)],
  ['titles without end', `${fill('President ', 200_000)}Ivan Dorn`],
];

for (const [name, text, check] of inputs) {
  test(`adversarial: ${name}`, () => {
    const ents = extractEntities(text);
    for (const e of ents) {
      for (const m of e.mentions) {
        assert.ok(m.range[0] >= 0 && m.range[1] <= text.length);
        assert.equal(text.slice(m.range[0], m.range[1]), m.text);
      }
    }
    check?.(ents.length);
  });
}
