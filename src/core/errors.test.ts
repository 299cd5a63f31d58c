import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { CorroborateError, ERRORS } from './errors.js';

test('docs/errors.md lists exactly the codes in the catalogue', () => {
  const doc = readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8');
  const documented = [...doc.matchAll(/^\| `(CRB_ERR_[A-Z_]+)` \|/gm)].map((m) => m[1]).sort();
  assert.deepEqual(documented, Object.keys(ERRORS).sort());
});

test('codes follow CRB_ERR_<AREA>_<WHAT>', () => {
  for (const code of Object.keys(ERRORS)) assert.match(code, /^CRB_ERR_[A-Z]+_[A-Z_]+$/);
});

test('a known error prints one line naming the input and line', () => {
  const e = new CorroborateError('CRB_ERR_JSONL_PARSE', 'Unexpected token } in JSON', { input: 'feeds/day1.jsonl', line: 14 });
  assert.equal(e.oneLine(), 'feeds/day1.jsonl:14: CRB_ERR_JSONL_PARSE Unexpected token } in JSON');
  assert.ok(!e.oneLine().includes('\n'));
});
