import type { Range } from '../../model/span.js';
import type { Incident } from './incident-types.js';

/**
 * Every span an incident carries, checked against the text: returns the problems found (empty when
 * all hold). Every span must lie in the text and inside one of the incident's evidence sentences,
 * and words carried with a span (damage, target, times) must be the text at that span.
 */
export function incidentSpanProblems(text: string, incidents: readonly Incident[]): string[] {
  const out: string[] = [];
  const inText = (r: Range): boolean => 0 <= r[0] && r[0] <= r[1] && r[1] <= text.length;
  for (const i of incidents) {
    const sentences = i.evidence;
    const held = (r: Range) => sentences.some((s) => s[0] <= r[0] && r[1] <= s[1]);
    const check = (what: string, r: Range, words?: string) => {
      if (!inText(r)) out.push(`${i.id}: ${what} outside the text`);
      else if (!held(r)) out.push(`${i.id}: ${what} outside the incident's sentences`);
      else if (words !== undefined && text.slice(r[0], r[1]) !== words) out.push(`${i.id}: ${what} words do not match`);
    };
    if (sentences.length === 0) out.push(`${i.id}: no evidence sentence`);
    for (const s of sentences) if (!inText(s)) out.push(`${i.id}: evidence sentence outside the text`);
    for (const r of i.date.evidence) check('date', r);
    if (i.date.text !== undefined && i.date.evidence[0] && text.slice(i.date.evidence[0][0], i.date.evidence[0][1]) !== i.date.text) out.push(`${i.id}: date words do not match`);
    for (const r of i.location.evidence) check('location', r);
    for (const s of i.location.sites ?? []) for (const r of s.evidence) check(`site ${s.name}`, r);
    for (const a of i.attacker ?? []) for (const r of a.evidence) check(`attacker ${a.name}`, r);
    if (i.target) for (const r of i.target.evidence) check('target', r, i.target.text);
    for (const list of Object.values(i.counts)) for (const c of list ?? []) for (const r of c.evidence) check('count', r);
    for (const r of i.casualties?.evidence ?? []) check('casualties', r);
    for (const d of i.damage ?? []) for (const r of d.evidence) check('damage', r, d.text);
    for (const s of i.statements) {
      for (const r of s.evidence) check(`statement by ${s.who}`, r);
      if (s.when) check('statement time', s.when.evidence, s.when.text);
    }
    for (const h of i.hedges ?? []) check('hedge', h.range, h.text);
  }
  return out;
}
