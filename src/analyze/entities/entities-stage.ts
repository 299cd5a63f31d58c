import { defineStage } from '../../core/stage.js';
import type { Paragraph, ReportDocument } from '../../model/document.js';
import type { Finding } from '../../model/finding.js';
import { extractEntities } from './extract-entities.js';

/**
 * Reads entities into `doc.data.entities` (`Entity[]`). A report mostly in another language is
 * still read with the lexicons, titles and the gazetteer (which knows Москва and Київ), and an
 * info finding says the English context rules did not apply.
 */
export const entitiesStage = defineStage({
  id: 'entities',
  requires: ['text', 'paragraphs'],
  provides: ['entities'],
  run(doc) {
    const lang = readingLanguage(doc);
    doc.data.entities = extractEntities(doc.text ?? '', lang === undefined ? {} : { lang });
    if (lang !== undefined && lang !== 'en') doc.findings.push(partialReading(doc, lang));
  },
});

/** 'en' when most of the text is English, the main other language when not, undefined when unknown. */
function readingLanguage(doc: ReportDocument): string | undefined {
  const weight = new Map<string, number>();
  for (const p of doc.paragraphs ?? []) {
    if (p.lang === 'und') continue;
    weight.set(p.lang, (weight.get(p.lang) ?? 0) + length(p));
  }
  let all = 0;
  for (const w of weight.values()) all += w;
  if (all === 0) return doc.meta?.language;
  if ((weight.get('en') ?? 0) / all >= 0.5) return 'en';
  let best: string | undefined;
  let max = 0;
  for (const [lang, w] of weight) if (w > max) [best, max] = [lang, w];
  return best;
}

function length(p: Paragraph): number {
  return p.range[1] - p.range[0];
}

function partialReading(doc: ReportDocument, lang: string): Finding {
  return {
    ruleId: 'stage-coverage',
    messageId: 'entities-english-only',
    message: `people and organisations are read with English context rules; this report is mostly in ${lang}, so the entities stage read only names its lexicons, titles and gazetteer know`,
    severity: 'info',
    docId: doc.id,
    evidence: [],
    data: { stage: 'entities', language: lang },
  };
}
