import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline } from '../../core/stage.js';
import type { ReportDocument } from '../../model/document.js';
import { languageStage } from './language-stage.js';

describe('languageStage', () => {
  const pipeline = createPipeline([languageStage], ['raw', 'source', 'given', 'text']);

  it('fills paragraphs with languages and foreign spans, and leaves the rest alone', () => {
    const text =
      'Ferries Replace Closed Varnetsk Bridge\n\n' +
      'Ferries began carrying commuters across the river on Friday, city officials said. ' +
      'The mayor told reporters: "Nous ferons tout pour rouvrir le pont avant la fin du mois." ' +
      'Repairs are expected to take a week.';
    const d: ReportDocument = {
      id: 'doc-1',
      source: { kind: 'file', location: 'report.txt', fetchedAt: '2025-03-14T09:00:00Z' },
      format: 'text',
      given: {},
      raw: text,
      text,
      data: {},
      findings: [],
    };
    pipeline.run(d);
    assert.equal(d.text, text);
    assert.deepEqual(d.data, {});
    assert.deepEqual(d.paragraphs?.map((p) => [p.lang, text.slice(p.range[0], p.range[1]).slice(0, 7)]), [
      ['en', 'Ferries'],
      ['en', 'Ferries'],
    ]);
    const f = d.paragraphs?.[1]?.foreign;
    assert.deepEqual(f?.map((x) => [x.lang, text.slice(x.range[0], x.range[1])]), [['fr', 'Nous ferons tout pour rouvrir le pont avant la fin du mois.']]);
  });
});
