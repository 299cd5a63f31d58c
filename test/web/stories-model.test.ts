/**
 * The story view's model, outside the browser, on stories the real pipeline and story layer built
 * from invented reports: the timeline's order and what first appeared in each report (a copy adds
 * nothing, a rising toll is an update), the facet table's sections, and the story routes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { prepareAnalysis } from '../../src/analyze/prepare.js';
import { createReportPipeline } from '../../src/analyze/pipeline.js';
import { storyFixtureReports } from '../../src/corpus/stories/story-fixtures.js';
import { createStoryUpdater } from '../../src/corpus/stories/story-updater.js';
import type { CleanDocument } from '../../src/model/document.js';
import { runOne } from '../../src/run/report-runner.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { parseRoute, routePath, spanOfFocus, spanPath } from '../../web/src/router.js';
import { countKey, FACET_SECTIONS, facetSections } from '../../web/src/stories/facets.js';
import { firstAppearances, gapText, publishedInstant, storyTimeline } from '../../web/src/stories/timeline.js';
import type { Story } from '../../web/src/types.js';

/** The fixtures' stories as the API serves them, by title word. */
const stories = (async (): Promise<Story[]> => {
  await prepareAnalysis();
  const pipeline = createReportPipeline();
  const docs = storyFixtureReports().map((r) => {
    const res = runOne(pipeline, r);
    assert.ok(res.ok);
    return res.doc as CleanDocument;
  });
  const store = openSqliteStore(':memory:');
  try {
    await store.putReports(docs);
    await createStoryUpdater(store).update(docs);
    const out: Story[] = [];
    for (const s of await store.listStories()) out.push(JSON.parse(JSON.stringify(await store.getStory(s.id))) as Story);
    return out;
  } finally {
    await store.close();
  }
})();

async function nightOne(): Promise<Story> {
  const s = (await stories).find((x) => x.reports.some((r) => r.docId === 'fx-night1-copy'));
  assert.ok(s, 'the first Harrowgate night is a story');
  return s;
}

test('the timeline orders reports by the instant they came out, whatever zone each outlet gave', async () => {
  const story = await nightOne();
  const tl = storyTimeline(story);
  const order = tl.rows.map((r) => r.report.docId);
  const instants = tl.rows.map((r) => r.at ?? Number.POSITIVE_INFINITY);
  assert.deepEqual([...instants].sort((a, b) => a - b), instants, 'ascending instants');
  assert.equal(order.length, story.reports.length);
  // "11:20 +01:00" is 10:20 UTC: after the copy published at 08:05 UTC, though the story lists the copy last.
  assert.ok(order.indexOf('fx-night1-copy') < order.indexOf('fx-night1-local'));
  assert.notDeepEqual(order, story.reports.map((r) => r.docId));
  assert.equal(tl.rows[0]!.pos, 0);
  assert.equal(tl.rows.at(-1)!.pos, 1);
  for (const r of tl.rows) assert.ok(r.pos !== undefined && r.pos >= 0 && r.pos <= 1);
});

test('what first appeared in each report: every value once, at its first carrier; a copy adds nothing; a rising toll is an update', async () => {
  const story = await nightOne();
  const marks = firstAppearances(story.facets);
  const all = [...marks.values()].flat();
  const groups = story.facets.flatMap((f) => f.groups.filter((g) => g.role !== 'reference').map((g) => ({ f, g })));
  assert.equal(all.length, groups.length, 'one mark per value');
  for (const { f, g } of groups) assert.ok(marks.get(g.firstCarrier)?.some((m) => m.facet === f.key), `${f.key} ${g.display} at ${g.firstCarrier}`);
  assert.equal(marks.get('fx-night1-copy'), undefined, 'the syndicated copy brings nothing first');
  const wire = marks.get('fx-night1-wire') ?? [];
  assert.ok(wire.length > 3 && wire.every((m) => m.change === 'first'), 'the wire story is first with everything it says');
  const injured = story.facets.find((f) => f.key.startsWith('casualties:injured@'));
  assert.ok(injured?.updated, 'the injured toll rose');
  const rise = (marks.get('fx-night1-local') ?? []).find((m) => m.facet === injured.key);
  assert.deepEqual(rise && { change: rise.change, from: rise.from, display: rise.display }, { change: 'rise', from: '2', display: '3' });
  const row = storyTimeline(story).rows.find((r) => r.report.docId === 'fx-night1-local');
  assert.ok(row?.marks.some((m) => m.change === 'rise'));
});

test('a value compared with figures of the story (a reference group) is not counted as appearing', async () => {
  const second = (await stories).find((x) => x.facets.some((f) => f.groups.some((g) => g.role === 'reference')));
  assert.ok(second, 'some fixture story has a figure with no stated fate compared with its counts');
  const facet = second.facets.find((f) => f.groups.some((g) => g.role === 'reference'))!;
  const marks = [...firstAppearances(second.facets).values()].flat().filter((m) => m.facet === facet.key);
  assert.equal(marks.length, facet.groups.filter((g) => g.role !== 'reference').length);
});

test('the facet table: sections in a fixed order, every facet once, counts of one thing together by scope', async () => {
  for (const story of await stories) {
    const sections = facetSections(story.facets);
    const kinds = sections.map((s) => s.kind);
    assert.deepEqual(kinds, FACET_SECTIONS.map((s) => s.kind).filter((k) => kinds.includes(k)));
    assert.deepEqual(sections.flatMap((s) => s.facets.map((f) => f.key)).sort(), story.facets.map((f) => f.key).sort());
  }
  // Scopes as the reading layer keys them; the order is town, region, country for the same thing.
  const key = (k: string) => ({ key: k, kind: 'count' as const, label: k, place: 'Harrowgate', status: 'corroborated' as const, updated: false, groups: [], timeline: [], origins: 1, reports: 1 });
  const counts = facetSections([key('count:intercepted:drones@harovgate/country'), key('count:hit:drones@harovgate'), key('count:intercepted:drones@harovgate'), key('count:intercepted:drones@harovgate/region')]);
  assert.deepEqual(counts[0]!.facets.map((f) => f.key), [
    'count:intercepted:drones@harovgate',
    'count:intercepted:drones@harovgate/region',
    'count:intercepted:drones@harovgate/country',
    'count:hit:drones@harovgate',
  ]);
  assert.deepEqual(countKey('count:launched:misiles@dunmere/region'), { fate: 'launched', what: 'misiles', place: 'dunmere', scope: 'region' });
  assert.equal(countKey('casualties:killed@dunmere'), undefined);
});

test('publication instants and gaps', () => {
  assert.deepEqual(publishedInstant('2025-05-06T11:20:00+01:00'), { at: Date.UTC(2025, 4, 6, 10, 20), precision: 'time' });
  assert.deepEqual(publishedInstant('2026-03-14T02:15+02:00'), { at: Date.UTC(2026, 2, 14, 0, 15), precision: 'time' });
  assert.deepEqual(publishedInstant('2026-03-14'), { at: Date.UTC(2026, 2, 14), precision: 'date' });
  assert.deepEqual(publishedInstant('not a date'), { precision: 'none' });
  assert.deepEqual(publishedInstant(undefined), { precision: 'none' });
  assert.equal(gapText(45 * 60_000), '+45 min');
  assert.equal(gapText((2 * 60 + 5) * 60_000), '+2 h 05 min');
  assert.equal(gapText(27 * 3_600_000), '+1 d 3 h');
});

test('story routes: the board is the landing page, a story has its own address, reports link to their words', () => {
  assert.deepEqual(parseRoute('/', ''), { name: 'stories' });
  assert.deepEqual(parseRoute('/stories', '?limit=50&offset=50'), { name: 'stories', limit: 50, offset: 50 });
  assert.equal(routePath({ name: 'stories', limit: 50, offset: 50 }), '/stories?limit=50&offset=50');
  assert.equal(routePath({ name: 'reports', limit: 25, offset: 0 }), '/reports');
  for (const id of ['story-4', 'story-1~tolvany', 'story-12~nova.sad']) {
    const path = routePath({ name: 'story', id });
    assert.deepEqual(parseRoute(path, ''), { name: 'story', id }, path);
  }
  assert.equal(parseRoute('/stories/%3Cscript%3E', '').name, 'not-found');
  assert.equal(parseRoute('/stories/a%2Fb', '').name, 'not-found');
  const link = new URL(spanPath('a1e63d66c6c60e3f', [346, 472]), 'http://127.0.0.1');
  const route = parseRoute(link.pathname, link.search, link.hash);
  assert.deepEqual(route, { name: 'report', id: 'a1e63d66c6c60e3f', focus: 'span-346-472' });
  assert.deepEqual(spanOfFocus(route.name === 'report' ? route.focus : undefined), [346, 472]);
  assert.equal(spanOfFocus('span-9-3'), undefined);
  assert.equal(spanOfFocus('ev-0-1'), undefined);
});
