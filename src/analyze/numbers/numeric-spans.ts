import type { NumericFact } from './numeric-types.js';

/** Every span a numeric fact carries, checked against the text; returns the problems (empty when all hold). */
export function numericSpanProblems(text: string, facts: readonly NumericFact[]): string[] {
  const out: string[] = [];
  const holds = (r: readonly [number, number], words: string): boolean => 0 <= r[0] && r[0] <= r[1] && r[1] <= text.length && text.slice(r[0], r[1]) === words;
  for (const f of facts) {
    if (!holds(f.range, f.text)) out.push(`"${f.text}": text does not match range`);
    if (f.cue && !holds(f.cue.range, f.cue.text)) out.push(`"${f.text}": cue does not match`);
    if (f.source && !holds(f.source.range, f.source.text)) out.push(`"${f.text}": source does not match`);
    if (f.low !== undefined && f.high !== undefined && f.low > f.high) out.push(`"${f.text}": low above high`);
    if (!Number.isFinite(f.value)) out.push(`"${f.text}": value is not finite`);
  }
  return out;
}
