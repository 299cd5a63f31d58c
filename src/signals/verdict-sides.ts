/**
 * The other side of a conflict, as the cross-report findings on facet verdicts quote it: one
 * report per independent origin, so a wire story and its copies count, and are quoted, once.
 */
import type { Evidence } from '../model/span.js';
import type { FacetVerdict, ValueGroup } from '../corpus/corroborate/verdict-types.js';

/** The independent origins behind some value groups, their values and (up to a limit) their words. */
export interface OtherSide {
  /** The first evidence span of one report per origin, at most `max` of them. */
  evidence: Evidence[];
  /** Every independent origin found (not only those quoted). */
  origins: Set<string>;
  /** The groups' values as stated, once each, in the groups' order. */
  values: string[];
}

/**
 * One report per origin from `groups`, in their order, leaving out weak readings and the
 * origins in `exclude` (the reporting side's own, so a copy never contradicts its source).
 */
export function onePerOrigin(groups: readonly ValueGroup[], exclude: ReadonlySet<string>, max: number): OtherSide {
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

/**
 * Each conflicting value group of a verdict, in order, with the side it conflicts with: one report
 * per origin of the agreed value (and of the figures it was compared with), leaving out the
 * group's own origins. A group with no independent origin against it is left out.
 */
export function conflictsOf(v: FacetVerdict, max: number): Array<{ group: ValueGroup; against: OtherSide }> {
  const agreed = v.groups.filter((g) => g.role === 'current' || g.role === 'reference');
  const out: Array<{ group: ValueGroup; against: OtherSide }> = [];
  for (const group of v.groups) {
    if (group.role !== 'conflicting') continue;
    const against = onePerOrigin(agreed, new Set(group.reports.map((r) => r.origin)), max);
    if (against.origins.size > 0) out.push({ group, against });
  }
  return out;
}

/** "1 independent report", "3 independent reports". */
export function independentReports(n: number): string {
  return `${n} independent report${n === 1 ? '' : 's'}`;
}
