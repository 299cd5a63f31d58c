/**
 * Aligns the claims of a story's reports facet by facet. Each report brings the facts of its
 * incidents that match the story's incident place; their facet keys are rewritten onto the
 * story's place key (so "Kiev" and "Kyiv", or a district and its city, meet) and grouped.
 */
import type { AlignedFacet, FacetClaim, FacetKind, IncidentFacts, ReportFacts } from './facet-types.js';
import { facetLabel } from './read-report-facts.js';

/** A report of the story with the incidents of it that belong to the story. */
export interface StoryReportFacts {
  facts: ReportFacts;
  incidentIds: readonly string[];
}

const KIND_ORDER: readonly FacetKind[] = ['date', 'place', 'count', 'casualties', 'attribution', 'damage', 'statement'];

/** How the claim writes what the facet is about (a site, a damaged object, a party, a speaker). */
function nameOf(c: FacetClaim): string | undefined {
  if (c.value.type === 'attribution') return c.value.party;
  if (c.kind === 'statement') return c.source;
  if (c.value.type === 'label' && c.kind !== 'place') return c.value.label;
  if (c.value.type === 'label' && c.facet.startsWith('place:site:')) return c.value.label;
  return undefined;
}

/** The facet key with its place part replaced by the story's place key (scope suffixes kept). */
export function rebaseKey(key: string, placeKey: string): string {
  const at = key.lastIndexOf('@');
  if (at < 0) return key;
  const where = key.slice(at + 1);
  const slash = where.indexOf('/');
  return `${key.slice(0, at)}@${placeKey}${slash >= 0 ? where.slice(slash) : ''}`;
}

/** The incidents of a report that belong to the story. */
export function storyIncidents(r: StoryReportFacts): IncidentFacts[] {
  const ids = new Set(r.incidentIds);
  return r.facts.incidents.filter((i) => ids.has(i.incidentId));
}

/**
 * Facets of a story: every claim of the story's incidents in its reports, grouped by normalised
 * key; one claim per report and facet (per stance for attributions), the first incident's when a
 * report has two incidents at the story's place. Ordered by kind, then by how many reports speak.
 */
export function alignStory(reports: readonly StoryReportFacts[], place: { key: string; name: string }): AlignedFacet[] {
  const facets = new Map<string, AlignedFacet>();
  const taken = new Set<string>();
  for (const r of reports) {
    for (const inc of storyIncidents(r)) {
      for (const c of inc.claims) {
        const key = rebaseKey(c.facet, place.key);
        const slot = `${r.facts.docId}\u0000${key}\u0000${c.value.type === 'attribution' ? c.value.stance : ''}`;
        if (taken.has(slot)) continue;
        taken.add(slot);
        let f = facets.get(key);
        if (!f) facets.set(key, (f = { key, kind: c.kind, label: facetLabel(key, place.name, nameOf(c)), place: place.name, claims: [] }));
        const claim: FacetClaim = { ...c, facet: key };
        f.claims.push(claim);
      }
    }
  }
  return [...facets.values()].sort(
    (a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || b.claims.length - a.claims.length || a.key.localeCompare(b.key),
  );
}
