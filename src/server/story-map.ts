/**
 * `GET /api/stories/:id/map.svg`: a story's incident places on a map. Each place is marked with
 * the status of its place facet (`place@<key>`); places the gazetteer could not locate are passed
 * without coordinates, so the map's caption says how many are missing. Maps are remembered by
 * what they show, since drawing the coastlines is the slow part and a story changes rarely.
 */
import type { StoryRecord } from '../corpus/stories/story-types.js';
import { renderPlacesMap, type MapPlace } from '../reporters/places-map-svg.js';

/** The places of a story as the map draws them. */
export function storyMapPlaces(story: Pick<StoryRecord, 'places' | 'facets'>): MapPlace[] {
  const statusOf = new Map(story.facets.filter((f) => f.kind === 'place').map((f) => [f.key, f.status]));
  return story.places.map((p) => {
    const status = statusOf.get(`place@${p.key}`);
    const label = p.geo && p.geo.name !== p.name ? `${p.name} (${p.geo.name})` : p.name;
    return {
      name: p.name,
      // NaN is "no coordinates": the map leaves the place out and counts it in its caption.
      lat: p.geo?.lat ?? Number.NaN,
      lon: p.geo?.lon ?? Number.NaN,
      label,
      ...(status ? { status } : {}),
    };
  });
}

/** Draws story maps, remembering the last `max` drawn. */
export function createStoryMaps(max = 64): (story: StoryRecord, size: { width?: number; height?: number }) => string {
  const drawn = new Map<string, string>();
  return (story, size) => {
    const places = storyMapPlaces(story);
    const title = `Places of “${story.title}”`;
    const key = JSON.stringify([places, title, size.width ?? null, size.height ?? null]);
    const hit = drawn.get(key);
    if (hit !== undefined) {
      drawn.delete(key);
      drawn.set(key, hit);
      return hit;
    }
    const svg = renderPlacesMap(places, { title, ...(size.width ? { width: size.width } : {}), ...(size.height ? { height: size.height } : {}) });
    drawn.set(key, svg);
    if (drawn.size > max) drawn.delete(drawn.keys().next().value as string);
    return svg;
  };
}
