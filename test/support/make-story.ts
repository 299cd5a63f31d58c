import type { CleanDocument } from '../../src/model/document.js';
import { evidenceOf } from '../../src/model/span.js';
import type { FacetClaim, ReportFacts } from '../../src/corpus/align/facet-types.js';
import { buildStoryRecord } from '../../src/corpus/stories/build-story.js';
import type { StoryRecord } from '../../src/corpus/stories/story-types.js';

/** Facts of a report that gives one drone count for the invented town of Varna Nova, with its words as evidence. */
export function countFacts(doc: CleanDocument, value: number, words: string): ReportFacts {
  const at = doc.text.indexOf(words);
  if (at < 0) throw new Error(`"${words}" is not in the report`);
  const claim: FacetClaim = {
    facet: 'count:launched:drones@varna nova',
    kind: 'count',
    docId: doc.id,
    incidentId: 'i1',
    value: { type: 'number', value, approx: 'exact' },
    display: String(value),
    evidence: [evidenceOf(doc.id, doc.text, at, at + words.length)],
  };
  return {
    docId: doc.id,
    ...(doc.meta.headline ? { headline: doc.meta.headline.value } : {}),
    ...(doc.meta.outlet ? { outlet: doc.meta.outlet.value } : {}),
    ...(doc.meta.published ? { published: doc.meta.published.value } : {}),
    primary: 0,
    incidents: [
      {
        incidentId: 'i1',
        placeKey: 'varna nova',
        place: 'Varna Nova',
        sites: [],
        eventType: 'drone-strike',
        claims: [claim],
        actors: [],
        evidence: [],
      },
    ],
  };
}

/** A story of independent reports built by the real builder, from their facts. */
export function makeStory(id: string, facts: readonly ReportFacts[]): StoryRecord {
  return buildStoryRecord({
    id,
    members: facts.map((f) => ({ facts: f, incidentIds: ['i1'] })),
    linked: [],
    anchor: { placeKey: 'varna nova', place: 'Varna Nova' },
    originOf: (d) => d,
    linksOf: () => [],
    orderOf: (d) => facts.findIndex((f) => f.docId === d),
  });
}
