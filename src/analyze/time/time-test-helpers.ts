/**
 * Shared checks for the time tests: invariants every extraction must keep, and lookup of an
 * expression by its words.
 */
import assert from 'node:assert/strict';
import type { TimeExpression } from './time-types.js';

/** The expression whose text is `words` (the `nth` one, 0-based), or a failing assertion listing what was found. */
export function findTime(times: readonly TimeExpression[], words: string, nth = 0): TimeExpression {
  const hits = times.filter((t) => t.text === words);
  const hit = hits[nth];
  assert.ok(hit, `no time expression "${words}" (#${nth}); found: ${times.map((t) => JSON.stringify(t.text)).join(', ')}`);
  return hit;
}

/** Invariants: spans quote the text, come in order without overlap, and fields agree with each other. */
export function assertWellFormed(text: string, times: readonly TimeExpression[]): void {
  let last = 0;
  for (const t of times) {
    const [s, e] = t.range;
    assert.ok(0 <= s && s < e && e <= text.length, `range ${s}-${e} outside text`);
    assert.equal(text.slice(s, e), t.text, 'text must equal the slice at range');
    assert.ok(s >= last, `expressions overlap or are out of order at ${s}`);
    last = e;
    if (t.interval) {
      assert.ok(t.interval.start < t.interval.end, `empty interval for "${t.text}"`);
      assert.notEqual(t.resolution, 'unresolved', `"${t.text}" has an interval but says unresolved`);
    }
    if (t.resolution === 'unresolved') {
      assert.equal(t.interval, undefined);
      assert.ok(t.note, `unresolved "${t.text}" must say why`);
    }
    if (t.resolution === 'inferred') assert.ok(t.note, `inferred "${t.text}" must state its inference`);
    if (t.acledPrecision !== undefined) assert.ok(t.interval, 'ACLED precision only with an interval');
    if (t.kind !== 'duration' && t.kind !== 'set' && t.resolution !== 'unresolved') {
      assert.ok(t.interval, `"${t.text}" (${t.kind}) resolved without an interval`);
    }
  }
}
