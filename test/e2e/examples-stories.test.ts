import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXIT } from '../../src/cli/exit-codes.js';
import type { CleanDocument } from '../../src/model/document.js';
import { evidenceHolds } from '../../src/model/span.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { StoryRecord } from '../../src/corpus/stories/story-types.js';
import { readReportFacts } from '../../src/corpus/align/read-report-facts.js';
import { StoryLayer } from '../../src/corpus/stories/story-layer.js';
import { recordOfLayerStory } from '../../src/corpus/stories/layer-story.js';
import { runCaptured as cli } from '../../src/cli/run-captured.js';

const ROOT = fileURLToPath(new URL('../../examples/', import.meta.url));
const CORPUS = join(ROOT, 'corpus');
/** Invented coordinates for the corpus's invented places, as `npm run example` passes them. */
const PLACES = join(ROOT, 'places.tsv');

interface ExpectedReport {
  key: string;
  kind: string;
  facts?: { incidents?: string[] };
}
const expected = JSON.parse(readFileSync(join(ROOT, 'expected.json'), 'utf8')) as {
  syndication: Array<{ origin: string; copies: string[]; relation: string }>;
  reports: ExpectedReport[];
};

/** The key expected.json gives a report. */
function keyOf(doc: CleanDocument): string {
  const path = relative(CORPUS, doc.source.location).split('\\').join('/');
  if (doc.source.kind === 'warc-record') return `${path}#${doc.source.url}`;
  if (doc.source.kind === 'jsonl-line' || doc.source.kind === 'feed-item') return `${path}#${doc.source.recordId}`;
  return path;
}


let dir: string;
let db: string;
const docs = new Map<string, CleanDocument>();
const ids = new Map<string, string>();
const stories: StoryRecord[] = [];

const id = (key: string) => {
  const v = ids.get(key);
  assert.ok(v, `report ${key} was analysed`);
  return v;
};
const storyWithMember = (key: string) => stories.find((s) => s.reports.some((r) => r.docId === id(key) && r.role === 'member'));
const facet = (s: StoryRecord, key: string) => {
  const f = s.facets.find((v) => v.key === key);
  assert.ok(f, `${s.id} has facet ${key} (has: ${s.facets.map((v) => v.key).join(', ')})`);
  return f;
};

/** The facet of who is behind the incident at `place`, found by its party ("Dorvania …"), whatever key the party has. */
const attribution = (s: StoryRecord, party: string, place: string) => {
  const f = s.facets.find((v) => v.kind === 'attribution' && v.key.endsWith(`@${place}`) && v.label.startsWith(`${party} `));
  assert.ok(f, `${s.id} has an attribution facet for ${party} at ${place} (has: ${s.facets.filter((v) => v.kind === 'attribution').map((v) => v.label).join(', ')})`);
  return f;
};

const VELMORSK = 'html/karvelia-today-drones-over-velmorsk.html';
const CLICKBAIT = 'text/velmorsk-in-ruins-clickbait.txt';
const WRONG_YEAR = 'text/santarova-vienna-wrong-year.txt';
const WIRE = 'wire.jsonl#ngw-20260314-0001';
const PRITZAVA_RU = 'html/severny-kuryer-pritzava-port.html';

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'crb-stories-'));
  db = join(dir, 'stories.db');
  const run = await cli('analyze', CORPUS, '--db', db, '--json', '--jobs', '1', '--places', PLACES);
  assert.equal(run.code, EXIT.ok, run.err);
  const store = openSqliteStore(db);
  try {
    for (const r of await store.listReports({ limit: 500 })) {
      const doc = (await store.getReport(r.id))!;
      docs.set(doc.id, doc);
      ids.set(keyOf(doc), doc.id);
    }
    for (const s of await store.listStories({ limit: 500 })) stories.push((await store.getStory(s.id))!);
  } finally {
    await store.close();
  }
});

after(() => rmSync(dir, { recursive: true, force: true }));

test('the three incidents are three stories: the Velmorsk night holds its reports, Tolvany and Pritzava stand apart', () => {
  const velmorsk = storyWithMember(VELMORSK)!;
  assert.ok(velmorsk);
  assert.equal(velmorsk.places[0]?.name, 'Velmorsk');
  // Every report that is mainly about the night is in its story, but the German report (not read
  // by the English-only reading layer) and the commentary (no checkable content).
  const aboutTheNight = expected.reports.filter(
    (r) => (r.facts?.incidents?.[0] ?? (r.kind === 'syndicated-copy' ? 'velmorsk-night' : undefined)) === 'velmorsk-night' && !r.key.includes('ringstrassen') && r.kind !== 'commentary',
  );
  assert.ok(aboutTheNight.length >= 15);
  const members = new Set(velmorsk.reports.filter((r) => r.role === 'member').map((r) => r.docId));
  for (const r of aboutTheNight) assert.ok(members.has(id(r.key)), `${r.key} is in the Velmorsk story`);

  const tolvany = storyWithMember('archive.warc.gz#http://www.dorvanianpost.example/news/2026/03/14/tolvany-depot-strike-one-killed')!;
  assert.ok(tolvany && tolvany.id !== velmorsk.id);
  assert.equal(tolvany.places[0]?.name, 'Tolvany');
  assert.equal(storyWithMember('html/dorvanian-observer-tolvany-depot.html')?.id, tolvany.id);
  const pritzava = storyWithMember('feed.rss#eastwind-news-50188')!;
  assert.ok(pritzava && pritzava.id !== velmorsk.id && pritzava.id !== tolvany.id);
  assert.equal(pritzava.places[0]?.name, 'Pritzava');
  assert.equal(pritzava.incidents[0]?.date, '2026-03-13', 'the port was hit the evening before the night');
  // The Russian report of the port strike brings no facts (the reading layer reads English), but
  // its names, written in Cyrillic and declined (Прицаве, Эдвин Корсак, Карвелии), are the English reports' names.
  assert.equal(storyWithMember(PRITZAVA_RU)?.id, pritzava.id, 'the Russian report of the port strike is in the Pritzava story');

  // A report covering two incidents links to both.
  const wireIn = new Map(stories.filter((s) => s.reports.some((r) => r.docId === id(WIRE))).map((s) => [s.id, s.reports.find((r) => r.docId === id(WIRE))!.role] as const));
  assert.equal(wireIn.get(velmorsk.id), 'member');
  assert.equal(wireIn.get(tolvany.id), 'linked');
});

test('syndicated copies and the credited translation fold into their origins: counted once, shown last', () => {
  const velmorsk = storyWithMember(VELMORSK)!;
  for (const s of expected.syndication) {
    const origin = velmorsk.reports.find((r) => r.docId === id(s.origin))!;
    assert.ok(origin.independent, `${s.origin} is independent`);
    for (const c of s.copies) {
      const copy = velmorsk.reports.find((r) => r.docId === id(c))!;
      assert.equal(copy.independent, false, `${c} is not independent`);
      assert.equal(copy.origin, origin.origin, `${c} shares ${s.origin}'s origin`);
      assert.equal(copy.derivedFrom?.relation, s.relation);
      assert.ok(velmorsk.findings.some((f) => f.ruleId === 'copied-content' && f.docId === id(c)), `${c} has a copied-content finding`);
    }
  }
  const firstCopy = velmorsk.reports.findIndex((r) => !r.independent);
  assert.ok(velmorsk.reports.slice(firstCopy).every((r) => !r.independent), 'copies come last');
  const copies = expected.syndication.reduce((n, s) => n + s.copies.length, 0);
  assert.equal(velmorsk.counts.independentOrigins, velmorsk.counts.reports - copies);
  // The wire story's count of drones: three reports, one origin.
  const city = facet(velmorsk, 'count:intercepted:drones@velmorsk');
  const seven = city.groups.find((g) => g.role === 'current')!;
  assert.equal(seven.display, '7');
  const wireGroup = [id(WIRE), id('wire.jsonl#hl-2026-03-14-karvelia-drones'), id('wire.jsonl#mg-88410')];
  assert.equal(new Set(seven.reports.filter((r) => wireGroup.includes(r.docId)).map((r) => r.origin)).size, 1);
});

test('the toll rising through the day is an update with its first carriers, not a contradiction', () => {
  const velmorsk = storyWithMember(VELMORSK)!;
  const injured = facet(velmorsk, 'casualties:injured@velmorsk');
  assert.notEqual(injured.status, 'contradicted');
  assert.equal(injured.updated, true);
  assert.equal(injured.value, '9');
  const earlier = injured.groups.find((g) => g.role === 'earlier' && g.display === '2')!;
  assert.ok(earlier, 'the morning figure, two injured, is shown as earlier');
  assert.equal(earlier.firstCarrier, id(VELMORSK), 'Karvelia Today carried two injured first (07:52)');
  const current = injured.groups.find((g) => g.role === 'current')!;
  assert.equal(current.firstCarrier, id('archive.warc.gz#https://capitalline.example/2026/03/14/velmorsk-second-victim-garage-block'));
  assert.ok(injured.timeline.some((t) => t.change === 'rise' && t.display === '9'));
  const killed = facet(velmorsk, 'casualties:killed@velmorsk');
  assert.equal(killed.value, '2');
  assert.notEqual(killed.status, 'contradicted');
  assert.ok(!velmorsk.findings.some((f) => f.ruleId === 'contradicted-claim' && String(f.data?.facet).startsWith('casualties:')), 'no casualty figure is called contradicted');
});

test('the clickbait "50 drones" is contradicted by the independent counts, side by side with their words', () => {
  const velmorsk = storyWithMember(VELMORSK)!;
  const loud = facet(velmorsk, 'count:unspecified:drones@velmorsk');
  assert.equal(loud.status, 'contradicted');
  const conflicting = loud.groups.find((g) => g.role === 'conflicting')!;
  assert.equal(conflicting.display, '50');
  assert.deepEqual(conflicting.reports.map((r) => r.docId), [id(CLICKBAIT)]);
  assert.match(conflicting.reports[0]!.evidence[0]!.quote, /50 DRONES/);
  const refs = loud.groups.filter((g) => g.role === 'reference').map((g) => g.display);
  assert.ok(refs.includes('23') && refs.includes('7'), `compared with the ministry's 23 and the mayor's 7 (got ${refs})`);
  const f = velmorsk.findings.find((x) => x.ruleId === 'contradicted-claim' && x.docId === id(CLICKBAIT))!;
  assert.match(f.message, /^claim contradicted by \d+ independent reports: .*50 here/);
  const n = Number(/contradicted by (\d+)/.exec(f.message)![1]);
  assert.ok(n >= 5, `contradicted by ${n} independent reports`);
  assert.ok(f.related && f.related.length >= 2 && f.related.every((e) => e.docId !== id(CLICKBAIT)));
  const copies = new Set(expected.syndication.flatMap((s) => s.copies.map(id)));
  assert.ok(f.related.every((e) => !copies.has(e.docId)), 'copies are not cited as independent reports');
});

test('each drone figure is in the facet of its fate and area; the one with no stated fate is the clickbait\'s alone', () => {
  const velmorsk = storyWithMember(VELMORSK)!;
  // "23 drones … destroyed or suppressed over Karvelian territory: 11 over the Velmorsk region, eight over the
  // Pritzava region and four over the Saldek region": the region's part is a facet of its own; the other regions' are not Velmorsk's.
  const region = facet(velmorsk, 'count:intercepted:drones@velmorsk/region');
  assert.equal(region.value, '11');
  assert.equal(region.status, 'corroborated');
  assert.ok(region.origins >= 3, `the region's 11 in ${region.origins} origins`);
  for (const f of velmorsk.facets.filter((v) => v.kind === 'count')) {
    for (const g of f.groups) assert.ok(g.display !== '8' && g.display !== '4', `${f.key} has no ${g.display}: that is another region's figure`);
  }
  // "… while Mayor Vadim Selnitsky said seven were shot down over the capital": the mayor's seven, with its fate.
  const city = facet(velmorsk, 'count:intercepted:drones@velmorsk');
  const seven = city.groups.find((g) => g.role === 'current' && g.display === '7')!;
  assert.ok(seven.reports.some((r) => r.docId === id(WRONG_YEAR)), 'the wrong-year report gives the mayor\'s seven');
  // The facet of figures with no stated fate holds the clickbait's 50 alone; every other value shown
  // there is a reference from a facet whose sentences state the fate.
  const loud = facet(velmorsk, 'count:unspecified:drones@velmorsk');
  for (const g of loud.groups) {
    if (g.role !== 'reference') assert.deepEqual(g.reports.map((r) => r.docId), [id(CLICKBAIT)], `${g.display} is the clickbait's`);
    else {
      assert.match(g.fromFacet ?? '', /^count:intercepted:drones@velmorsk/, `${g.display} comes from a facet with a fate`);
      for (const r of g.reports) assert.match(r.evidence[0]!.quote, /destroyed|shot down|brought down|suppressed/, `${g.display}: ${r.evidence[0]!.quote}`);
    }
  }
  // A fated facet shows beside it its current value only: the mayor's first figure, since updated, is that facet's history.
  const cityNow = city.groups.find((g) => g.role === 'current')!.display;
  const fromCity = loud.groups.filter((g) => g.role === 'reference' && g.fromFacet === city.key);
  assert.ok(fromCity.length > 0, 'the city\'s figure is a reference');
  for (const g of fromCity) assert.equal(g.display, cityNow, `only the city's current ${cityNow} is shown, not ${g.display}`);
  // "two missiles were fired and one was shot down": Tolvany's interception, labelled as written.
  const tolvany = storyWithMember('html/dorvanian-observer-tolvany-depot.html')!;
  const intercepted = tolvany.facets.find((f) => f.key.startsWith('count:intercepted:') && f.label === 'missiles intercepted over Tolvany');
  assert.ok(intercepted, `Tolvany has missiles intercepted (has: ${tolvany.facets.map((f) => f.label).join(', ')})`);
  assert.equal(intercepted.value, '1');
});

test('the Dorvanian denial marks the attribution `denied`, with the denial and the blame side by side', () => {
  const velmorsk = storyWithMember(VELMORSK)!;
  const who = attribution(velmorsk, 'Dorvania', 'velmorsk');
  assert.equal(who.status, 'denied');
  const denial = who.groups.find((g) => g.role === 'denial')!;
  const blame = who.groups.find((g) => g.role === 'current')!;
  assert.ok(denial.origins >= 2 && blame.origins >= 2);
  assert.ok(denial.reports.some((r) => /Odvalen|Foreign Ministry/.test(`${r.source ?? ''} ${r.evidence[0]?.quote ?? ''}`)));
  assert.ok(blame.reports.some((r) => /Brennik|Defen[cs]e Ministry/.test(`${r.source ?? ''} ${r.evidence[0]?.quote ?? ''}`)));
});

test('the wrong-year report gets date-conflict against the story\'s consensus date, and no other report does', () => {
  const velmorsk = storyWithMember(VELMORSK)!;
  const date = facet(velmorsk, 'date@velmorsk');
  assert.equal(date.value, '2026-03-14');
  const conflicts = velmorsk.findings.filter((f) => f.ruleId === 'date-conflict');
  assert.deepEqual(conflicts.map((f) => f.docId), [id(WRONG_YEAR)]);
  assert.match(conflicts[0]!.message, /^date conflicts with the story's consensus date: 2025-03-14 here, 2026-03-14 in \d+ independent reports/);
  assert.match(conflicts[0]!.evidence[0]!.quote, /March 14, 2025/);
  assert.ok((conflicts[0]!.related ?? []).length >= 2);
});

test('every quote of every story is where it says it is', () => {
  let n = 0;
  for (const s of stories) {
    for (const v of s.facets) for (const g of v.groups) for (const r of g.reports) for (const ev of r.evidence) (n++, assert.ok(evidenceHolds(ev, docs.get(ev.docId)!.text), `${s.id} ${v.key}`));
    for (const f of s.findings) for (const ev of [...f.evidence, ...(f.related ?? [])]) (n++, assert.ok(evidenceHolds(ev, docs.get(ev.docId)!.text), `${s.id} ${f.ruleId}`));
  }
  assert.ok(n > 200);
});

test('`corroborate stories` and `corroborate story` show the table, the values side by side, the timeline and the reports', async () => {
  const velmorsk = storyWithMember(VELMORSK)!;
  const list = await cli('stories', '--db', db, '--no-color');
  assert.equal(list.code, EXIT.ok, list.err);
  assert.match(list.out, new RegExp(`${velmorsk.id.replace(/[.*+?^${}()|[\]\\~]/g, '\\$&')}  Drones over Velmorsk`));
  // A value from another facet says which.
  assert.match(list.out, /contradicted drones \(no stated fate\) over Velmorsk: 50 \(1 origin\) vs 23 drones intercepted over the country \(Velmorsk\) \(\d+ origins\) vs 7 drones intercepted over Velmorsk \(\d+ origins\)/);
  const json = JSON.parse((await cli('stories', '--db', db, '--json')).out) as { items: Array<{ id: string }>; total: number };
  assert.equal(json.total, stories.length);
  assert.deepEqual(json.items.map((s) => s.id), stories.map((s) => s.id));

  const one = await cli('story', velmorsk.id, '--db', db, '--no-color');
  assert.equal(one.code, EXIT.ok, one.err);
  assert.match(one.out, /denied\s+Dorvania behind the incident in Velmorsk/);
  assert.match(one.out, /injured in Velmorsk: 9 \(updated over time\)/);
  assert.match(one.out, /Timeline of updates[\s\S]*2026-03-14T20:30:00\+02:00\s+9\s+rise/);
  assert.match(one.out, /50 \[conflicting\][\s\S]*“VELMORSK IN RUINS: 50 DRONES/);
  assert.match(one.out, /\[syndicated-copy of Northgate/);
  assert.deepEqual(JSON.parse((await cli('story', velmorsk.id, '--db', db, '--json')).out), velmorsk);
  const missing = await cli('story', 'story-999', '--db', db);
  assert.equal(missing.code, EXIT.fatal);
  assert.match(missing.err, /CRB_ERR_STORY_NOT_FOUND/);
});

test('in the reverse order the night still holds its reports, copies still fold, the denial and the date conflict stand', () => {
  // What may change with order: story ids and which part keeps the clusterer's id; not what is found.
  const layer = StoryLayer.create();
  const facts = new Map<string, ReturnType<typeof readReportFacts>>();
  for (const doc of [...docs.values()].reverse()) {
    const f = readReportFacts(doc);
    facts.set(doc.id, f);
    layer.add([doc], [f]);
  }
  const sid = layer.storyOf(id(VELMORSK))!;
  for (const key of [WIRE, CLICKBAIT, WRONG_YEAR, 'html/velmorsk-herald-man-dies-dorvania-denies.html', 'wire.jsonl#ngw-20260314-0002']) {
    assert.equal(layer.storyOf(id(key)), sid, `${key} is with the night`);
  }
  for (const s of expected.syndication) for (const c of s.copies) assert.equal(layer.originOf(id(c)), layer.originOf(id(s.origin)));
  assert.notEqual(layer.storyOf(id('html/dorvanian-observer-tolvany-depot.html')), sid);
  const r = recordOfLayerStory(layer, sid, facts)!;
  assert.equal(attribution(r, 'Dorvania', 'velmorsk').status, 'denied');
  assert.deepEqual(r.findings.filter((f) => f.ruleId === 'date-conflict').map((f) => f.docId), [id(WRONG_YEAR)]);
  assert.equal(facet(r, 'count:unspecified:drones@velmorsk').status, 'contradicted');
});
