import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evidenceOf, type Evidence } from '../model/span.js';
import { CROSS_REPORT_CATEGORIES } from './cross-report-categories.js';
import { defineCrossSignal, runCrossSignal } from './cross-signal.js';
import { CROSS_SIGNALS, SIGNALS } from './index.js';
import { CATEGORY_LABELS } from './profile.js';

test('the cross-report signals are registered for metadata but are not per-report signals', () => {
  assert.deepEqual(CROSS_SIGNALS.map((s) => s.meta.id).sort(), ['contradicted-claim', 'copied-content', 'date-conflict', 'single-source-claim']);
  const perReport = new Set(SIGNALS.map((s) => s.meta.id));
  for (const s of CROSS_SIGNALS) assert.ok(!perReport.has(s.meta.id), `${s.meta.id} would run on each report`);
});

test("a report's profile counts each cross-report finding in its signal's category", () => {
  assert.deepEqual(CROSS_REPORT_CATEGORIES, {
    'contradicted-claim': 'corroboration',
    'single-source-claim': 'corroboration',
    'date-conflict': 'time-consistency',
    'copied-content': 'originality',
  });
  for (const c of Object.values(CROSS_REPORT_CATEGORIES)) assert.ok(c in CATEGORY_LABELS);
});

// A rule over pairs of invented reports that give different tolls.
const A = { id: 'a', text: 'Two people were injured in Harrowgate, the hospital said.' };
const B = { id: 'b', text: 'Three people were hurt, the mayor said.' };
const span = (d: { id: string; text: string }, words: string): Evidence => evidenceOf(d.id, d.text, d.text.indexOf(words), d.text.indexOf(words) + words.length);
const pairs = [{ mine: span(A, 'Two people'), theirs: span(B, 'Three people') }];
const tollRule = defineCrossSignal<typeof pairs, { severity: 'info' | 'warning'; quoteOther: boolean }>({
  meta: {
    id: 'toll-differs',
    category: 'corroboration',
    reads: 'facet-verdicts',
    rationale: 'test rule',
    references: [],
    messages: { differs: '{mine} here, {theirs} there ({count} other)' },
    defaults: { severity: 'info', quoteOther: true },
  },
  run({ input, options, report }) {
    for (const p of input) {
      report({
        docId: p.mine.docId,
        messageId: 'differs',
        severity: options.severity,
        evidence: [p.mine],
        ...(options.quoteOther ? { related: [p.theirs] } : {}),
        data: { mine: p.mine.quote, theirs: p.theirs.quote },
        fill: { count: 1 },
      });
    }
  },
});

test('runCrossSignal fills messages from data and fill, stores only data, and merges options over defaults', () => {
  const [f] = runCrossSignal(tollRule, pairs);
  assert.deepEqual(f, {
    ruleId: 'toll-differs',
    messageId: 'differs',
    message: 'Two people here, Three people there (1 other)',
    severity: 'info',
    docId: 'a',
    evidence: [{ docId: 'a', range: [0, 10], quote: 'Two people' }],
    related: [{ docId: 'b', range: [0, 12], quote: 'Three people' }],
    data: { mine: 'Two people', theirs: 'Three people' },
  });
  const [g] = runCrossSignal(tollRule, pairs, { severity: 'warning', quoteOther: false });
  assert.equal(g!.severity, 'warning');
  assert.ok(!('related' in g!), 'related left out when the rule gives none');
});

test('a rule that reports an unknown message, or is defined with a bad id or no messages, fails loudly', () => {
  const broken = defineCrossSignal<typeof pairs>({
    meta: { ...tollRule.meta, id: 'broken' },
    run({ input, report }) {
      report({ docId: 'a', messageId: 'nope', evidence: [input[0]!.mine], data: {} });
    },
  });
  assert.throws(() => runCrossSignal(broken, pairs), /has no message "nope"/);
  assert.throws(() => defineCrossSignal({ meta: { ...tollRule.meta, id: 'Toll_Differs' }, run() {} }), /kebab-case/);
  assert.throws(() => defineCrossSignal({ meta: { ...tollRule.meta, messages: {} }, run() {} }), /no messages/);
});
