import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractNumbers } from '../numbers/extract-numbers.js';
import { numericSpanProblems } from '../numbers/numeric-spans.js';
import { extractQuotes } from '../quotes/extract-quotes.js';
import { MAX_UNCLOSED } from '../quotes/quote-marks.js';
import { quoteSpanProblems } from '../quotes/quote-spans.js';
import { classifyClaims } from './classify-claims.js';
import { claimSpanProblems } from './claim-spans.js';

/** `unit` repeated to `size` characters. */
function repeat(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/**
 * Hostile input about a megabyte long. Each step is bounded work per character, so these finish in
 * a few seconds; the timeout only stops a regression from hanging the run.
 */
const inputs: Array<[string, string]> = [
  // Quotation marks that open and never close, nested, in paragraphs of 100k characters.
  ['nested never-closing quotes', Array.from({ length: 10 }, () => repeat('“a ‘b «c „d "e ', 100_000)).join('\n')],
  // Ten sentences of 100k characters full of reporting verbs, figures and category words.
  ['100k-character sentences', Array.from({ length: 10 }, () => repeat('officials said that two drones were shot down and three more, ', 100_000) + '.').join(' ')],
  // Two million commas.
  ['millions of commas', repeat(',', 2_000_000)],
];

for (const [name, text] of inputs) {
  test(`reading survives ${name}`, { timeout: 120_000 }, () => {
    const quotes = extractQuotes(text);
    const numbers = extractNumbers(text, { quotes });
    const claims = classifyClaims(text, { quotes, numbers });
    assert.deepEqual(quoteSpanProblems(text, quotes).slice(0, 3), []);
    assert.deepEqual(numericSpanProblems(text, numbers).slice(0, 3), []);
    assert.deepEqual(claimSpanProblems(text, claims).slice(0, 3), []);
    for (const q of quotes) {
      // No quote runs past its paragraph; an unclosed one is cut.
      assert.ok(!q.text.includes('\n'), `${q.id} crosses a paragraph`);
      if (q.unclosed) assert.ok(q.range[1] - q.range[0] <= MAX_UNCLOSED, `${q.id} is ${q.range[1] - q.range[0]} long`);
    }
    assert.ok(claims.length >= 1);
  });
}
