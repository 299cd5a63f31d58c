import { defineStage } from '../../core/stage.js';
import type { Finding } from '../../model/finding.js';
import type { ReportDocument } from '../../model/document.js';
import { extractTimes, timeCoverage } from './extract-times.js';

/** Rule id of the notice left when a report's language limits what the time layer reads. */
export const TIME_COVERAGE_RULE = 'time/language-coverage';

/**
 * Reads every temporal expression of the cleaned text into `doc.data.times`, resolved against
 * `doc.meta.published`. A report in a language without our English rules gets chrono's grammar
 * for that language or nothing; either way an info finding says so, so an empty list is never
 * silent.
 */
export const timeStage = defineStage({
  id: 'time',
  requires: ['text', 'meta'],
  provides: ['times'],
  run(doc: ReportDocument) {
    const text = doc.text ?? '';
    const published = doc.meta?.published;
    const lang = doc.meta?.language;
    const opts: Parameters<typeof extractTimes>[1] = {};
    if (published) opts.published = { value: published.value, precision: published.precision };
    if (lang) opts.lang = lang;
    doc.data.times = extractTimes(text, opts);
    const coverage = timeCoverage(lang);
    if (coverage !== 'english-rules') doc.findings.push(coverageFinding(doc.id, lang ?? 'und', coverage));
  },
});

function coverageFinding(docId: string, lang: string, coverage: 'chrono' | 'none'): Finding {
  const message =
    coverage === 'chrono'
      ? `time expressions in "${lang}" read with chrono's ${lang} grammar only: dates, weekdays and clock times; durations, parts of the day and "that day" references are not read`
      : `no grammar for time expressions in "${lang}": none were read`;
  return {
    ruleId: TIME_COVERAGE_RULE,
    messageId: coverage === 'chrono' ? 'partial' : 'not-applied',
    message,
    severity: 'info',
    docId,
    evidence: [],
    data: { stage: 'time', lang, coverage },
  };
}
