import { createHash } from 'node:crypto';
import type { CleanDocument } from '../../src/model/document.js';

/** A cleaned document as the pipeline would leave it, for store and surface tests. */
export function makeDoc(text: string, meta: Partial<CleanDocument['meta']> = {}, location = 'memory.txt'): CleanDocument {
  const id = createHash('sha256').update(text).digest('hex').slice(0, 16);
  const firstBreak = text.indexOf('\n');
  const end = firstBreak === -1 ? text.length : firstBreak;
  return {
    id,
    source: { kind: 'file', location, fetchedAt: '2026-03-04T05:06:07.000Z' },
    format: 'text',
    given: {},
    raw: `${text}\n\nShare this story`,
    extracted: `${text}\n\nShare this story`,
    text,
    meta: { headline: { value: text.slice(0, end), from: 'first-line', range: [0, end] }, language: 'en', ...meta },
    removed: [{ range: [text.length + 2, text.length + 18], at: text.length, reason: 'share-line', detail: 'share cue', text: 'Share this story' }],
    paragraphs: [{ range: [0, text.length], lang: 'en', confidence: 0.9, foreign: [] }],
    data: {},
    findings: [],
  };
}
