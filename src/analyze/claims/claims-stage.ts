import { defineStage } from '../../core/stage.js';
import type { NumericFact } from '../numbers/numeric-types.js';
import type { Quote } from '../quotes/quote-types.js';
import { englishOnlyFinding } from '../quotes/stage-coverage.js';
import { classifyClaims } from './classify-claims.js';

/** Classifies every sentence into `doc.data.claims` (`Claim[]`), using the quotes and numbers read before. */
export const claimsStage = defineStage({
  id: 'claims',
  requires: ['text', 'quotes', 'numbers'],
  provides: ['claims'],
  run(doc) {
    const quotes = Array.isArray(doc.data.quotes) ? (doc.data.quotes as Quote[]) : [];
    const numbers = Array.isArray(doc.data.numbers) ? (doc.data.numbers as NumericFact[]) : [];
    doc.data.claims = classifyClaims(doc.text ?? '', { ...(doc.paragraphs ? { paragraphs: doc.paragraphs } : {}), quotes, numbers });
    const note = englishOnlyFinding(doc, 'claims', 'Hedges, opinion cues and event words');
    if (note) doc.findings.push(note);
  },
});
