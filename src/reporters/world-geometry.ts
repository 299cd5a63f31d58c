/**
 * Offline world geometry for maps: land and country borders from the world-atlas package
 * (Natural Earth, public domain), at three scales, each read from disk once and kept, with every
 * piece's bounding box so a regional map only projects the pieces it can show.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoBounds } from 'd3-geo';
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** Natural Earth's scales: 1:110m for the world, 1:50m for a region, 1:10m for a close view. */
export type WorldScale = '110m' | '50m' | '10m';

/** An area of the globe: longitudes from `west` eastwards to `east` (west > east crosses the antimeridian), latitudes south to north. */
export interface GeoBox {
  west: number;
  east: number;
  south: number;
  north: number;
}

/** Land to fill and the borders between countries to stroke. */
export interface WorldGeometry {
  land: FeatureCollection<Polygon>;
  borders: MultiLineString;
}

interface Piece<G> {
  geometry: G;
  box: GeoBox;
}

interface Indexed {
  land: Array<Piece<Polygon>>;
  borders: Array<Piece<LineString>>;
}

const cache = new Map<WorldScale, Indexed>();

function boxOf(f: Feature<Polygon | LineString>): GeoBox {
  const [[west, south], [east, north]] = geoBounds(f);
  return { west, east, south, north };
}

function load(scale: WorldScale): Indexed {
  const hit = cache.get(scale);
  if (hit) return hit;
  const require = createRequire(import.meta.url);
  const topology = JSON.parse(readFileSync(require.resolve(`world-atlas/countries-${scale}.json`), 'utf8')) as Topology<{
    countries: GeometryCollection;
    land: GeometryCollection;
  }>;
  const landAll = feature(topology, topology.objects.land) as Feature<Polygon | MultiPolygon> | FeatureCollection<Polygon | MultiPolygon>;
  const polygons: Position[][][] = [];
  for (const f of 'features' in landAll ? landAll.features : [landAll]) {
    if (f.geometry.type === 'Polygon') polygons.push(f.geometry.coordinates);
    else polygons.push(...f.geometry.coordinates);
  }
  // Only borders shared by two countries: coastlines are drawn by the land's own outline.
  const borders = mesh(topology, topology.objects.countries, (a, b) => a !== b);
  const indexed: Indexed = {
    land: polygons.map((coordinates) => {
      const geometry: Polygon = { type: 'Polygon', coordinates };
      return { geometry, box: boxOf({ type: 'Feature', properties: null, geometry }) };
    }),
    borders: borders.coordinates.map((coordinates) => {
      const geometry: LineString = { type: 'LineString', coordinates };
      return { geometry, box: boxOf({ type: 'Feature', properties: null, geometry }) };
    }),
  };
  cache.set(scale, indexed);
  return indexed;
}

/** The longitudes a box covers as [start, width] on the circle. */
function lonInterval(b: GeoBox): [number, number] {
  const width = b.east >= b.west ? b.east - b.west : b.east + 360 - b.west;
  return [b.west, width];
}

function lonOverlap(a: GeoBox, b: GeoBox): boolean {
  const [a0, aw] = lonInterval(a);
  const [b0, bw] = lonInterval(b);
  if (aw >= 360 || bw >= 360) return true;
  // Where b starts, measured eastwards from a's start, and the other way round.
  const d = (((b0 - a0) % 360) + 360) % 360;
  const e = (((a0 - b0) % 360) + 360) % 360;
  return d <= aw || e <= bw;
}

/** True when two boxes share some of the globe. */
export function boxesMeet(a: GeoBox, b: GeoBox): boolean {
  return a.south <= b.north && b.south <= a.north && lonOverlap(a, b);
}

type Edge = (p: Position) => boolean;

/** Twice the signed planar area of a ring in degrees, to drop the slivers clipping can leave. */
function ringArea(ring: readonly Position[]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
  return a;
}

/**
 * A ring cut to a lon/lat box (Sutherland–Hodgman, one side at a time). Planar in degrees: the
 * rings are dense, and the cut edges lie on meridians and parallels outside the visible frame,
 * where the projection's own clipping removes them.
 */
function clipRing(ring: readonly Position[], b: GeoBox): Position[] {
  const sides: Array<[Edge, (p: Position, q: Position) => Position]> = [
    [(p) => p[0]! >= b.west, (p, q) => cut(p, q, 0, b.west)],
    [(p) => p[0]! <= b.east, (p, q) => cut(p, q, 0, b.east)],
    [(p) => p[1]! >= b.south, (p, q) => cut(p, q, 1, b.south)],
    [(p) => p[1]! <= b.north, (p, q) => cut(p, q, 1, b.north)],
  ];
  let out: Position[] = ring.slice(0, ring.length - 1);
  for (const [inside, at] of sides) {
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i++) {
      const p = input[i]!;
      const prev = input[(i + input.length - 1) % input.length]!;
      if (inside(p)) {
        if (!inside(prev)) out.push(at(prev, p));
        out.push(p);
      } else if (inside(prev)) out.push(at(prev, p));
    }
    if (out.length === 0) return [];
  }
  return out.length >= 3 ? densify([...out, out[0]!]) : [];
}

/**
 * Points every degree along long edges. The cut edges follow meridians and parallels, but the
 * geometry is read on the sphere, where a long edge is a great circle that bows poleward and can
 * come back into the frame.
 */
function densify(ring: readonly Position[]): Position[] {
  const out: Position[] = [ring[0]!];
  for (let i = 1; i < ring.length; i++) {
    const [x0, y0] = ring[i - 1]! as [number, number];
    const [x1, y1] = ring[i]! as [number, number];
    const steps = Math.ceil(Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0)));
    for (let k = 1; k < steps; k++) out.push([x0 + ((x1 - x0) * k) / steps, y0 + ((y1 - y0) * k) / steps]);
    out.push(ring[i]!);
  }
  return out;
}

function cut(p: Position, q: Position, axis: 0 | 1, value: number): Position {
  const t = (value - p[axis]!) / (q[axis]! - p[axis]!);
  return axis === 0 ? [value, p[1]! + t * (q[1]! - p[1]!)] : [p[0]! + t * (q[0]! - p[0]!), value];
}

/**
 * A ring with its longitudes made continuous (a jump of more than 180° across the antimeridian
 * becomes a step past ±180), so planar cutting does not draw an edge across the whole map.
 * Undefined for a ring around a pole, which cannot be made continuous.
 */
function unwrap(ring: readonly Position[]): Position[] | undefined {
  const out: Position[] = [ring[0]!];
  let offset = 0;
  for (let i = 1; i < ring.length; i++) {
    const d = ring[i]![0]! - ring[i - 1]![0]!;
    if (d > 180) offset -= 360;
    else if (d < -180) offset += 360;
    out.push([ring[i]![0]! + offset, ring[i]![1]!]);
  }
  return offset === 0 ? out : undefined;
}

/**
 * The parts of a polygon inside a box: the polygon, unwrapped, is cut at each of its copies a
 * turn apart. Undefined when it cannot be cut (a ring around a pole): then it is drawn whole.
 */
function clipPolygon(polygon: Polygon, b: GeoBox): Polygon[] | undefined {
  const rings = polygon.coordinates.map(unwrap);
  if (rings.some((r) => r === undefined)) return undefined;
  const out: Polygon[] = [];
  for (const shift of [-360, 0, 360]) {
    const parts: Position[][] = [];
    for (const [i, ring] of (rings as Position[][]).entries()) {
      const clipped = clipRing(shift === 0 ? ring : ring.map(([x, y]) => [x! + shift, y!]), b);
      // A sliver of no area would read, on the sphere, as a ring around everything else.
      if (clipped.length === 0 || Math.abs(ringArea(clipped)) < 1e-9) {
        if (i === 0) break;
        continue;
      }
      parts.push(clipped);
    }
    if (parts.length) out.push({ type: 'Polygon', coordinates: parts });
  }
  return out;
}

const inBox = (inner: GeoBox, outer: GeoBox) => inner.west >= outer.west && inner.east <= outer.east && inner.south >= outer.south && inner.north <= outer.north && inner.west <= inner.east;

/**
 * The geometry at a scale, limited to the pieces that meet `within` when given; land reaching
 * beyond the box is cut to it (a box across the antimeridian is left uncut), so a close view of a
 * continent does not project the whole continent. The first call for a scale reads its file (up to
 * ~3.6 MB for 10m).
 */
export function worldGeometry(scale: WorldScale, within?: GeoBox): WorldGeometry {
  const { land, borders } = load(scale);
  const keep = <G>(p: Piece<G>) => within === undefined || boxesMeet(p.box, within);
  const cuttable = within !== undefined && within.west < within.east;
  const polygons: Polygon[] = [];
  for (const p of land.filter(keep)) {
    if (!cuttable || inBox(p.box, within)) polygons.push(p.geometry);
    else polygons.push(...(clipPolygon(p.geometry, within) ?? [p.geometry]));
  }
  return {
    land: { type: 'FeatureCollection', features: polygons.map((geometry) => ({ type: 'Feature', properties: null, geometry })) },
    borders: { type: 'MultiLineString', coordinates: borders.filter(keep).map((p) => p.geometry.coordinates) },
  };
}
