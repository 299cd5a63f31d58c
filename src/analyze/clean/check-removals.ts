import type { Removal } from '../../model/document.js';

/**
 * Checks that a cleaning result is faithful: each removal quotes `extracted` at its range, the
 * ranges do not overlap, `at` lies in the cleaned text, and the cleaned text is exactly the
 * extracted text minus the removals, up to the whitespace that joined them. Returns the
 * problems found (empty when all hold), for tests and for checking stored documents.
 */
export function checkRemovals(extracted: string, text: string, removed: readonly Removal[]): string[] {
  const problems: string[] = [];
  const sorted = [...removed].sort((a, b) => a.range[0] - b.range[0]);
  let prevEnd = 0;
  for (const r of sorted) {
    const [s, e] = r.range;
    if (!(0 <= s && s <= e && e <= extracted.length)) problems.push(`range [${s}, ${e}) outside the extracted text`);
    else if (extracted.slice(s, e) !== r.text) problems.push(`text of [${s}, ${e}) does not match the extracted text`);
    if (s < prevEnd) problems.push(`range [${s}, ${e}) overlaps the previous removal`);
    prevEnd = Math.max(prevEnd, e);
    if (!(0 <= r.at && r.at <= text.length)) problems.push(`at ${r.at} outside the cleaned text`);
  }
  // kept text before each removal must be the cleaned text before its `at`
  let kept = '';
  let from = 0;
  for (const r of sorted) {
    kept += extracted.slice(from, r.range[0]);
    from = Math.max(from, r.range[1]);
    if (squash(kept) !== squash(text.slice(0, r.at))) problems.push(`at ${r.at} is not where [${r.range[0]}, ${r.range[1]}) was cut`);
  }
  kept += extracted.slice(from);
  if (squash(kept) !== squash(text)) problems.push('cleaned text is not the extracted text minus the removals');
  return problems;
}

function squash(s: string): string {
  return s.replace(/\s+/gu, ' ').trim();
}
