/**
 * Verdicts on every aligned facet of a story, each by the rule of its kind (see facet-status.ts).
 */
import type { AlignedFacet } from '../align/facet-types.js';
import { attributionVerdict, dateVerdict, labelVerdict, numberVerdict, unspecifiedCountVerdict, type CorroborationContext, type ReferenceFacet } from './facet-status.js';
import type { FacetVerdict } from './verdict-types.js';

const SCOPE_RANK: Record<string, number> = { place: 0, region: 1, country: 2 };

/** Parts of a count key: `count:<group>:<counted>@<place>[/<scope>]`. */
export function countKeyParts(key: string): { group: string; counted: string; place: string; scope: string } | undefined {
  const m = /^count:([^:]+):([^@]+)@([^/]+)(?:\/(region|country))?$/.exec(key);
  return m ? { group: m[1]!, counted: m[2]!, place: m[3]!, scope: m[4] ?? 'place' } : undefined;
}

/** The verdict of each facet, in the facets' order. */
export function corroborateFacets(facets: readonly AlignedFacet[], ctx: CorroborationContext): FacetVerdict[] {
  const parts = facets.map((f) => (f.kind === 'count' ? countKeyParts(f.key) : undefined));
  const unspecified = (i: number) => parts[i]?.group === 'unspecified';
  // Fated counts first: an unspecified figure is compared with them, and each is the reference of
  // possibly several, so its verdict is computed once and handed in.
  const verdicts: Array<FacetVerdict | undefined> = facets.map((f, i) => (unspecified(i) ? undefined : verdictOf(f, ctx)));
  return facets.map((f, i) => {
    const done = verdicts[i];
    if (done) return done;
    const own = parts[i]!;
    const refs: ReferenceFacet[] = [];
    facets.forEach((o, j) => {
      const p = parts[j];
      if (p && p.group !== 'unspecified' && p.counted === own.counted && p.place === own.place && SCOPE_RANK[p.scope]! >= SCOPE_RANK[own.scope]!) refs.push({ facet: o, verdict: verdicts[j]! });
    });
    return unspecifiedCountVerdict(f, refs, ctx);
  });
}

/** The verdict of a facet by the rule of its kind, unspecified counts aside. */
function verdictOf(f: AlignedFacet, ctx: CorroborationContext): FacetVerdict {
  switch (f.kind) {
    case 'count':
    case 'casualties':
      return numberVerdict(f, ctx);
    case 'date':
      return dateVerdict(f, ctx);
    case 'attribution':
      return attributionVerdict(f, ctx);
    default:
      return labelVerdict(f, ctx);
  }
}
