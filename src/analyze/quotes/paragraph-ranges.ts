import type { Range } from '../../model/span.js';
import { sentencesIn } from '../text/sentences.js';

/**
 * Paragraph spans to read in: the language stage's paragraphs when there are any, otherwise every
 * non-blank line (cleaned text keeps one paragraph per line or block).
 */
export function paragraphRanges(text: string, paragraphs?: ReadonlyArray<{ range: Range }>): Range[] {
  if (paragraphs && paragraphs.length > 0) {
    return paragraphs
      .map((p) => p.range)
      .filter(([s, e]) => 0 <= s && s < e && e <= text.length)
      .sort((a, b) => a[0] - b[0]);
  }
  const out: Range[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push([s, e]);
    start = end + 1;
  }
  return out;
}

/** A paragraph with its sentences, in text order. */
export interface ParagraphSentences {
  range: Range;
  sentences: Range[];
}

let cached: { text: string; paragraphs: ReadonlyArray<{ range: Range }> | undefined; result: ParagraphSentences[] } | undefined;

/**
 * Paragraphs and the sentences inside each, with the shared splitter. The reading stages ask for
 * the same text one after another, so the last answer is kept (callers do not modify it).
 */
export function paragraphSentences(text: string, paragraphs?: ReadonlyArray<{ range: Range }>): readonly ParagraphSentences[] {
  if (cached && cached.text === text && cached.paragraphs === paragraphs) return cached.result;
  const result = paragraphRanges(text, paragraphs).map((range) => ({ range, sentences: sentencesIn(text, range[0], range[1]) }));
  cached = { text, paragraphs, result };
  return result;
}
