/**
 * schema.org ClaimReview in JSON-LD: one review per value of a story facet that is contradicted or
 * rests on a single source. The rating carries only what corroborate found — "contradicted by 2
 * independent reports", "single source" — as `alternateName`; there is no truth scale
 * (`ratingValue`, `bestRating`, `worstRating`), because corroborate compares reports and never
 * rules on which is right.
 */
import type { FacetVerdict, ValueGroup } from '../corpus/corroborate/verdict-types.js';
import type { StoryRecord } from '../corpus/stories/story-types.js';
import { isReportedSingleSource } from '../signals/single-source-claim/index.js';
import { writeChunk, type ExportSink } from './export-sink.js';
import type { ExportLookup } from './export-selection.js';
import { reportUrn, type ReportRef } from './report-ref.js';

/** A report as a ClaimReview names it. */
export interface JsonLdArticle {
  '@type': 'NewsArticle';
  '@id': string;
  identifier: string;
  url?: string;
  headline?: string;
  publisher?: { '@type': 'Organization'; name: string };
  datePublished?: string;
  inLanguage?: string;
}

/** One ClaimReview node. */
export interface ClaimReviewNode {
  '@type': 'ClaimReview';
  '@id': string;
  name: string;
  claimReviewed: string;
  reviewBody: string;
  itemReviewed: {
    '@type': 'Claim';
    name: string;
    appearance: JsonLdArticle[];
    firstAppearance?: JsonLdArticle;
  };
  reviewRating: { '@type': 'Rating'; alternateName: string; ratingExplanation: string };
  about: { '@type': 'Event'; name: string; identifier: string; startDate?: string; endDate?: string; location?: Array<{ '@type': 'Place'; name: string; geo?: { '@type': 'GeoCoordinates'; latitude: number; longitude: number } }> };
  author: { '@type': 'Organization'; name: 'corroborate' };
  datePublished: string;
}


function plural(n: number, word: string): string {
  return `${n} independent ${word}${n === 1 ? '' : 's'}`;
}

/** Distinct origins of the non-weak reports of `groups`, leaving out `exclude`. */
function originsOf(groups: readonly ValueGroup[], exclude: ReadonlySet<string> = new Set()): Set<string> {
  const out = new Set<string>();
  for (const g of groups) for (const r of g.reports) if (!r.weak && !exclude.has(r.origin)) out.add(r.origin);
  return out;
}

function article(ref: ReportRef | undefined, id: string): JsonLdArticle {
  const urn = reportUrn(id);
  return {
    '@type': 'NewsArticle',
    '@id': ref?.url ?? urn,
    identifier: urn,
    ...(ref?.url ? { url: ref.url } : {}),
    ...(ref?.headline ? { headline: ref.headline } : {}),
    ...(ref?.outlet ? { publisher: { '@type': 'Organization' as const, name: ref.outlet } } : {}),
    ...(ref?.published ? { datePublished: ref.published } : {}),
    ...(ref?.language ? { inLanguage: ref.language } : {}),
  };
}

/** The values of a facet side by side: "50 (1 origin) vs 23 (9 origins)". */
function sideBySide(v: FacetVerdict): string {
  return v.groups
    .filter((g) => g.role !== 'earlier' && g.role !== 'compatible' && g.role !== 'weak')
    .map((g) => `${g.display} (${g.origins} ${g.origins === 1 ? 'origin' : 'origins'})`)
    .join(' vs ');
}

/** The values of a story worth a review, each with what the rating says about it. */
export function reviewedValues(story: StoryRecord): Array<{ facet: FacetVerdict; group: ValueGroup; index: number; rating: string; against: number }> {
  const out: Array<{ facet: FacetVerdict; group: ValueGroup; index: number; rating: string; against: number }> = [];
  for (const v of story.facets) {
    if (v.status === 'contradicted') {
      // The values in conflict: each conflicting value against the current and reference values,
      // and the current value against the conflicting ones. Earlier values of a series are updates.
      const conflicting = v.groups.filter((g) => g.role === 'conflicting');
      const standing = v.groups.filter((g) => g.role === 'current' || g.role === 'reference');
      v.groups.forEach((g, index) => {
        if (g.reports.every((r) => r.weak)) return;
        const mine = new Set(g.reports.map((r) => r.origin));
        const others = g.role === 'conflicting' ? originsOf(standing, mine) : g.role === 'current' ? originsOf(conflicting, mine) : new Set<string>();
        if (others.size === 0) return;
        out.push({ facet: v, group: g, index, rating: `contradicted by ${plural(others.size, 'report')}`, against: others.size });
      });
    } else if (isReportedSingleSource(v)) {
      v.groups.forEach((g, index) => {
        if (g.role !== 'current' || g.reports.every((r) => r.weak)) return;
        out.push({ facet: v, group: g, index, rating: 'single source', against: 0 });
      });
    }
  }
  return out;
}

/**
 * The ClaimReview nodes of one story. `refs` names the reports (URL, headline, outlet, date);
 * `datePublished` is the export's day.
 */
export function claimReviewsOfStory(story: StoryRecord, refs: ReadonlyMap<string, ReportRef>, datePublished: string): ClaimReviewNode[] {
  const about: ClaimReviewNode['about'] = {
    '@type': 'Event',
    name: story.label,
    identifier: `urn:corroborate:story:${story.id}`,
    ...(story.timeSpan ? { startDate: story.timeSpan.start, endDate: story.timeSpan.end } : {}),
    ...(story.places.length
      ? {
          location: story.places.map((p) => ({
            '@type': 'Place' as const,
            name: p.name,
            ...(p.geo ? { geo: { '@type': 'GeoCoordinates' as const, latitude: p.geo.lat, longitude: p.geo.lon } } : {}),
          })),
        }
      : {}),
  };
  return reviewedValues(story).map(({ facet, group, index, rating }) => {
    const reports = group.reports.filter((r) => !r.weak);
    const first = reports.find((r) => r.docId === group.firstCarrier) ?? reports[0]!;
    const words = first.evidence[0]?.quote ?? group.display;
    const seen = new Set<string>();
    const appearance = reports.filter((r) => !seen.has(r.docId) && seen.add(r.docId)).map((r) => article(refs.get(r.docId), r.docId));
    const claim = `${facet.label} — ${group.display}`;
    const explanation =
      rating === 'single source'
        ? `Only one independent origin gives this value (${reports.length} ${reports.length === 1 ? 'report' : 'reports'}, copies included). corroborate compares reports; it does not rule on which is right.`
        : `Independent reports give other values for ${facet.label}: ${sideBySide(facet)}. corroborate compares reports; it does not rule on which is right.`;
    return {
      '@type': 'ClaimReview',
      '@id': `urn:corroborate:claimreview:${encodeURIComponent(story.id)}:${encodeURIComponent(facet.key)}:${index}`,
      name: claim,
      claimReviewed: words,
      reviewBody: `${facet.label}: ${sideBySide(facet)}${facet.note ? ` (${facet.note})` : ''}`,
      itemReviewed: {
        '@type': 'Claim',
        name: claim,
        appearance,
        firstAppearance: article(refs.get(group.firstCarrier), group.firstCarrier),
      },
      reviewRating: { '@type': 'Rating', alternateName: rating, ratingExplanation: explanation },
      about,
      author: { '@type': 'Organization', name: 'corroborate' },
      datePublished,
    };
  });
}

/**
 * Writes `{"@context": "https://schema.org", "@graph": [...]}`, one review per line, story by
 * story. Returns the number of reviews.
 */
export async function writeClaimReviews(storyIds: readonly string[], lookup: ExportLookup, out: ExportSink, opts: { generatedAt?: string } = {}): Promise<number> {
  const day = (opts.generatedAt ?? new Date().toISOString()).slice(0, 10);
  await writeChunk(out, '{"@context":"https://schema.org","@graph":[');
  let n = 0;
  for (const id of storyIds) {
    const story = await lookup.story(id);
    if (!story) continue;
    const refs = new Map<string, ReportRef>();
    for (const r of story.reports) {
      const ref = await lookup.ref(r.docId);
      if (ref) refs.set(r.docId, ref);
    }
    for (const node of claimReviewsOfStory(story, refs, day)) {
      await writeChunk(out, `${n === 0 ? '\n' : ',\n'}${JSON.stringify(node)}`);
      n++;
    }
  }
  await writeChunk(out, `${n === 0 ? '' : '\n'}]}\n`);
  return n;
}
