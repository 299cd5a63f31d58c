import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DOMParser } from 'linkedom';
import type { Finding } from '../model/finding.js';
import { makeDoc } from '../../test/support/make-doc.js';
import { countFacts, makeStory } from '../../test/support/make-story.js';
import { renderHtmlReport } from './html-report.js';

// Invented reports; the first carries the payloads a hostile page would.
const HOSTILE = makeDoc(
  `Drones over Varna Nova <script>alert("headline")</script>\nA witness wrote <img src=x onerror=alert(1)> and <a href="javascript:alert(2)">this</a> before nine drones were launched at Varna Nova, the port said. 🛩 Fires burned till dawn & beyond.`,
  {
    outlet: { value: '<b onmouseover=alert(3)>Kestrel</b> Daily', from: 'meta-tag' },
    published: { value: '2026-03-03T11:00:00Z', precision: 'minute', from: 'meta-tag' },
    canonicalUrl: 'https://kestrel-daily.example/varna-nova?a=1&b="2"',
  },
);
const PLAIN = makeDoc('Varna Nova counts fourteen drones\nOfficials said 14 drones were launched at Varna Nova during the night.', {
  outlet: { value: 'Harbour Times', from: 'meta-tag' },
  published: { value: '2026-03-03T08:00:00Z', precision: 'minute', from: 'meta-tag' },
});

function page() {
  const fa = countFacts(HOSTILE, 9, 'nine drones were launched');
  const fb = countFacts(PLAIN, 14, '14 drones were launched');
  // The gazetteer's answer for the place, as the reading layer would attach it.
  for (const f of [fa, fb]) f.incidents[0]!.geo = { name: 'Varna Nova', country: 'XX', lat: 43.21, lon: 27.92, precision: 1 };
  const story = makeStory('story-1', [fa, fb]);
  const cross = new Map<string, Finding[]>();
  for (const f of story.findings) cross.set(f.docId, [...(cross.get(f.docId) ?? []), f]);
  const html = renderHtmlReport({
    generatedAt: '2026-03-04T12:00:00.000Z',
    stories: [story],
    reports: [PLAIN, HOSTILE],
    crossFindings: cross,
    storiesOfReport: new Map([
      [PLAIN.id, ['story-1']],
      [HOSTILE.id, ['story-1']],
    ]),
  });
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return { html, doc, story };
}

/** The little of a DOM node the walk below needs (the project's TypeScript has no DOM library). */
interface TreeNode {
  nodeType: number;
  textContent: string | null;
  childNodes: Iterable<TreeNode>;
}

/** Offset of `target` within the text content of `root`, counting UTF-16 code units. */
function offsetIn(root: TreeNode, target: TreeNode): number | undefined {
  let n = 0;
  const walk = (node: TreeNode): boolean => {
    if (node === target) return true;
    if (node.nodeType === 3) n += (node.textContent ?? '').length;
    for (const c of node.childNodes) if (walk(c)) return true;
    return false;
  };
  return walk(root) ? n : undefined;
}

test('hostile report text appears only as text: no script, handler, image or link survives as markup', () => {
  const { html, doc } = page();
  assert.equal(doc.querySelectorAll('script, img, iframe, object, embed, link, base, form, input').length, 0);
  assert.ok(!/<script|<img|<b onmouseover|<a href="javascript/i.test(html), 'no payload as a tag');
  assert.ok(html.includes('&lt;script&gt;alert(&quot;headline&quot;)&lt;/script&gt;'));
  assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
  for (const el of doc.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      assert.ok(!/^on/i.test(attr.name), `no handler attribute ${attr.name} on <${el.tagName}>`);
      assert.ok(attr.name !== 'src' && attr.name !== 'srcset', 'nothing to load');
      if (attr.name === 'href') assert.match(attr.value, /^#[A-Za-z0-9_-]+$/, 'links stay inside the page');
      if (attr.name !== 'xmlns') assert.ok(!/(https?:|javascript:)/i.test(attr.value), `no URL in ${attr.name}="${attr.value.slice(0, 60)}"`);
    }
  }
  // The report's URL is shown, as text.
  assert.ok([...doc.querySelectorAll('.url')].some((e) => e.textContent === 'https://kestrel-daily.example/varna-nova?a=1&b="2"'));
  const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
  assert.match(csp, /default-src 'none'/);
  assert.doesNotMatch(csp, /script-src/);
});

test('each report section shows its cleaned text exactly, with every evidence anchor at its span', () => {
  const { doc } = page();
  for (const d of [PLAIN, HOSTILE]) {
    const section = doc.getElementById(`r-${d.id}`);
    assert.ok(section, `a section for ${d.id}`);
    const text = section.querySelector('.text')!;
    assert.equal(text.textContent, d.text, 'the words are the cleaned text, unchanged');
    const anchors = [...text.querySelectorAll('.anchor')];
    assert.ok(anchors.length > 0, 'evidence is marked');
    for (const a of anchors) {
      const [, s, e] = /-(\d+)-(\d+)$/.exec(a.getAttribute('id')!)!.map(Number) as [number, number, number];
      assert.equal(offsetIn(text, a), s, `anchor ${a.getAttribute('id')} sits at its start`);
      assert.ok(e <= d.text.length);
    }
    assert.ok(text.querySelectorAll('mark.ev').length > 0);
  }
  // Every internal link lands somewhere.
  for (const a of doc.querySelectorAll('a[href]')) {
    const id = a.getAttribute('href')!.slice(1);
    assert.ok(doc.getElementById(id), `#${id} exists`);
  }
  // The quoted words link to their span: the evidence of the 14.
  const link = [...doc.querySelectorAll('q a')].find((a) => a.textContent === '14 drones were launched');
  assert.ok(link);
  const [s, e] = link.getAttribute('href')!.split('-').slice(-2).map(Number) as [number, number];
  assert.equal(PLAIN.text.slice(s, e), '14 drones were launched');
});

test('a story shows its facts, its map, the facet table with status colours, the timeline and the findings', () => {
  const { doc, story } = page();
  const section = doc.getElementById('s-story-1');
  assert.ok(section);
  assert.equal(section.querySelector('h2')?.textContent, story.title);
  const svg = section.querySelector('figure.map svg');
  assert.ok(svg, 'the places map is inline');
  assert.deepEqual([...svg.querySelectorAll('g.crb-map-place')].map((g) => g.getAttribute('data-name')), ['Varna Nova']);
  const row = section.querySelector('tr.facet.contradicted');
  assert.ok(row, 'the conflicting count is a contradicted row');
  assert.equal(row.querySelector('.status')?.textContent, 'contradicted');
  const values = [...section.querySelectorAll('ul.values > li .value')].map((v) => v.textContent);
  assert.deepEqual(values.sort(), ['14', '9']);
  // Both reports' words, each quoted under its value.
  const quotes = [...section.querySelectorAll('ul.quotes q')].map((q) => q.textContent);
  assert.ok(quotes.includes('nine drones were launched') && quotes.includes('14 drones were launched'));
  const timeline = [...section.querySelectorAll('ol.timeline li')].map((li) => li.textContent ?? '');
  const entries = story.facets.flatMap((v) => v.timeline).filter((t) => t.change !== 'repeat');
  assert.equal(timeline.length, entries.length);
  assert.equal(timeline.length, 2);
  // In order of publication, each with its value and what the change was.
  const words = { first: 'first appearance', rise: 'rose', conflict: 'conflicting value', repeat: 'repeated' } as const;
  entries.sort((x, y) => x.published!.localeCompare(y.published!));
  entries.forEach((t, i) => {
    assert.ok(timeline[i]!.startsWith(t.published!.replace('T', ' ')), timeline[i]);
    assert.ok(timeline[i]!.includes(`: ${t.display} — ${words[t.change]}`), timeline[i]);
  });
  assert.ok(timeline[0]!.startsWith('2026-03-03 08:00:00Z') && timeline[1]!.startsWith('2026-03-03 11:00:00Z'));
  assert.ok(section.querySelectorAll('ul.findings li').length >= 2, 'the cross-report findings');
});
