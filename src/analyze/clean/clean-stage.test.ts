import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline } from '../../core/stage.js';
import type { ReportDocument } from '../../model/document.js';
import type { MetaCandidates } from '../meta-candidates.js';
import { cleanStage } from './clean-stage.js';
import { checkRemovals } from './check-removals.js';

function doc(extracted: string): ReportDocument {
  return {
    id: 'doc-1',
    source: { kind: 'file', location: 'report.txt', fetchedAt: '2025-03-14T09:00:00Z' },
    format: 'text',
    given: {},
    raw: extracted,
    extracted,
    data: {},
    findings: [],
  };
}

const EXTRACTED =
  'Today: 14 March 2025\n\nFerries Replace Closed Varnetsk Bridge\n\n' +
  'Ferries began carrying commuters across the river on Friday, city officials said.\n\n' +
  'Repairs are expected to take a week.\n\nLeave a comment\n\nYour email address will not be published.';

describe('cleanStage', () => {
  const pipeline = createPipeline([cleanStage], ['raw', 'source', 'given', 'extracted']);

  it('fills text, removed and data.textMeta, and leaves the rest alone', () => {
    const d = doc(EXTRACTED);
    pipeline.run(d);
    assert.equal(d.extracted, EXTRACTED);
    assert.equal(d.raw, EXTRACTED);
    assert.equal(d.paragraphs, undefined);
    assert.deepEqual(d.findings, []);
    assert.equal(
      d.text,
      'Ferries Replace Closed Varnetsk Bridge\n\nFerries began carrying commuters across the river on Friday, city officials said.\n\nRepairs are expected to take a week.',
    );
    assert.deepEqual(d.removed?.map((r) => r.reason), ['site-chrome', 'comment-form']);
    assert.deepEqual(checkRemovals(EXTRACTED, d.text!, d.removed!), []);
    const meta = d.data['textMeta'] as MetaCandidates;
    assert.equal(meta.headline?.value, 'Ferries Replace Closed Varnetsk Bridge');
    assert.deepEqual(meta.published, { value: '2025-03-14', precision: 'day', from: 'site-chrome', quote: 'Today: 14 March 2025' });
  });

  it('does not guess a headline from the first line when HTML or the input gave one', () => {
    const fromHtml = doc(EXTRACTED);
    fromHtml.data['htmlMeta'] = { headline: { value: 'Ferries replace closed bridge', from: 'meta-tag' } } satisfies MetaCandidates;
    pipeline.run(fromHtml);
    assert.equal((fromHtml.data['textMeta'] as MetaCandidates).headline, undefined);
    const given = doc(EXTRACTED);
    given.given.title = 'Ferries replace closed bridge';
    pipeline.run(given);
    assert.equal((given.data['textMeta'] as MetaCandidates).headline, undefined);
  });
});
