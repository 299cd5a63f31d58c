import { defineStage } from '../../core/stage.js';
import { extractQuotes } from './extract-quotes.js';
import { englishOnlyFinding } from './stage-coverage.js';

/** Reads quotes and reported speech with their speakers into `doc.data.quotes` (`Quote[]`). */
export const quotesStage = defineStage({
  id: 'quotes',
  requires: ['text', 'paragraphs'],
  provides: ['quotes'],
  run(doc) {
    const options = doc.meta?.language ? { paragraphs: doc.paragraphs ?? [], language: doc.meta.language } : { paragraphs: doc.paragraphs ?? [] };
    doc.data.quotes = extractQuotes(doc.text ?? '', options);
    const note = englishOnlyFinding(doc, 'quotes', 'Speakers and reporting verbs');
    if (note) doc.findings.push(note);
  },
});
