import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DOMParser } from 'linkedom';
import { renderPlacesMap, STATUS_COLOURS, type MapPlace } from './places-map-svg.js';

interface Marker {
  name: string | null;
  status: string | null;
  label: string;
  x: number;
  y: number;
  fill: string | null;
}

/**
 * A strict well-formedness check linkedom does not make: every `<` opens a well-formed tag with
 * quoted attributes free of `<`, tags nest, and every `&` starts an entity.
 */
function wellFormedProblems(xml: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const tag = /<[^>]*>/g;
  let last = 0;
  const checkText = (s: string) => {
    if (s.includes('<') || s.includes('>')) problems.push(`stray angle bracket in text: ${s.slice(0, 40)}`);
    for (const m of s.matchAll(/&/g)) if (!/^&(amp|lt|gt|quot|#39|#\d+|#x[0-9a-f]+);/i.test(s.slice(m.index))) problems.push(`bare & in: ${s.slice(m.index, m.index + 20)}`);
  };
  for (const m of xml.matchAll(tag)) {
    checkText(xml.slice(last, m.index));
    last = m.index + m[0].length;
    const t = m[0];
    const close = /^<\/([a-zA-Z][\w:-]*)\s*>$/.exec(t);
    if (close) {
      if (stack.pop() !== close[1]) problems.push(`mismatched ${t}`);
      continue;
    }
    const open = /^<([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>$/.exec(t);
    if (!open) {
      problems.push(`malformed tag ${t.slice(0, 60)}`);
      continue;
    }
    for (const a of open[2]!.matchAll(/="([^"]*)"/g)) checkText(a[1]!);
    if (open[3] !== '/') stack.push(open[1]!);
  }
  checkText(xml.slice(last));
  if (stack.length) problems.push(`unclosed: ${stack.join(', ')}`);
  return problems;
}

function parse(svg: string) {
  assert.deepEqual(wellFormedProblems(svg), []);
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const root = doc.documentElement;
  assert.equal(root.tagName.toLowerCase(), 'svg');
  assert.equal(root.getAttribute('xmlns'), 'http://www.w3.org/2000/svg');
  const markers: Marker[] = [...doc.querySelectorAll('g.crb-map-place')].map((g) => {
    const c = g.querySelector('circle')!;
    return {
      name: g.getAttribute('data-name'),
      status: g.getAttribute('data-status'),
      label: g.querySelector('text')?.textContent ?? '',
      x: Number(c.getAttribute('cx')),
      y: Number(c.getAttribute('cy')),
      fill: c.getAttribute('fill'),
    };
  });
  const width = Number(root.getAttribute('width'));
  const height = Number(root.getAttribute('height'));
  return { doc, root, markers, width, height };
}

/** Nothing in the SVG can run or fetch: no scripts, foreign objects, links, event handlers or url() references. */
function assertSelfContained(svg: string, doc: ReturnType<typeof parse>['doc']): void {
  for (const sel of ['script', 'foreignObject', 'a', 'image', 'use', 'style']) assert.equal(doc.querySelectorAll(sel).length, 0, `no <${sel}>`);
  for (const el of doc.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      assert.ok(!/^on/i.test(attr.name), `no event handler attribute (${attr.name})`);
      assert.ok(!/href$/i.test(attr.name), `no link attribute (${attr.name})`);
    }
  }
  assert.ok(!svg.includes('url('), 'no url() reference');
  // The only URL is the SVG namespace name, which is an identifier, never fetched.
  assert.deepEqual([...svg.matchAll(/https?:\/\/[^"\s]+/g)].map((m) => m[0]), ['http://www.w3.org/2000/svg']);
}

/** Mercator's y for a latitude, in radians of the equator's scale. */
const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Nonzero winding of an SVG path made of M, L and Z (what d3-geo writes) around a point. */
function insidePath(d: string, x: number, y: number): boolean {
  let winding = 0;
  for (const sub of d.split('M').slice(1)) {
    const pts = sub.split(/[LZ]/).filter(Boolean).map((p) => p.split(',').map(Number) as [number, number]);
    for (let i = 0; i < pts.length; i++) {
      const [x0, y0] = pts[i]!;
      const [x1, y1] = pts[(i + 1) % pts.length]!;
      const side = (x1 - x0) * (y - y0) - (x - x0) * (y1 - y0);
      if (y0 <= y && y1 > y && side > 0) winding++;
      else if (y0 > y && y1 <= y && side < 0) winding--;
    }
  }
  return winding !== 0;
}

/** Where a Mercator map puts a point, from two markers it drew (Mercator is fixed by two points). */
function mercatorFrom(a: { lat: number; lon: number; x: number; y: number }, b: { lat: number; lon: number; x: number; y: number }) {
  const k = (b.x - a.x) / rad(b.lon - a.lon);
  return (lat: number, lon: number) => ({ x: a.x + k * rad(lon - a.lon), y: a.y - k * (mercY(lat) - mercY(a.lat)) });
}

const CAPITALS: MapPlace[] = [
  { name: 'Vienna', lat: 48.2082, lon: 16.3738, status: 'corroborated' },
  { name: 'Brussels', lat: 50.8503, lon: 4.3517, status: 'contradicted' },
  { name: 'Helsinki', lat: 60.1699, lon: 24.9384, status: 'single-source', label: 'Helsinki (talks)' },
];

test('places are drawn where a Mercator projection zoomed to their box puts them, with status colours and labels', () => {
  const svg = renderPlacesMap(CAPITALS, { width: 640, height: 400, title: 'Where the story happened' });
  const { doc, root, markers, width, height } = parse(svg);
  assertSelfContained(svg, doc);
  assert.equal(root.getAttribute('data-view'), 'region');
  assert.equal(doc.querySelector('title')?.textContent, 'Where the story happened');
  assert.deepEqual(markers.map((m) => m.name), ['Vienna', 'Brussels', 'Helsinki']);
  assert.deepEqual(markers.map((m) => m.label), ['Vienna', 'Brussels', 'Helsinki (talks)']);
  assert.deepEqual(markers.map((m) => m.fill), [STATUS_COLOURS.corroborated, STATUS_COLOURS.contradicted, STATUS_COLOURS['single-source']]);
  assert.deepEqual(markers.map((m) => m.status), ['corroborated', 'contradicted', 'single-source']);

  // Inside the frame, with a margin, and zoomed: the places spread over most of one dimension.
  for (const m of markers) assert.ok(m.x > 20 && m.x < width - 20 && m.y > 20 && m.y < height - 20, `${m.name} at ${m.x},${m.y}`);
  const xs = markers.map((m) => m.x);
  const ys = markers.map((m) => m.y);
  const spread = Math.max((Math.max(...xs) - Math.min(...xs)) / width, (Math.max(...ys) - Math.min(...ys)) / height);
  assert.ok(spread > 0.45 && spread < 0.9, `the places fill the map with a margin (spread ${spread.toFixed(2)})`);

  // Mercator is conformal: one scale for x per radian of longitude and for y per unit of Mercator y.
  const [v, b, h] = [markers[0]!, markers[1]!, markers[2]!];
  const kx = (v.x - b.x) / rad(16.3738 - 4.3517);
  const ky1 = (b.y - v.y) / (mercY(48.2082) - mercY(50.8503));
  const ky2 = (h.y - v.y) / (mercY(48.2082) - mercY(60.1699));
  const kx2 = (h.x - b.x) / rad(24.9384 - 4.3517);
  for (const k of [ky1, ky2, kx2]) assert.ok(Math.abs(k / kx - 1) < 0.01, `one scale: ${k} vs ${kx}`);
  assert.ok(kx > 0, 'east is to the right');

  // Land is drawn from the offline geometry, and a legend names the statuses shown.
  const land = doc.querySelector('path.crb-map-land')?.getAttribute('d') ?? '';
  assert.ok((land.match(/M/g) ?? []).length > 20, 'land outlines of the region');
  assert.ok((doc.querySelector('path.crb-map-borders')?.getAttribute('d') ?? '').length > 500, 'country borders');
  assert.deepEqual([...doc.querySelectorAll('g.crb-map-legend text')].map((t) => t.textContent), ['corroborated', 'single-source', 'contradicted']);
});

test('land is land and sea is sea, on a close view of a fjord coast and a regional view of the North Sea', () => {
  const views: Array<{ places: MapPlace[]; land: Array<[number, number]>; sea: Array<[number, number]> }> = [
    {
      places: [
        { name: 'Tromsø', lat: 69.6492, lon: 18.9553 },
        { name: 'Kiruna', lat: 67.8558, lon: 20.2253 },
      ],
      land: [
        [68.5, 22.0],
        [69.0, 20.5],
        [67.9, 18.5],
      ],
      sea: [
        [70.2, 15.0],
        [70.4, 21.5],
        [67.7, 12.5],
      ],
    },
    {
      places: CAPITALS,
      land: [
        [52.0, 10.0],
        [47.0, 2.5],
        [62.5, 15.0],
      ],
      sea: [
        [56.0, 3.0],
        [58.0, 20.0],
        [62.0, -3.0],
      ],
    },
  ];
  for (const v of views) {
    const { doc, markers } = parse(renderPlacesMap(v.places));
    const d = doc.querySelector('path.crb-map-land')!.getAttribute('d')!;
    const at = mercatorFrom({ ...v.places[0]!, ...markers[0]! }, { ...v.places[1]!, ...markers[1]! });
    for (const [lat, lon] of v.land) {
      const p = at(lat, lon);
      assert.ok(p.x > 0 && p.x < 640 && p.y > 0 && p.y < 400, `${lat},${lon} is in the frame`);
      assert.equal(insidePath(d, p.x, p.y), true, `${lat},${lon} is land on the map of ${v.places[0]!.name}`);
    }
    for (const [lat, lon] of v.sea) {
      const p = at(lat, lon);
      assert.ok(p.x > 0 && p.x < 640 && p.y > 0 && p.y < 400, `${lat},${lon} is in the frame`);
      assert.equal(insidePath(d, p.x, p.y), false, `${lat},${lon} is sea on the map of ${v.places[0]!.name}`);
    }
  }
});

test('one place sits in the middle of a close view; the same input gives the same SVG', () => {
  const graz: MapPlace[] = [{ name: 'Graz', lat: 47.0707, lon: 15.4395 }];
  const svg = renderPlacesMap(graz, { width: 500, height: 300 });
  const { markers, root, width, height } = parse(svg);
  assert.equal(root.getAttribute('data-view'), 'region');
  assert.equal(markers.length, 1);
  // Centred on the place in degrees: Mercator stretches the north half of the box a little more.
  assert.ok(Math.abs(markers[0]!.x - width / 2) < 1 && Math.abs(markers[0]!.y - height / 2) < height * 0.02, `centred: ${markers[0]!.x},${markers[0]!.y}`);
  assert.equal(markers[0]!.fill, STATUS_COLOURS.none);
  assert.equal(renderPlacesMap(graz, { width: 500, height: 300 }), svg);
  // A close view, not the world: the map shows a few degrees, so 1° of longitude is tens of pixels (the world view gives under two).
  const moved = parse(renderPlacesMap([...graz, { name: 'East of Graz', lat: 47.0707, lon: 16.4395 }], { width: 500, height: 300 })).markers;
  assert.ok(moved[1]!.x - moved[0]!.x > 30, `a degree apart is far apart on a close view (${moved[1]!.x - moved[0]!.x}px)`);
});

test('without places the map shows the whole world', () => {
  const svg = renderPlacesMap([]);
  const { doc, root, markers, width, height } = parse(svg);
  assertSelfContained(svg, doc);
  assert.equal(root.getAttribute('data-view'), 'world');
  assert.equal(markers.length, 0);
  assert.equal(width, 640);
  assert.equal(height, 400);
  // Sizes that are not numbers fall back to the defaults; others are kept within bounds.
  const odd = parse(renderPlacesMap([], { width: Number.NaN, height: 10 }));
  assert.deepEqual([odd.width, odd.height], [640, 90]);
  assert.ok((doc.querySelector('path.crb-map-land')?.getAttribute('d')?.match(/M/g) ?? []).length > 100, 'every continent and many islands');
  assert.equal(doc.querySelectorAll('g.crb-map-legend').length, 0);
});

test('places either side of the antimeridian stay together, and places spread over the globe get the world view', () => {
  const pacific = parse(renderPlacesMap([{ name: 'Suva', lat: -18.1416, lon: 178.4419 }, { name: 'Apia', lat: -13.8333, lon: -171.7667 }]));
  assert.equal(pacific.root.getAttribute('data-view'), 'region');
  const [suva, apia] = pacific.markers;
  assert.ok(suva && apia);
  // Apia is about 10° east of Suva across the dateline: to its right, not across the map's whole width.
  assert.ok(apia.x > suva.x, 'Apia is drawn east of Suva');
  assert.ok(apia.x - suva.x < pacific.width * 0.8 && apia.x - suva.x > pacific.width * 0.3);

  const spread = parse(renderPlacesMap([{ name: 'Quito', lat: -0.2299, lon: -78.5249 }, { name: 'Jakarta', lat: -6.2146, lon: 106.8451 }]));
  assert.equal(spread.root.getAttribute('data-view'), 'world');
  assert.ok(spread.markers[1]!.x > spread.markers[0]!.x);
});

test('hostile names are text, never markup; places without usable coordinates are left out and counted', () => {
  const hostile: MapPlace[] = [
    { name: '<script>alert(1)</script>', lat: 48.2, lon: 16.37 },
    { name: '"><img src=x onerror=alert(2)>', lat: 50.85, lon: 4.35, label: "Tom's & Jerry's <b>bar</b>" },
    { name: 'Bell\u0007 and half\uD800 a pair', lat: 47.5, lon: 19.04, status: 'denied' },
    { name: 'Nowhere', lat: Number.NaN, lon: 10 },
    { name: 'Off the globe', lat: 95, lon: 10 },
  ];
  const svg = renderPlacesMap(hostile, { title: '<title>x</title> & "map"' });
  const { doc, markers } = parse(svg);
  assertSelfContained(svg, doc);
  assert.equal(doc.querySelectorAll('img, b').length, 0);
  assert.ok(!/<script|<img|<b>/.test(svg), 'no tag of the names survives as a tag');
  assert.deepEqual(markers.map((m) => m.label), ['<script>alert(1)</script>', "Tom's & Jerry's <b>bar</b>", 'Bell and half a pair']);
  assert.equal(doc.querySelector('title')?.textContent, '<title>x</title> & "map"');
  assert.match(svg, /2 places without coordinates not shown/);
  assert.ok(!/[\u0000-\u0008]/.test(svg) && !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(svg), 'no character XML cannot carry');
});
