import { defineStage } from '../../core/stage.js';
import type { Quote } from '../quotes/quote-types.js';
import { englishOnlyFinding } from '../quotes/stage-coverage.js';
import { extractNumbers } from './extract-numbers.js';

/**
 * Reads counts and measures into `doc.data.numbers` (`NumericFact[]`). Whose figure it is comes
 * from the quotes: the ones already on the document when the quotes stage ran first, else read
 * here the same way (the result does not depend on stage order).
 */
export const numbersStage = defineStage({
  id: 'numbers',
  requires: ['text'],
  provides: ['numbers'],
  run(doc) {
    const quotes = Array.isArray(doc.data.quotes) ? (doc.data.quotes as Quote[]) : undefined;
    doc.data.numbers = extractNumbers(doc.text ?? '', {
      ...(doc.paragraphs ? { paragraphs: doc.paragraphs } : {}),
      ...(quotes ? { quotes } : {}),
    });
    const note = englishOnlyFinding(doc, 'numbers', 'Counted nouns, number words and category verbs');
    if (note) doc.findings.push(note);
  },
});
