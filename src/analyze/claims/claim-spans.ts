import type { Claim } from './claim-types.js';

/** Every span a claim carries, checked against the text; returns the problems (empty when all hold). */
export function claimSpanProblems(text: string, claims: readonly Claim[]): string[] {
  const out: string[] = [];
  const holds = (r: readonly [number, number], words: string): boolean => 0 <= r[0] && r[0] <= r[1] && r[1] <= text.length && text.slice(r[0], r[1]) === words;
  for (const c of claims) {
    if (!holds(c.range, c.text)) out.push(`claim at ${c.range[0]}: text does not match range`);
    for (const h of [...c.hedges, ...c.cues]) {
      if (!holds(h.range, h.text)) out.push(`claim at ${c.range[0]}: "${h.text}" does not match its range`);
      if (h.range[0] < c.range[0] || h.range[1] > c.range[1]) out.push(`claim at ${c.range[0]}: "${h.text}" lies outside the sentence`);
    }
    if (!(c.checkWorthiness >= 0 && c.checkWorthiness <= 1)) out.push(`claim at ${c.range[0]}: check-worthiness out of range`);
  }
  return out;
}
