/** Incident sites with the invented towns of incident-site-cases.ts unknown to the gazetteer; and the planned-mood test. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plannedMood } from './incident-cues.js';
import { SITE_CASES } from './incident-site-cases.js';

for (const [name, check] of SITE_CASES) test(`${name} (towns unknown)`, () => check(false));

test('planned mood: future and scheduled predicates, unless a past event is told beside them', () => {
  assert.equal(plannedMood('Fragments collected in Melkow will be displayed to journalists on Tuesday.'), true);
  assert.equal(plannedMood('Talks are due to open in Ardessa next week.'), true);
  assert.equal(plannedMood('The ministry plans to show the wreckage in Vostrin.'), true);
  assert.equal(plannedMood('A hearing is scheduled for Monday in Melkow.'), true);
  assert.equal(plannedMood('Drones struck a depot in Melkow overnight, and repairs will take weeks.'), false);
  assert.equal(plannedMood('Drones struck a depot in Melkow overnight.'), false);
  assert.equal(plannedMood('The governor said the toll was rising.'), false);
});
