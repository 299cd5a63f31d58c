import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Store } from './store.js';
import { makeDoc } from '../../test/support/make-doc.js';
import { countFacts, makeStory } from '../../test/support/make-story.js';

/** The behaviour every Store backend must show; each backend's test file runs it. */
export function runStoreConformance(backend: string, open: () => Promise<Store>): void {
  const a = makeDoc('Drones struck a fuel depot near Varna Nova\nThe ministry said nine drones were launched overnight.', {
    outlet: { value: 'Kestrel Daily', from: 'meta-tag' },
    published: { value: '2026-03-03', precision: 'day', from: 'meta-tag' },
  });
  const b = makeDoc('Mayor Ilse Varga confirms interceptions\nTwo drones were intercepted over the Ostrava district, the mayor wrote.', {
    published: { value: '2026-03-02', precision: 'day', from: 'given' },
  });

  test(`${backend}: stores a report once and reads it back whole`, async () => {
    const store = await open();
    try {
      assert.equal(await store.putReports([a, b]), 2);
      assert.equal(await store.putReports([a]), 0, 'the same id is not stored twice');
      const back = await store.getReport(a.id);
      assert.deepEqual(back, a);
      assert.equal((await store.stats()).reports, 2);
    } finally {
      await store.close();
    }
  });

  test(`${backend}: finds a report by an id prefix, and not by an ambiguous or unknown one`, async () => {
    const store = await open();
    try {
      await store.putReports([a, b]);
      assert.equal((await store.getReport(a.id.slice(0, 8)))?.id, a.id);
      assert.equal(await store.getReport('ffffffffffffffff'), undefined);
    } finally {
      await store.close();
    }
  });

  test(`${backend}: says which ids are already stored`, async () => {
    const store = await open();
    try {
      await store.putReports([a]);
      assert.deepEqual([...(await store.existing([a.id, b.id, 'nope']))], [a.id]);
    } finally {
      await store.close();
    }
  });

  test(`${backend}: full-text search ranks the matching report with a snippet`, async () => {
    const store = await open();
    try {
      await store.putReports([a, b]);
      const hits = await store.search('intercepted drones');
      assert.equal(hits[0]?.id, b.id);
      assert.match(hits[0]!.snippet, /\[intercepted\]/);
      assert.deepEqual(await store.search('"fuel depot"').then((h) => h.map((x) => x.id)), [a.id]);
      // Operators and stray quotes typed into a search box must not break the query.
      assert.deepEqual(await store.search('depot AND (" OR'), await store.search('depot AND OR'));
      assert.deepEqual(await store.search('!!!'), []);
    } finally {
      await store.close();
    }
  });

  test(`${backend}: lists reports by publication date`, async () => {
    const store = await open();
    try {
      await store.putReports([a, b]);
      const list = await store.listReports();
      assert.deepEqual(list.map((r) => r.id), [b.id, a.id]);
      assert.equal(list[1]?.outlet, 'Kestrel Daily');
      assert.equal(list[1]?.removedCount, 1);
    } finally {
      await store.close();
    }
  });

  test(`${backend}: records runs and their failed inputs`, async () => {
    const store = await open();
    try {
      const run = await store.startRun(['corpus/']);
      await store.recordFailures(run, [
        { input: 'corpus/bad.jsonl', line: 3, code: 'CRB_ERR_JSONL_PARSE', message: 'Unexpected token' },
        { input: 'corpus/empty.txt', code: 'CRB_ERR_INGEST_EMPTY', message: 'the input is empty' },
      ]);
      await store.finishRun(run, { stored: 4, failed: 2 });
      const failures = await store.failures(run);
      assert.equal(failures.length, 2);
      assert.deepEqual(failures[0], { input: 'corpus/bad.jsonl', line: 3, code: 'CRB_ERR_JSONL_PARSE', message: 'Unexpected token' });
      assert.equal(failures[1]?.line, undefined);
      assert.equal((await store.stats()).runs, 1);
    } finally {
      await store.close();
    }
  });

  // a: "nine drones were launched"; b: no launch count. A third report gives another figure.
  const c = makeDoc('Fourteen drones launched at Varna Nova, air force says\nThe air force said 14 drones were launched at Varna Nova.', {
    published: { value: '2026-03-03', precision: 'day', from: 'meta-tag' },
  });
  const factsA = countFacts(a, 9, 'nine drones were launched');
  const factsC = countFacts(c, 14, '14 drones were launched');

  test(`${backend}: saves a story with its facets, memberships and cross-report findings, and reads it back whole`, async () => {
    const store = await open();
    try {
      await store.putReports([a, b, c]);
      const story = makeStory('story-1', [factsA, factsC]);
      assert.equal(story.facets[0]?.status, 'contradicted', 'the fixture story has a conflict');
      assert.ok(story.findings.length >= 2);
      const rev = await store.saveStoryLayer({ facts: [factsA, factsC], stories: [story], removed: [], stateName: 'layer', state: '{"n":1}', expectedRevision: 0 });
      assert.equal(rev, 1);
      assert.deepEqual(await store.getStory('story-1'), story);
      assert.equal(await store.getStory('story-2'), undefined);
      assert.deepEqual(await store.loadCorpusState('layer'), { revision: 1, json: '{"n":1}' });
      assert.equal(await store.loadCorpusState('other'), undefined);
      const list = await store.listStories();
      assert.equal(list.length, 1);
      assert.equal(list[0]?.counts.independentOrigins, 2);
      assert.deepEqual(list[0]?.worst.map((w) => w.status), ['contradicted']);
      assert.equal(await store.countStories(), 1);
      assert.deepEqual(await store.storiesOfReport(c.id), [{ storyId: 'story-1', role: 'member' }]);
      assert.deepEqual(await store.storiesOfReport(b.id), []);
      const onC = await store.crossReportFindings(c.id);
      assert.ok(onC.length > 0 && onC.every((f) => f.docId === c.id && f.ruleId === 'contradicted-claim'));
      const facts = await store.reportFacts([a.id, b.id, c.id]);
      assert.deepEqual([...facts.keys()].sort(), [a.id, c.id].sort());
      assert.deepEqual(facts.get(a.id), factsA);
    } finally {
      await store.close();
    }
  });

  test(`${backend}: a save from a stale revision is refused and writes nothing`, async () => {
    const store = await open();
    try {
      await store.putReports([a, c]);
      await store.saveStoryLayer({ facts: [factsA], stories: [makeStory('story-1', [factsA])], removed: [], stateName: 'layer', state: '{}', expectedRevision: 0 });
      await assert.rejects(
        store.saveStoryLayer({ facts: [factsC], stories: [makeStory('story-2', [factsC])], removed: [], stateName: 'layer', state: '{"late":true}', expectedRevision: 0 }),
        (e: Error & { code?: string }) => e.code === 'CRB_ERR_STORE_CONFLICT',
      );
      assert.equal(await store.countStories(), 1);
      assert.equal((await store.reportFacts([c.id])).size, 0);
      assert.deepEqual(await store.loadCorpusState('layer'), { revision: 1, json: '{}' });
    } finally {
      await store.close();
    }
  });

  test(`${backend}: a state saved by parts is read back by prefix in key order; parts are replaced, dropped, cleared, and a refused save writes none`, async () => {
    const store = await open();
    const read = async (prefix: string) => {
      const out: Array<[string, string]> = [];
      for await (const kv of store.corpusStateParts('layer', prefix)) out.push(kv);
      return out;
    };
    try {
      await store.putReports([a, c]);
      const put: Array<[string, string]> = [
        ['b:000000000001', '{"batch":1}'],
        ['b:000000000000', '{"batch":0}'],
        ['s:story-1', '{"members":["a"]}'],
        ['s:story-1~varna-nova', '{"members":["c"]}'],
      ];
      let rev = await store.saveStoryLayer({ facts: [factsA], stories: [], removed: [], stateName: 'layer', state: '{"format":"parts"}', expectedRevision: 0, parts: { put, drop: [] } });
      assert.deepEqual((await read('b:')).map(([k]) => k), ['b:000000000000', 'b:000000000001']);
      assert.deepEqual(await read('s:story-1'), [['s:story-1', '{"members":["a"]}'], ['s:story-1~varna-nova', '{"members":["c"]}']]);
      assert.deepEqual(await read('x:'), []);
      // Many parts come back in order across pages.
      const many: Array<[string, string]> = Array.from({ length: 700 }, (_, i) => [`c:${String(i).padStart(12, '0')}`, String(i)]);
      rev = await store.saveStoryLayer({ facts: [], stories: [], removed: [], stateName: 'layer', state: '{}', expectedRevision: rev, parts: { put: many, drop: ['s:story-1'] } });
      assert.deepEqual(await read('c:'), many);
      assert.deepEqual((await read('s:')).map(([k]) => k), ['s:story-1~varna-nova']);
      // A save from a stale revision leaves the parts as they were.
      await assert.rejects(store.saveStoryLayer({ facts: [], stories: [], removed: [], stateName: 'layer', state: '{}', expectedRevision: 0, parts: { put: [['s:late', '1']], drop: [], clear: true } }));
      assert.equal((await read('')).length, 703);
      rev = await store.saveStoryLayer({ facts: [], stories: [], removed: [], stateName: 'layer', state: '{}', expectedRevision: rev, parts: { put: [['b:000000000000', '{"whole":true}']], drop: [], clear: true } });
      assert.deepEqual(await read(''), [['b:000000000000', '{"whole":true}']]);
      assert.equal(rev, 3);
      const texts = await store.reportTexts([a.id, 'nope', c.id]);
      assert.deepEqual([...texts.keys()].sort(), [a.id, c.id].sort());
      assert.equal(texts.get(c.id), c.text);
    } finally {
      await store.close();
    }
  });

  test(`${backend}: rewriting a story replaces its facets and findings; a removed story leaves nothing behind`, async () => {
    const store = await open();
    try {
      await store.putReports([a, c]);
      const first = makeStory('story-1', [factsA, factsC]);
      let rev = await store.saveStoryLayer({ facts: [factsA, factsC], stories: [first], removed: [], stateName: 'layer', state: '{}', expectedRevision: 0 });
      rev = await store.saveStoryLayer({ facts: [], stories: [first], removed: [], stateName: 'layer', state: '{}', expectedRevision: rev });
      assert.deepEqual((await store.getStory('story-1'))?.findings, first.findings, 'no duplicated findings');
      assert.equal((await store.crossReportFindings(a.id)).length, first.findings.filter((f) => f.docId === a.id).length);
      // The two reports turn out to be two stories: story-1 goes, two new ones come.
      const split = [makeStory('story-2', [factsA]), makeStory('story-3', [factsC])];
      await store.saveStoryLayer({ facts: [], stories: split, removed: ['story-1'], stateName: 'layer', state: '{}', expectedRevision: rev });
      assert.equal(await store.getStory('story-1'), undefined);
      assert.deepEqual((await store.listStories()).map((s) => s.id).sort(), ['story-2', 'story-3']);
      assert.deepEqual(await store.storiesOfReport(a.id), [{ storyId: 'story-2', role: 'member' }]);
      assert.deepEqual(await store.crossReportFindings(a.id), split[0]!.findings);
      assert.equal((await store.getStory('story-2'))?.facets[0]?.status, 'single-source');
    } finally {
      await store.close();
    }
  });

  test(`${backend}: remembers what a watch read, per source, replacing a mark by its key`, async () => {
    const store = await open();
    try {
      const folder = '/srv/inbox';
      const feed = 'https://kestrel-daily.example/feed.rss';
      assert.deepEqual(await store.watchMarks(folder), []);
      await store.putWatchMarks([
        { source: folder, key: 'file:day1/a.txt', hash: 'a'.repeat(64), size: 812, mtimeMs: 1772600000123.5 },
        { source: folder, key: 'file:day1/b.html', hash: 'b'.repeat(64), size: 4096, mtimeMs: 1772600000456 },
        { source: feed, key: 'item:urn:kestrel:1041' },
      ]);
      // The same file rewritten: its mark is replaced, not added.
      await store.putWatchMarks([{ source: folder, key: 'file:day1/a.txt', hash: 'c'.repeat(64), size: 990, mtimeMs: 1772600009000 }]);
      assert.deepEqual(await store.watchMarks(folder), [
        { source: folder, key: 'file:day1/a.txt', hash: 'c'.repeat(64), size: 990, mtimeMs: 1772600009000 },
        { source: folder, key: 'file:day1/b.html', hash: 'b'.repeat(64), size: 4096, mtimeMs: 1772600000456 },
      ]);
      assert.deepEqual(await store.watchMarks(feed), [{ source: feed, key: 'item:urn:kestrel:1041' }]);
      assert.deepEqual(await store.watchMarks('/srv/other'), []);
    } finally {
      await store.close();
    }
  });
}
