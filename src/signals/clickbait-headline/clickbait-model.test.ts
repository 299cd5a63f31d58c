import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { clickbaitBuckets, clickbaitKeys } from './clickbait-model.js';
import { fnv1a } from '../headline-body-stance/word-tokens.js';

// Invented headlines: places, people and events are made up.
const HEADLINES = [
  'Millbrook council approves bike lanes on Harbor Street',
  "You Won't Believe What The Mayor Of Millbrook Did Next!",
  '17 Things Only People From Varnetsk Will Understand',
  '  Is this the end of the Ostrava ferry?  ',
  'MOSCOW INFERNO: fires rage as ‘drones’ strike depot — officials’ statement',
  'Städtischer Rat in Varnetsk stimmt für neue Brücke',
  '',
];

describe('clickbaitBuckets', () => {
  it('gives the buckets of the hashed keys, without building them', () => {
    for (const h of HEADLINES) {
      for (const bits of [10, 18]) {
        const mask = (1 << bits) - 1;
        const fromKeys = Int32Array.from(new Set(clickbaitKeys(h).map((k) => fnv1a(k) & mask))).sort();
        assert.deepEqual(clickbaitBuckets(h, bits), fromKeys, h);
      }
    }
  });
});
