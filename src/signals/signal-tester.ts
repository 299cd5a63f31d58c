import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runSignal, type Signal } from '../core/signal.js';
import type { CleanDocument } from '../model/document.js';
import { evidenceHolds } from '../model/span.js';

/** One case: a document, and what the signal must (invalid) or must not (valid) report. */
export interface SignalCase<O> {
  name: string;
  doc: CleanDocument;
  options?: Partial<O>;
  /** For invalid cases: the findings expected, by message id and the exact quoted evidence. */
  errors?: Array<{ messageId: string; quotes?: string[] }>;
}

/**
 * Table-driven tests for a signal, ESLint's RuleTester style: valid cases report nothing,
 * invalid cases report exactly the listed findings; every span lies inside the text and quotes
 * it, and the signal leaves the document untouched.
 */
export function testSignal<O>(signal: Signal<O>, cases: { valid: SignalCase<O>[]; invalid: SignalCase<O>[] }): void {
  const check = (c: SignalCase<O>) => {
    const before = JSON.stringify(c.doc);
    const findings = runSignal(signal, c.doc, c.options);
    assert.equal(JSON.stringify(c.doc), before, 'a signal must not change the document');
    for (const f of findings) {
      assert.equal(f.ruleId, signal.meta.id);
      assert.ok(f.evidence.length > 0, `finding ${f.messageId} has no evidence`);
      for (const ev of f.evidence) assert.ok(evidenceHolds(ev, c.doc.text), `evidence ${JSON.stringify(ev)} does not quote the text`);
    }
    return findings;
  };
  for (const c of cases.valid) {
    test(`${signal.meta.id} valid: ${c.name}`, () => {
      assert.deepEqual(check(c).map((f) => f.messageId), []);
    });
  }
  for (const c of cases.invalid) {
    test(`${signal.meta.id} invalid: ${c.name}`, () => {
      const findings = check(c);
      const expected = c.errors ?? [];
      assert.deepEqual(findings.map((f) => f.messageId), expected.map((e) => e.messageId));
      expected.forEach((e, i) => {
        if (e.quotes) assert.deepEqual(findings[i]!.evidence.map((ev) => ev.quote), e.quotes);
      });
    });
  }
}
