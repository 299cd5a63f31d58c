/**
 * Builds a layer story's record from the facts of its reports, wherever those are kept (in
 * memory for a one-off run, in the store for a growing corpus).
 */
import type { ReportFacts } from '../align/facet-types.js';
import { buildStoryRecord } from './build-story.js';
import type { StoryLayer } from './story-layer.js';
import type { StoryRecord } from './story-types.js';

/** The reports whose facts a story needs: its members and the reports linked to it. */
export function storyReportIds(layer: StoryLayer, storyId: string): { members: string[]; linked: Array<{ docId: string; incidentIds: string[] }> } {
  const st = layer.story(storyId);
  if (!st) return { members: [], linked: [] };
  return { members: st.members, linked: layer.linkedTo(storyId) };
}

/** The record of a layer story; `facts` must hold every report `storyReportIds` names. */
export function recordOfLayerStory(layer: StoryLayer, storyId: string, facts: ReadonlyMap<string, ReportFacts>): StoryRecord | undefined {
  const st = layer.story(storyId);
  if (!st) return undefined;
  const { members, linked } = storyReportIds(layer, storyId);
  const factsOf = (id: string): ReportFacts => facts.get(id) ?? { docId: id, incidents: [] };
  return buildStoryRecord({
    id: storyId,
    members: members.map((id) => ({ facts: factsOf(id), incidentIds: layer.memberIncidents(storyId, id) })),
    linked: linked.map((l) => ({ facts: factsOf(l.docId), incidentIds: l.incidentIds })),
    ...(st.anchor ? { anchor: st.anchor } : {}),
    originOf: (id) => layer.originOf(id),
    linksOf: (id) => layer.origins.linksOf(id),
    describe: (id) => layer.origins.describe(id),
    orderOf: (id) => layer.orderOf(id),
  });
}
