/**
 * The facet table's model: a story's facets in sections by kind (date, place, counts, casualties,
 * damage, attribution, statements), counts kept together by what is counted with their scopes
 * side by side (over the town, the region, the country), and the labels the view needs.
 */
import type { FacetKind, FacetVerdict, Story, StoryReportEntry } from '../types.js';

/** The sections of the facet table, in order. */
export const FACET_SECTIONS: ReadonlyArray<{ kind: FacetKind; label: string }> = [
  { kind: 'date', label: 'Date' },
  { kind: 'place', label: 'Place' },
  { kind: 'count', label: 'Counts' },
  { kind: 'casualties', label: 'Casualties' },
  { kind: 'damage', label: 'Damage' },
  { kind: 'attribution', label: 'Attribution' },
  { kind: 'statement', label: 'Statements' },
];

/** Where a count is counted: the place itself, its region, or the whole country. */
export type CountScope = 'place' | 'region' | 'country';

const SCOPE_ORDER: Readonly<Record<CountScope, number>> = { place: 0, region: 1, country: 2 };

/** A count facet's key read back: `count:<fate>:<weapon>@<place>[/region|/country]`. */
export function countKey(key: string): { fate: string; what: string; place: string; scope: CountScope } | undefined {
  const m = /^count:([^:]+):([^@]+)@([^/]+)(?:\/(region|country))?$/.exec(key);
  if (!m) return undefined;
  return { fate: m[1] as string, what: m[2] as string, place: m[3] as string, scope: (m[4] as CountScope | undefined) ?? 'place' };
}

/** One section of the table. */
export interface FacetSection {
  kind: FacetKind;
  label: string;
  facets: FacetVerdict[];
}

/**
 * The facets in sections, in section order. Within a section the story's order is kept, except
 * that counts of the same thing at the same place sit together, narrowest scope first.
 */
export function facetSections(facets: readonly FacetVerdict[]): FacetSection[] {
  return FACET_SECTIONS.map(({ kind, label }) => {
    const mine = facets.filter((f) => f.kind === kind);
    if (kind === 'count') {
      const firstAt = new Map<string, number>();
      mine.forEach((f, i) => {
        const k = countKey(f.key);
        const group = k ? `${k.what}@${k.place}:${k.fate}` : f.key;
        if (!firstAt.has(group)) firstAt.set(group, i);
      });
      const rank = (f: FacetVerdict, i: number): [number, number, number] => {
        const k = countKey(f.key);
        const group = k ? `${k.what}@${k.place}:${k.fate}` : f.key;
        return [firstAt.get(group) ?? i, k ? SCOPE_ORDER[k.scope] : 0, i];
      };
      const ranked = mine.map((f, i) => ({ f, r: rank(f, i) }));
      ranked.sort((a, b) => a.r[0] - b.r[0] || a.r[1] - b.r[1] || a.r[2] - b.r[2]);
      return { kind, label, facets: ranked.map((x) => x.f) };
    }
    return { kind, label, facets: mine };
  }).filter((s) => s.facets.length > 0);
}

/** Reports of a story by id. */
export function reportsById(story: Pick<Story, 'reports'>): Map<string, StoryReportEntry> {
  return new Map(story.reports.map((r) => [r.docId, r]));
}

/** Labels of facet keys, for "carried first" lists. */
export function facetLabels(story: Pick<Story, 'facets'>): Map<string, string> {
  return new Map(story.facets.map((f) => [f.key, f.label]));
}
