import { defineStage } from '../../core/stage.js';
import type { Claim } from '../claims/claim-types.js';
import type { Entity } from '../entities/entity-types.js';
import type { NumericFact } from '../numbers/numeric-types.js';
import type { Quote } from '../quotes/quote-types.js';
import { englishOnlyFinding } from '../quotes/stage-coverage.js';
import type { TimeExpression } from '../time/time-types.js';
import { extractIncidents } from './extract-incidents.js';

function list<T>(v: unknown): readonly T[] {
  return Array.isArray(v) ? (v as T[]) : [];
}

/**
 * Groups what the reading stages found into incidents (`doc.data.incidents`, `Incident[]`):
 * where, when, what, who is blamed and who denies it, counts, casualties and damage.
 */
export const incidentsStage = defineStage({
  id: 'incidents',
  requires: ['text', 'entities', 'times', 'quotes', 'numbers', 'claims'],
  provides: ['incidents'],
  run(doc) {
    const published = doc.meta?.published;
    doc.data.incidents = extractIncidents(doc.text ?? '', {
      claims: list<Claim>(doc.data.claims),
      entities: list<Entity>(doc.data.entities),
      times: list<TimeExpression>(doc.data.times),
      quotes: list<Quote>(doc.data.quotes),
      numbers: list<NumericFact>(doc.data.numbers),
      ...(doc.paragraphs ? { paragraphs: doc.paragraphs } : {}),
      ...(published ? { published: { value: published.value } } : {}),
    });
    const note = englishOnlyFinding(doc, 'incidents', 'Event words, locatives and attribution patterns');
    if (note) doc.findings.push(note);
  },
});
