/**
 * Cross-report findings from a story's verdicts, in the finding shape signals use: the report's
 * own words in `evidence`, the other reports' words in `related`. They describe what the reports
 * say side by side; which report is right is not for them to say.
 */
import type { Finding } from '../../model/finding.js';
import type { Evidence } from '../../model/span.js';
import type { FacetKind } from '../align/facet-types.js';
import type { FacetVerdict, GroupReport, ValueGroup } from './verdict-types.js';

/** Evidence of at most `max` reports, one per origin, in the groups' order. */
function onePerOrigin(groups: readonly ValueGroup[], exclude: ReadonlySet<string>, max = 6): { evidence: Evidence[]; origins: Set<string>; values: string[] } {
  const origins = new Set<string>();
  const evidence: Evidence[] = [];
  const values: string[] = [];
  for (const g of groups) {
    for (const r of g.reports) {
      if (r.weak || exclude.has(r.origin) || origins.has(r.origin)) continue;
      origins.add(r.origin);
      if (origins.size <= max) evidence.push(...r.evidence.slice(0, 1));
      if (!values.includes(g.display)) values.push(g.display);
    }
  }
  return { evidence, origins, values };
}

function plural(n: number, word: string): string {
  return `${n} independent ${word}${n === 1 ? '' : 's'}`;
}

function finding(ruleId: string, messageId: string, message: string, severity: Finding['severity'], r: GroupReport, related: Evidence[], data: Record<string, unknown>): Finding {
  return { ruleId, messageId, message, severity, docId: r.docId, evidence: r.evidence, ...(related.length ? { related } : {}), data };
}

/** Kinds whose single-source claims are worth a finding (a speaker's own statement, the place itself, are not). */
const SINGLE_SOURCE_KINDS = new Set<FacetKind>(['count', 'casualties', 'attribution', 'damage', 'date']);

/**
 * `contradicted-claim` on each report carrying a conflicting value ("claim contradicted by N
 * independent reports"), and on the agreeing ones too when the conflicting side is as large;
 * `date-conflict` for a date off the story's consensus date; `single-source-claim` on the reports
 * of the one origin that carries a claim nobody else makes.
 */
export function crossReportFindings(verdicts: readonly FacetVerdict[], storyId: string): Finding[] {
  const out: Finding[] = [];
  for (const v of verdicts) {
    const data = (r: GroupReport, extra: Record<string, unknown> = {}) => ({ storyId, facet: v.key, label: v.label, value: r.display, ...extra });
    if (v.status === 'contradicted') {
      const current = v.groups.filter((g) => g.role === 'current' || g.role === 'reference');
      for (const g of v.groups.filter((x) => x.role === 'conflicting')) {
        const mine = new Set(g.reports.map((r) => r.origin));
        const against = onePerOrigin(current, mine);
        if (against.origins.size === 0) continue;
        for (const r of g.reports) {
          if (r.weak) continue;
          if (v.kind === 'date') {
            out.push(
              finding('date-conflict', 'date-conflicts-with-consensus', `date conflicts with the story's consensus date: ${r.display} here, ${v.value ?? against.values.join(', ')} in ${plural(against.origins.size, 'report')}`, 'warning', r, against.evidence, data(r, { consensus: v.value, against: [...against.origins] })),
            );
          } else {
            out.push(
              finding('contradicted-claim', 'claim-contradicted', `claim contradicted by ${plural(against.origins.size, 'report')}: ${v.label} — ${r.display} here, ${against.values.join(' / ')} there`, 'warning', r, against.evidence, data(r, { against: [...against.origins], otherValues: against.values })),
            );
          }
        }
        // A conflict between equals: the agreeing side is contradicted as much as the other.
        const cur = v.groups.find((x) => x.role === 'current');
        if (cur && v.kind !== 'date' && g.origins >= cur.origins) {
          const theirs = onePerOrigin([g], new Set(cur.reports.map((r) => r.origin)));
          for (const r of cur.reports) {
            if (r.weak || theirs.origins.size === 0) continue;
            out.push(
              finding('contradicted-claim', 'claim-contradicted', `claim contradicted by ${plural(theirs.origins.size, 'report')}: ${v.label} — ${r.display} here, ${theirs.values.join(' / ')} there`, 'warning', r, theirs.evidence, data(r, { against: [...theirs.origins], otherValues: theirs.values })),
            );
          }
        }
      }
    } else if (v.status === 'single-source' && (SINGLE_SOURCE_KINDS.has(v.kind) || v.key.startsWith('place:site:'))) {
      const g = v.groups.find((x) => x.role === 'current');
      for (const r of g?.reports ?? []) {
        if (r.weak) continue;
        out.push(finding('single-source-claim', 'only-source', `only source for this claim: ${v.label} — ${r.display}`, 'info', r, [], data(r)));
      }
    }
  }
  return out;
}
