/**
 * A map of a story's places as one standalone SVG string: land and borders from offline world
 * geometry, zoomed to the places' bounding box with a margin (the whole world when there are
 * none, or when they are spread over much of it), a marker coloured by status and a label per
 * place. No scripts, no external references, no ids (several maps can share one HTML page); every
 * name is written as escaped text.
 */
import { geoGraticule, geoMercator, geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';
import type { MultiPoint } from 'geojson';
import { escapeMarkup } from './markup-escape.js';
import { worldGeometry, type GeoBox, type WorldScale } from './world-geometry.js';

/** A status a place can carry on the map, as the story's place facet gives it. */
export type MapPlaceStatus = 'corroborated' | 'single-source' | 'contradicted' | 'denied';

/** One place to mark: WGS84 degrees, a label (the name when absent) and an optional status. */
export interface MapPlace {
  name: string;
  lat: number;
  lon: number;
  label?: string;
  status?: MapPlaceStatus;
}

/** Size and caption of the map. */
export interface PlacesMapOptions {
  /** Pixels, 120–4096 (default 640). */
  width?: number;
  /** Pixels, 90–4096 (default 400). */
  height?: number;
  /** Accessible title of the image (default "Map of N places"). */
  title?: string;
}

/** Marker colours, also used by the HTML report's status badges. */
export const STATUS_COLOURS: Readonly<Record<MapPlaceStatus | 'none', string>> = {
  corroborated: '#2e7d32',
  'single-source': '#b26a00',
  contradicted: '#c62828',
  denied: '#6a1b9a',
  none: '#37474f',
};

const SEA = '#dde9f3';
const LAND = '#f4f1ea';
const LAND_EDGE = '#9fa8b0';
const BORDER = '#b8b0a0';
const GRID = '#c9d7e3';
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const LABEL_SIZE = 12;
/** Rough advance of one character of the label font, for placing labels without measuring text. */
const CHAR_WIDTH = LABEL_SIZE * 0.58;
/** The smallest area shown, in degrees, so one place (or a few close together) is not a blur of coast. */
const MIN_SPAN_DEG = 3;
/** Beyond this spread the places are shown on the whole world instead of a stretched Mercator. */
const WORLD_SPAN_LON = 150;
const WORLD_SPAN_LAT = 70;
const MAX_MERCATOR_LAT = 84;

const clampLat = (lat: number) => Math.max(-MAX_MERCATOR_LAT, Math.min(MAX_MERCATOR_LAT, lat));
const wrapLon = (lon: number) => ((((lon + 180) % 360) + 360) % 360) - 180;
const round1 = (n: number) => Math.round(n * 10) / 10;

/** A size in whole pixels within sane bounds; the default for anything that is not a number. */
function size(v: number | undefined, fallback: number, min: number): number {
  return v !== undefined && Number.isFinite(v) ? Math.min(4096, Math.max(min, Math.round(v))) : fallback;
}

/** Places whose coordinates are numbers on the globe; the rest cannot be drawn. */
function drawable(places: readonly MapPlace[]): MapPlace[] {
  return places.filter((p) => Number.isFinite(p.lat) && Number.isFinite(p.lon) && Math.abs(p.lat) <= 90 && Math.abs(p.lon) <= 360);
}

/**
 * The narrowest arc of longitude holding every place: its centre and width. Found from the widest
 * gap between sorted longitudes, so places either side of the antimeridian stay together.
 */
function lonArc(lons: readonly number[]): { centre: number; span: number } {
  const sorted = lons.map(wrapLon).sort((a, b) => a - b);
  let gap = -1;
  let after = 0;
  for (let i = 0; i < sorted.length; i++) {
    const here = sorted[i]!;
    const next = i + 1 < sorted.length ? sorted[i + 1]! : sorted[0]! + 360;
    if (next - here > gap) {
      gap = next - here;
      after = i + 1;
    }
  }
  const start = sorted[after % sorted.length]!;
  const span = 360 - gap;
  return { centre: wrapLon(start + span / 2), span };
}

interface MapView {
  projection: GeoProjection;
  scale: WorldScale;
  world: boolean;
  /** Degrees between graticule lines. */
  step: number;
  /** What the frame shows, for a regional view: only land and borders meeting it are drawn. */
  visible?: GeoBox;
}

/** The area a regional (Mercator) frame shows, from its edges, with half a degree to spare. */
function visibleBox(projection: GeoProjection, width: number, height: number): GeoBox | undefined {
  const west = projection.invert?.([0, height / 2]);
  const east = projection.invert?.([width, height / 2]);
  const north = projection.invert?.([width / 2, 0]);
  const south = projection.invert?.([width / 2, height]);
  if (!west || !east || !north || !south) return undefined;
  return { west: wrapLon(west[0] - 0.5), east: wrapLon(east[0] + 0.5), south: Math.max(-90, south[1] - 0.5), north: Math.min(90, north[1] + 0.5) };
}

/** The projection that fits the places into the frame with a margin. */
function mapView(places: readonly MapPlace[], width: number, height: number, pad: number): MapView {
  const extent: [[number, number], [number, number]] = [
    [pad, pad],
    [width - pad, height - pad],
  ];
  if (places.length > 0) {
    const arc = lonArc(places.map((p) => p.lon));
    const lats = places.map((p) => clampLat(p.lat));
    const latLo = Math.min(...lats);
    const latHi = Math.max(...lats);
    if (arc.span <= WORLD_SPAN_LON && latHi - latLo <= WORLD_SPAN_LAT) {
      // A quarter of the spread again on each side, and never less than MIN_SPAN_DEG across.
      const lonSpan = Math.max(arc.span * 1.5, MIN_SPAN_DEG);
      const latSpan = Math.max((latHi - latLo) * 1.5, MIN_SPAN_DEG);
      const latMid = (latLo + latHi) / 2;
      const corners: MultiPoint = {
        type: 'MultiPoint',
        coordinates: [
          [arc.centre - lonSpan / 2, clampLat(latMid - latSpan / 2)],
          [arc.centre + lonSpan / 2, clampLat(latMid + latSpan / 2)],
          [arc.centre - lonSpan / 2, clampLat(latMid + latSpan / 2)],
          [arc.centre + lonSpan / 2, clampLat(latMid - latSpan / 2)],
        ],
      };
      // Rotated to the arc's centre, so an area across the antimeridian is not cut in two.
      const projection = geoMercator().rotate([-arc.centre, 0]).precision(0).fitExtent(extent, corners).clipExtent([
        [0, 0],
        [width, height],
      ]);
      const shown = Math.max(lonSpan, latSpan);
      const scale: WorldScale = shown > 40 ? '110m' : shown > 6 ? '50m' : '10m';
      const step = shown > 40 ? 10 : shown > 12 ? 5 : shown > 4 ? 1 : 0.5;
      const visible = visibleBox(projection, width, height);
      return { projection, scale, world: false, step, ...(visible ? { visible } : {}) };
    }
  }
  const projection = geoNaturalEarth1().fitExtent(extent, { type: 'Sphere' });
  return { projection, scale: '110m', world: true, step: 30 };
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Where each label goes: right of its marker, else left, above or below — the first spot that
 * overlaps no label or marker already placed and stays in the frame; right when none is free.
 */
function placeLabels(points: ReadonlyArray<{ x: number; y: number; text: string }>, width: number, height: number): Array<{ x: number; y: number; anchor: 'start' | 'end' | 'middle' }> {
  const taken: Box[] = points.map((p) => ({ x0: p.x - 6, y0: p.y - 6, x1: p.x + 6, y1: p.y + 6 }));
  return points.map((p) => {
    const w = p.text.length * CHAR_WIDTH;
    const h = LABEL_SIZE;
    const spots = [
      { x: p.x + 9, y: p.y + h * 0.35, anchor: 'start' as const, box: { x0: p.x + 8, y0: p.y - h / 2, x1: p.x + 10 + w, y1: p.y + h / 2 } },
      { x: p.x - 9, y: p.y + h * 0.35, anchor: 'end' as const, box: { x0: p.x - 10 - w, y0: p.y - h / 2, x1: p.x - 8, y1: p.y + h / 2 } },
      { x: p.x, y: p.y - 10, anchor: 'middle' as const, box: { x0: p.x - w / 2, y0: p.y - 10 - h, x1: p.x + w / 2, y1: p.y - 8 } },
      { x: p.x, y: p.y + 10 + h * 0.8, anchor: 'middle' as const, box: { x0: p.x - w / 2, y0: p.y + 8, x1: p.x + w / 2, y1: p.y + 10 + h } },
    ];
    const inFrame = (b: Box) => b.x0 >= 2 && b.y0 >= 2 && b.x1 <= width - 2 && b.y1 <= height - 2;
    const spot = spots.find((s) => inFrame(s.box) && !taken.some((t) => overlaps(t, s.box))) ?? spots.find((s) => inFrame(s.box)) ?? spots[0]!;
    taken.push(spot.box);
    return { x: round1(spot.x), y: round1(spot.y), anchor: spot.anchor };
  });
}

function legend(statuses: readonly MapPlaceStatus[], height: number): string {
  if (statuses.length === 0) return '';
  const rowH = 16;
  const w = 10 + Math.max(...statuses.map((s) => s.length)) * 6.4 + 24;
  const h = statuses.length * rowH + 8;
  const y0 = height - h - 18;
  const rows = statuses
    .map(
      (s, i) =>
        `<circle cx="18" cy="${y0 + 12 + i * rowH}" r="5" fill="${STATUS_COLOURS[s]}" stroke="#fff" stroke-width="1.5"/>` +
        `<text x="28" y="${y0 + 16 + i * rowH}" font-size="11" fill="#263238">${escapeMarkup(s)}</text>`,
    )
    .join('');
  return `<g class="crb-map-legend"><rect x="8" y="${y0}" width="${round1(w)}" height="${h}" rx="4" fill="#ffffff" fill-opacity="0.85" stroke="${LAND_EDGE}" stroke-width="0.5"/>${rows}</g>`;
}

/**
 * The SVG map of `places`. Places without usable coordinates are left out (the caption counts
 * them); with none left the map shows the whole world. Deterministic: the same places give the
 * same string.
 */
export function renderPlacesMap(places: readonly MapPlace[], opts: PlacesMapOptions = {}): string {
  const width = size(opts.width, 640, 120);
  const height = size(opts.height, 400, 90);
  const shown = drawable(places);
  const left = places.length - shown.length;
  const title = opts.title ?? (places.length === 0 ? 'Map: no places' : `Map of ${places.length} ${places.length === 1 ? 'place' : 'places'}`);
  const pad = Math.min(48, Math.round(Math.min(width, height) / 8));
  const view = mapView(shown, width, height, pad);
  const path = geoPath(view.projection).digits(1);
  const world = worldGeometry(view.scale, view.visible);
  const sphere = view.world ? path({ type: 'Sphere' }) ?? '' : '';
  const graticule = path(geoGraticule().step([view.step, view.step])()) ?? '';
  const land = path(world.land) ?? '';
  const borders = path(world.borders) ?? '';

  const points = shown.map((p) => {
    const xy = view.projection([wrapLon(p.lon), view.world ? p.lat : clampLat(p.lat)]) ?? [width / 2, height / 2];
    return { place: p, x: round1(xy[0]), y: round1(xy[1]), text: p.label ?? p.name };
  });
  const labels = placeLabels(points, width, height);
  const markers = points
    .map((pt, i) => {
      const colour = STATUS_COLOURS[pt.place.status ?? 'none'];
      const l = labels[i]!;
      const status = pt.place.status ? ` data-status="${escapeMarkup(pt.place.status)}"` : '';
      return (
        `<g class="crb-map-place" data-name="${escapeMarkup(pt.place.name)}"${status}>` +
        `<title>${escapeMarkup(pt.text)}${pt.place.status ? ` — ${escapeMarkup(pt.place.status)}` : ''}</title>` +
        `<circle cx="${pt.x}" cy="${pt.y}" r="5.5" fill="${colour}" stroke="#ffffff" stroke-width="1.5"/>` +
        `<text x="${l.x}" y="${l.y}" text-anchor="${l.anchor}" font-size="${LABEL_SIZE}" fill="#102027" stroke="#ffffff" stroke-width="3" stroke-opacity="0.8" paint-order="stroke">${escapeMarkup(pt.text)}</text>` +
        `</g>`
      );
    })
    .join('');
  const statuses = (['corroborated', 'single-source', 'contradicted', 'denied'] as const).filter((s) => shown.some((p) => p.status === s));
  const note = left > 0 ? ` · ${left} ${left === 1 ? 'place' : 'places'} without coordinates not shown` : '';

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeMarkup(title)}" font-family="${escapeMarkup(FONT)}" data-view="${view.world ? 'world' : 'region'}">` +
    `<title>${escapeMarkup(title)}</title>` +
    (view.world ? `<rect width="${width}" height="${height}" fill="#ffffff"/><path class="crb-map-sea" d="${sphere}" fill="${SEA}"/>` : `<rect class="crb-map-sea" width="${width}" height="${height}" fill="${SEA}"/>`) +
    `<path class="crb-map-graticule" d="${graticule}" fill="none" stroke="${GRID}" stroke-width="0.5"/>` +
    `<path class="crb-map-land" d="${land}" fill="${LAND}" stroke="${LAND_EDGE}" stroke-width="0.6"/>` +
    `<path class="crb-map-borders" d="${borders}" fill="none" stroke="${BORDER}" stroke-width="0.6" stroke-dasharray="2 1.5"/>` +
    `<g class="crb-map-places">${markers}</g>` +
    legend(statuses, height) +
    `<text x="${width - 6}" y="${height - 6}" text-anchor="end" font-size="9" fill="#546e7a">Land: Natural Earth${escapeMarkup(note)}</text>` +
    `</svg>`
  );
}
