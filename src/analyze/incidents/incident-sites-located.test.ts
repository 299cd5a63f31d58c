/** Incident sites with the invented towns of incident-site-cases.ts located by a places file, as `--places` gives them. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SITE_CASES, useInventedPlaces } from './incident-site-cases.js';

test('the invented places file loads', () => assert.equal(useInventedPlaces(), 4));
for (const [name, check] of SITE_CASES) test(`${name} (towns located by a places file)`, () => check(true));
