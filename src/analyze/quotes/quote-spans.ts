import type { Quote } from './quote-types.js';

/**
 * Every span a quote carries, checked against the text: returns the problems found (empty when all
 * hold). Used by tests and available to exporters that want to verify stored quotes.
 */
export function quoteSpanProblems(text: string, quotes: readonly Quote[]): string[] {
  const out: string[] = [];
  const inText = (r: readonly [number, number]): boolean => 0 <= r[0] && r[0] <= r[1] && r[1] <= text.length;
  for (const q of quotes) {
    if (!inText(q.range) || text.slice(q.range[0], q.range[1]) !== q.text) out.push(`${q.id}: text does not match range`);
    if (!inText(q.sentenceRange) || q.sentenceRange[0] > q.range[0] || q.sentenceRange[1] < q.range[1]) out.push(`${q.id}: sentenceRange does not hold the quote`);
    const sp = q.speaker;
    if (sp.range) {
      const words = sp.name ?? sp.description;
      if (!inText(sp.range) || text.slice(sp.range[0], sp.range[1]) !== words) out.push(`${q.id}: speaker words do not match range`);
    }
    if (sp.cue && (!inText(sp.cue.range) || text.slice(sp.cue.range[0], sp.cue.range[1]) !== sp.cue.text)) out.push(`${q.id}: cue does not match`);
    if (q.via && (!inText(q.via.range) || text.slice(q.via.range[0], q.via.range[1]) !== q.via.text)) out.push(`${q.id}: via does not match`);
    if (q.verb && !inText(q.verb.range)) out.push(`${q.id}: verb outside text`);
    for (const f of q.fragments ?? []) if (f[0] < q.range[0] || f[1] > q.range[1]) out.push(`${q.id}: fragment outside quote`);
  }
  return out;
}
