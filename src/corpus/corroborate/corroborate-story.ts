/**
 * Verdicts on every aligned facet of a story, each by the rule of its kind (see facet-status.ts).
 */
import type { AlignedFacet } from '../align/facet-types.js';
import { attributionVerdict, dateVerdict, labelVerdict, numberVerdict, unspecifiedCountVerdict, type CorroborationContext } from './facet-status.js';
import type { FacetVerdict } from './verdict-types.js';

const SCOPE_RANK: Record<string, number> = { place: 0, region: 1, country: 2 };

/** Parts of a count key: `count:<group>:<counted>@<place>[/<scope>]`. */
export function countKeyParts(key: string): { group: string; counted: string; place: string; scope: string } | undefined {
  const m = /^count:([^:]+):([^@]+)@([^/]+)(?:\/(region|country))?$/.exec(key);
  return m ? { group: m[1]!, counted: m[2]!, place: m[3]!, scope: m[4] ?? 'place' } : undefined;
}

/** The verdict of each facet, in the facets' order. */
export function corroborateFacets(facets: readonly AlignedFacet[], ctx: CorroborationContext): FacetVerdict[] {
  return facets.map((f) => {
    switch (f.kind) {
      case 'count': {
        const parts = countKeyParts(f.key);
        if (parts?.group === 'unspecified') {
          const refs = facets.filter((o) => {
            const p = countKeyParts(o.key);
            return p && p.group !== 'unspecified' && p.counted === parts.counted && p.place === parts.place && SCOPE_RANK[p.scope]! >= SCOPE_RANK[parts.scope]!;
          });
          return unspecifiedCountVerdict(f, refs, ctx);
        }
        return numberVerdict(f, ctx);
      }
      case 'casualties':
        return numberVerdict(f, ctx);
      case 'date':
        return dateVerdict(f, ctx);
      case 'attribution':
        return attributionVerdict(f, ctx);
      default:
        return labelVerdict(f, ctx);
    }
  });
}
