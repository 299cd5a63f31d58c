/**
 * `corroborate export` end to end: the example corpus (and two invented reports about a strike on
 * a town the gazetteer knows, one of them full of script payloads) analysed by the CLI into a
 * temporary database, then every format written by the CLI and read back: the incidents CSV
 * against examples/expected.json, ClaimReview against the stories' cross-report findings, every
 * Web Annotation against the stored texts, and the HTML report opened from disk in Chromium with
 * all network requests blocked (screenshots in test-output/screenshots/).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { chromium, type Browser } from 'playwright-core';
import type { Incident } from '../../src/analyze/incidents/incident-types.js';
import { EXIT } from '../../src/cli/exit-codes.js';
import type { StoryRecord } from '../../src/corpus/stories/story-types.js';
import type { CleanDocument } from '../../src/model/document.js';
import type { Finding } from '../../src/model/finding.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { ClaimReviewNode } from '../../src/reporters/claimreview-export.js';
import type { SpecificResource, TextualBody, WebAnnotation } from '../../src/reporters/annotations-export.js';
import { INCIDENT_CSV_COLUMNS } from '../../src/reporters/csv-export.js';
import { reportRef, reportSource } from '../../src/reporters/report-ref.js';
import { runCaptured as cli } from '../../src/cli/run-captured.js';
import { createApi } from '../../src/server/app.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const EXAMPLES = join(REPO, 'examples');
const CORPUS = join(EXAMPLES, 'corpus');
/** Invented coordinates for the corpus's invented places, so the exports' maps have markers. */
const PLACES = join(EXAMPLES, 'places.tsv');
const SHOTS = join(REPO, 'test-output', 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const noChromium = existsSync(CHROMIUM) ? false : `${CHROMIUM} is absent: install Debian's chromium (apt-get install -y chromium) to run the browser check`;

interface ExpectedReport {
  key: string;
  kind: string;
  language: string;
  facts?: {
    incidents?: string[];
    casualties?: Array<{ incident: string; killed: number | null; injured: number | null }>;
  };
}
interface ExpectedIncident {
  when: string | { start: string; end: string };
  killed?: number;
  casualtiesOverTime?: Array<{ killed: number }>;
  attributedTo?: { to: string };
}
const expected = JSON.parse(readFileSync(join(EXAMPLES, 'expected.json'), 'utf8')) as { incidents: Record<string, ExpectedIncident>; reports: ExpectedReport[] };
/** Where each incident of the example happened, as the reports name the town. */
const PLACE: Record<string, string> = { 'pritzava-port': 'Pritzava', 'velmorsk-night': 'Velmorsk', 'tolvany-depot': 'Tolvany' };

// Invented reports about an invented strike on a real town; the first is a hostile page's text.
const FIXTURES: Record<string, string> = {
  'lakeside-courier-tampere.txt': `Drone hits grain warehouse in Tampere, one worker injured <script>window.__pwned = 'headline'</script>

A drone struck a grain warehouse on the eastern edge of Tampere early on Tuesday, injuring one worker, the regional rescue service said. Fire crews put out the blaze within an hour.

"We heard a buzzing and then the roof was on fire," said night guard Onni Vartia. <script>window.__pwned = 'body'</script> The rescue service said <img src=x onerror="window.__pwned = 'img'"> two drones were seen over the city.`,
  'pirkka-post-tampere.txt': `Tampere warehouse struck by drone overnight

A drone hit a grain warehouse in Tampere overnight on Tuesday, the regional rescue service said, adding that one worker was injured and taken to hospital. Police said three drones had been seen over the city before the strike.`,
};

let dir: string;
let db: string;
const docs = new Map<string, CleanDocument>();
const ids = new Map<string, string>();
const stories: StoryRecord[] = [];
const cross = new Map<string, Finding[]>();


/** The key expected.json gives a report. */
function keyOf(doc: CleanDocument): string {
  const path = relative(CORPUS, doc.source.location).split('\\').join('/');
  if (doc.source.kind === 'warc-record') return `${path}#${doc.source.url}`;
  if (doc.source.kind === 'jsonl-line' || doc.source.kind === 'feed-item') return `${path}#${doc.source.recordId}`;
  return path;
}

/** Exports a format to a file through the CLI and returns its text. */
async function exported(format: string, ...ids: string[]): Promise<string> {
  const file = join(dir, `export-${format}-${ids.length}.out`);
  const r = await cli('export', '--format', format, '--db', db, '--out', file, ...ids);
  assert.equal(r.code, EXIT.ok, r.err);
  assert.match(r.err, new RegExp(`written to ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  return readFileSync(file, 'utf8');
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'crb-exports-'));
  db = join(dir, 'exports.db');
  const fixtures = join(dir, 'fixtures');
  mkdirSync(fixtures);
  for (const [name, text] of Object.entries(FIXTURES)) writeFileSync(join(fixtures, name), text);
  const run = await cli('analyze', CORPUS, fixtures, '--db', db, '--json', '--jobs', '1', '--places', PLACES);
  assert.equal(run.code, EXIT.ok, run.err);
  const store = openSqliteStore(db);
  try {
    for (const r of await store.listReports({ limit: 500 })) {
      const doc = (await store.getReport(r.id))!;
      docs.set(doc.id, doc);
      ids.set(keyOf(doc), doc.id);
      cross.set(doc.id, await store.crossReportFindings(doc.id));
    }
    for (const s of await store.listStories({ limit: 500 })) stories.push((await store.getStory(s.id))!);
  } finally {
    await store.close();
  }
});

after(() => rmSync(dir, { recursive: true, force: true }));

const incidentsOf = (d: CleanDocument) => (Array.isArray(d.data.incidents) ? (d.data.incidents as Incident[]) : []);
const tampereStory = () => stories.find((s) => s.places[0]?.name === 'Tampere');

test('with examples/places.tsv the Velmorsk story is located: its incidents carry the invented coordinates, its map marks the town', async () => {
  const velmorsk = stories.find((s) => s.places[0]?.name === 'Velmorsk');
  assert.ok(velmorsk, 'a story placed in Velmorsk');
  assert.deepEqual([velmorsk.places[0]!.geo?.country, velmorsk.places[0]!.geo?.lat, velmorsk.places[0]!.geo?.lon], ['XA', 55.902, 21.297]);
  const members = velmorsk.reports.filter((r) => r.role === 'member').map((r) => docs.get(r.docId)!);
  const atVelmorsk = members.flatMap(incidentsOf).filter((i) => i.location.name === 'Velmorsk');
  const located = atVelmorsk.filter((i) => i.location.geo);
  assert.ok(located.length >= 10 && located.length >= atVelmorsk.length - 1, `${located.length} of ${atVelmorsk.length} incidents in Velmorsk located`);
  for (const i of located) assert.deepEqual([i.location.geo!.lat, i.location.geo!.lon, i.location.geo!.country], [55.902, 21.297, 'XA']);
  // The dashboard's map route, on the same database.
  const store = openSqliteStore(db);
  const api = createApi({ store, log: () => {} });
  try {
    const res = await api.app.request(`/api/stories/${velmorsk.id}/map.svg`);
    assert.equal(res.status, 200);
    const svg = await res.text();
    assert.match(svg, /<g class="crb-map-place" data-name="Velmorsk"[^>]*>.*?<circle /);
  } finally {
    await api.close();
    await store.close();
  }
});

test('csv: one row per stored incident, parsed back, faithful to the store and to the example’s ground truth', async () => {
  const text = await exported('csv');
  const header = parse(text, { to_line: 1 }) as string[][];
  assert.deepEqual(header[0], [...INCIDENT_CSV_COLUMNS]);
  assert.ok(text.includes('\r\n') && !/[^\r]\n/.test(text.replace(/"[^"]*"/g, '')), 'CRLF record ends');
  const rows = parse(text, { columns: true }) as Array<Record<(typeof INCIDENT_CSV_COLUMNS)[number], string>>;
  const total = [...docs.values()].reduce((n, d) => n + incidentsOf(d).length, 0);
  assert.equal(rows.length, total);

  // Faithful: each row is its report's incident, in order, spans and all.
  const seen = new Map<string, number>();
  for (const r of rows) {
    const doc = docs.get(r.report_id);
    assert.ok(doc, `row of a stored report ${r.report_id}`);
    const i = seen.get(doc.id) ?? 0;
    seen.set(doc.id, i + 1);
    const inc = incidentsOf(doc)[i]!;
    assert.equal(r.location, inc.location.name);
    assert.equal(r.time_precision, String(inc.date.timePrecision));
    assert.equal(r.geo_precision, String(inc.location.geoPrecision));
    assert.equal(r.fatalities, inc.casualties?.killed ? String(inc.casualties.killed.conservative) : '');
    assert.equal(r.evidence, inc.evidence.map(([s, e]) => `${s}-${e}`).join(';'));
    for (const span of r.evidence.split(';')) {
      const [s, e] = span.split('-').map(Number) as [number, number];
      assert.ok(0 <= s && s < e && e <= doc.text.length, `${span} lies in the text`);
    }
    if (r.story_id) {
      const story = stories.find((s) => s.id === r.story_id);
      assert.ok(story?.reports.some((x) => x.docId === doc.id && x.incidentIds.includes(inc.id)), `${r.story_id} holds ${doc.id}/${inc.id}`);
      if (r.corroboration_status) {
        assert.match(r.corroboration_status, /^(corroborated|single-source|contradicted|denied)$/);
        assert.ok(Number(r.independent_origins) >= 1);
      }
    }
  }

  // Against the ground truth: each English news report's incidents are its rows' places…
  const pairs: Array<{ key: string; incident: string; found: boolean }> = [];
  for (const e of expected.reports) {
    if (e.language !== 'en' || e.kind === 'commentary' || !e.facts?.incidents) continue;
    const mine = rows.filter((r) => r.report_id === ids.get(e.key));
    for (const incident of e.facts.incidents) pairs.push({ key: e.key, incident, found: mine.some((r) => r.location === PLACE[incident]) });
    assert.ok(mine.some((r) => r.location === PLACE[e.facts!.incidents![0]!]), `${e.key}: a row for its main incident at ${PLACE[e.facts.incidents[0]!]}`);
  }
  const share = pairs.filter((p) => p.found).length / pairs.length;
  assert.ok(share >= 0.9, `rows for ${(share * 100).toFixed(0)}% of the reports' incidents: missing ${JSON.stringify(pairs.filter((p) => !p.found))}`);

  // …their fatalities never exceed what the report says (ACLED's conservative figure), and match it for Tolvany…
  for (const e of expected.reports) {
    for (const c of e.facts?.casualties ?? []) {
      const row = rows.find((r) => r.report_id === ids.get(e.key) && r.location === PLACE[c.incident] && r.fatalities !== '');
      if (!row || c.killed === null) continue;
      assert.ok(Number(row.fatalities) <= c.killed, `${e.key} ${c.incident}: ${row.fatalities} ≤ ${c.killed}`);
      if (c.incident === 'tolvany-depot') assert.equal(Number(row.fatalities), c.killed, `${e.key}: Tolvany's toll`);
    }
  }
  const tolvany = rows.filter((r) => r.location === 'Tolvany' && r.fatalities !== '');
  assert.ok(tolvany.length >= 8 && tolvany.every((r) => Number(r.fatalities) === expected.incidents['tolvany-depot']!.killed));
  // …the side blamed is the one the ground truth names…
  for (const [incident, place] of Object.entries(PLACE)) {
    const blamed = rows.filter((r) => r.location === place && r.actor1 !== '');
    assert.ok(blamed.length > 0, `someone is blamed for ${incident}`);
    for (const r of blamed) assert.ok(r.actor1.split('; ').every((a) => a.startsWith(expected.incidents[incident]!.attributedTo!.to)), `${place}: ${r.actor1}`);
  }
  // …and most rows date the incident to the true day; the report with the wrong year keeps its error.
  const trueDay = (incident: string) => {
    const w = expected.incidents[incident]!.when;
    return incident === 'velmorsk-night' ? '2026-03-14' : (typeof w === 'string' ? w : w.start).slice(0, 10);
  };
  const dated = rows.filter((r) => r.event_date && r.time_precision === '1' && Object.values(PLACE).includes(r.location));
  const right = dated.filter((r) => r.event_date === trueDay(Object.keys(PLACE).find((k) => PLACE[k] === r.location)!));
  assert.ok(right.length / dated.length >= 0.75, `${right.length} of ${dated.length} rows on the true day`);
  const wrongYear = rows.find((r) => r.report_id === ids.get('text/santarova-vienna-wrong-year.txt') && r.location === 'Velmorsk');
  assert.equal(wrongYear?.event_date, '2025-03-14');
  assert.equal(rows.find((r) => r.report_id === ids.get('feed.rss#eastwind-news-50188'))?.event_date, '2026-03-13', 'Pritzava was hit on the Friday');

  // The invented town the gazetteer knows has its coordinates and its story.
  const tampere = rows.filter((r) => r.location === 'Tampere');
  assert.equal(tampere.length, 2);
  for (const r of tampere) {
    assert.ok(Math.abs(Number(r.latitude) - 61.5) < 0.1 && Math.abs(Number(r.longitude) - 23.79) < 0.1);
    assert.equal(r.story_id, tampereStory()?.id);
  }

  // Choosing a story exports the rows of its reports only.
  const one = parse(await exported('csv', tampereStory()!.id), { columns: true }) as Array<Record<string, string>>;
  assert.deepEqual(one.map((r) => r.location), ['Tampere', 'Tampere']);
});

test('claimreview: a review for every contradicted or single-source value, agreeing with the cross-report findings', async () => {
  const doc = JSON.parse(await exported('claimreview')) as { '@context': string; '@graph': ClaimReviewNode[] };
  assert.equal(doc['@context'], 'https://schema.org');
  const reviews = doc['@graph'];
  assert.ok(reviews.length >= 5);
  const keys = JSON.stringify(doc);
  for (const k of ['ratingValue', 'bestRating', 'worstRating']) assert.ok(!keys.includes(`"${k}"`), `no ${k}`);
  for (const r of reviews) {
    assert.equal(r['@type'], 'ClaimReview');
    assert.equal(r.itemReviewed['@type'], 'Claim');
    assert.ok(r.itemReviewed.appearance.length > 0 && r.itemReviewed.firstAppearance);
    assert.deepEqual(r.author, { '@type': 'Organization', name: 'corroborate' });
    assert.match(r.datePublished, /^\d{4}-\d{2}-\d{2}$/);
    assert.match(r.reviewRating.alternateName, /^(contradicted by \d+ independent reports?|single source)$/);
    // The words reviewed are words of a report it appeared in.
    const texts = r.itemReviewed.appearance.map((a) => docs.get(a.identifier.replace('urn:corroborate:report:', ''))!.text);
    assert.ok(texts.some((t) => t.includes(r.claimReviewed)), `"${r.claimReviewed.slice(0, 60)}" is quoted from an appearance`);
    for (const a of r.itemReviewed.appearance) {
      const d = docs.get(a.identifier.replace('urn:corroborate:report:', ''))!;
      assert.equal(a['@id'], reportSource(reportRef(d)));
      if (a.url) assert.equal(a.url, reportRef(d).url);
    }
  }
  const appearsIn = (r: ClaimReviewNode, docId: string) => r.itemReviewed.appearance.some((a) => a.identifier === `urn:corroborate:report:${docId}`);
  // Each contradicted-claim and date-conflict finding has its review, with the same count of independent reports.
  for (const [docId, findings] of cross) {
    for (const f of findings) {
      if (f.ruleId === 'contradicted-claim' || f.ruleId === 'date-conflict') {
        const n = Number(/(\d+) independent report/.exec(f.message)![1]);
        const facet = encodeURIComponent(String(f.data?.facet));
        assert.ok(
          reviews.some((r) => appearsIn(r, docId) && r['@id'].includes(`:${facet}:`) && r.reviewRating.alternateName === `contradicted by ${n} independent report${n === 1 ? '' : 's'}`),
          `a review for ${docId}: ${f.message}`,
        );
      }
      if (f.ruleId === 'single-source-claim') assert.ok(reviews.some((r) => appearsIn(r, docId) && r.reviewRating.alternateName === 'single source'), `a single-source review for ${docId}: ${f.message}`);
    }
  }
  // The clickbait's "50 drones", in its own words, against the independent counts.
  const fifty = reviews.find((r) => appearsIn(r, ids.get('text/velmorsk-in-ruins-clickbait.txt')!) && r.itemReviewed.name.endsWith('— 50'));
  assert.ok(fifty);
  assert.match(fifty.claimReviewed, /50 DRONES/);
  assert.ok(Number(/contradicted by (\d+)/.exec(fifty.reviewRating.alternateName)?.[1]) >= 5);
  // The wrong year, against the reports that date the night right.
  const year = reviews.find((r) => r.itemReviewed.name.endsWith('— 2025-03-14'));
  assert.ok(year && appearsIn(year, ids.get('text/santarova-vienna-wrong-year.txt')!));
});

test('annotations: every annotation selects exactly its words in the stored text, one per evidence span', async () => {
  const doc = JSON.parse(await exported('annotations')) as { '@context': string; type: string; total: number; first: { items: WebAnnotation[] } };
  assert.equal(doc['@context'], 'http://www.w3.org/ns/anno.jsonld');
  assert.equal(doc.type, 'AnnotationCollection');
  const items = doc.first.items;
  assert.equal(doc.total, items.length);
  const spans = [...docs.values()].reduce((n, d) => n + [...d.findings, ...(cross.get(d.id) ?? [])].reduce((m, f) => m + f.evidence.length, 0), 0);
  assert.equal(items.length, spans, 'one per evidence span of every finding');
  const bySource = new Map([...docs.values()].map((d) => [reportSource(reportRef(d)), d] as const));
  assert.equal(bySource.size, docs.size, 'every report has its own source');
  const holds = (r: SpecificResource) => {
    const d = bySource.get(r.source);
    assert.ok(d, `${r.source} names a stored report`);
    const [q, p] = r.selector;
    assert.equal(d.text.slice(p.start, p.end), q.exact);
    assert.equal(d.text.slice(p.start - q.prefix.length, p.start), q.prefix);
    assert.equal(d.text.slice(p.end, p.end + q.suffix.length), q.suffix);
    assert.ok(q.prefix.length >= Math.min(32, p.start) && q.prefix.length <= 33);
    assert.ok(q.suffix.length >= Math.min(32, d.text.length - p.end) && q.suffix.length <= 33);
  };
  const rules = new Set<string>();
  for (const a of items) {
    holds(a.target);
    for (const b of a.body) if (b.type === 'SpecificResource') holds(b);
    rules.add((a.body[1] as TextualBody).value);
  }
  for (const r of ['contradicted-claim', 'single-source-claim', 'copied-content', 'date-conflict', 'clickbait-headline', 'untranslated-quote', 'date-inconsistency']) assert.ok(rules.has(r), `annotations for ${r} (have ${[...rules].join(', ')})`);
  // Sources are report URLs where the report has one, the URN otherwise.
  assert.ok(items.some((a) => a.target.source.startsWith('https://')) && items.some((a) => a.target.source.startsWith('urn:corroborate:report:')));

  // One report, by id prefix.
  const clickbait = ids.get('text/velmorsk-in-ruins-clickbait.txt')!;
  const one = JSON.parse(await exported('annotations', clickbait.slice(0, 8))) as { first: { items: WebAnnotation[] } };
  assert.ok(one.first.items.length > 0);
  assert.ok(one.first.items.every((a) => a.id.startsWith(`urn:corroborate:annotation:${clickbait}:`)));
});

test('an unknown id or format fails before anything is written; --help lists every format', async () => {
  const out = join(dir, 'never.csv');
  const missing = await cli('export', '--format', 'csv', '--db', db, '--out', out, 'story-404');
  assert.equal(missing.code, EXIT.fatal);
  assert.match(missing.err, /CRB_ERR_STORE_NOT_FOUND .*"story-404"/);
  assert.equal(existsSync(out), false);
  assert.deepEqual(readdirSync(dir).filter((f) => f.includes('.partial-')), []);
  const toStdout = await cli('export', '--format', 'html', '--db', db, 'ffffffffffff');
  assert.equal(toStdout.out, '', 'nothing half-written on stdout');
  assert.equal((await cli('export', '--format', 'pdf', '--db', db)).code, EXIT.usage);
  assert.equal((await cli('export', '--format', 'toString', '--db', db)).code, EXIT.usage);
  const help = await cli('export', '--help');
  for (const f of ['json', 'csv', 'claimreview', 'annotations', 'html']) assert.match(help.out, new RegExp(`\\b${f}\\b`));
});

test('html: one offline file, no script and no external URL, hostile text only escaped; it opens in Chromium without a request', { skip: noChromium }, async () => {
  const html = await exported('html');
  const file = join(dir, 'export-html-0.out.html');
  writeFileSync(file, html);
  // No http(s) address in a src or href attribute; addresses appear only as text.
  assert.equal(/\b(?:src|href|srcset|action|data)\s*=\s*["']?\s*(?:https?:)?\/\//i.test(html), false);
  assert.equal(/<script|<iframe|<object|<embed|<link\b/i.test(html), false);
  assert.equal(/<[^>]*\son\w+\s*=/i.test(html), false, 'no event handler attribute on any tag');
  assert.ok(html.includes('&lt;script&gt;window.__pwned = &#39;body&#39;&lt;/script&gt;'));
  assert.ok(html.includes('&lt;img src=x onerror=&quot;window.__pwned = &#39;img&#39;&quot;&gt;'));
  assert.ok(html.includes('<span class="url">https://coastaltimes.example/world/2026/mar/14/kolvo-residents-drone-night-velmorsk</span>'), 'report URLs shown as text');

  mkdirSync(SHOTS, { recursive: true });
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: true });
    const requests: string[] = [];
    const routed: string[] = [];
    const errors: string[] = [];
    // Every request is recorded twice over (as the page makes it, and as the router sees it), and all but the page itself refused.
    await context.route('**/*', (route) => {
      routed.push(route.request().url());
      return route.request().url() === pathToFileURL(file).href ? route.continue() : route.abort();
    });
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(file).href);
    await page.waitForLoadState('load');
    assert.deepEqual(requests, [pathToFileURL(file).href], 'the page asked for nothing but itself');
    assert.deepEqual(routed, requests);
    assert.deepEqual(errors, []);
    assert.equal(await page.evaluate('window.__pwned'), undefined, 'no payload ran');
    assert.equal(await page.evaluate('document.scripts.length'), 0);

    assert.equal(await page.locator('section.story').count(), stories.length);
    assert.equal(await page.locator('section.report').count(), docs.size);
    assert.equal(await page.title(), 'corroborate report');
    // The hostile report's text shows the payload as words.
    const hostile = [...docs.values()].find((d) => d.source.location.endsWith('lakeside-courier-tampere.txt'))!.id;
    const shown = await page.locator(`#r-${hostile} .text`).textContent();
    assert.equal(shown, docs.get(hostile)!.text);
    assert.match(shown ?? '', /<script>window.__pwned = 'body'<\/script>/);

    // The Tampere story has its map, with the town marked.
    const story = tampereStory()!;
    const section = page.locator(`section.story#s-${story.id}`);
    assert.deepEqual(await section.locator('figure.map g.crb-map-place').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-name'))), ['Tampere']);
    await page.screenshot({ path: join(SHOTS, 'export-html-top.png') });
    await section.screenshot({ path: join(SHOTS, 'export-html-story-map.png') });

    // A quoted word in a facet table leads to its highlighted span in the report's text.
    const velmorsk = stories.find((s) => s.places[0]?.name === 'Velmorsk')!;
    // Located by examples/places.tsv, the Velmorsk story's map marks it too.
    const marked = await page.locator(`section#s-${velmorsk.id} figure.map g.crb-map-place`).evaluateAll((gs) => gs.map((g) => g.getAttribute('data-name')));
    assert.ok(marked.includes('Velmorsk'), `Velmorsk on its story's map (marked: ${marked.join(', ')})`);
    const link = page.locator(`section#s-${velmorsk.id} tr.facet.contradicted + tr.values q a`).first();
    const href = (await link.getAttribute('href'))!;
    await link.click();
    await page.waitForURL((u) => u.hash === href);
    const landed = await page.evaluate(`(() => { const r = document.getElementById(${JSON.stringify(href.slice(1))}).getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; })()`);
    assert.equal(landed, true, `${href} is scrolled into view`);
    const [, docId, s, e] = /^#r-([0-9a-f]{16})-(\d+)-(\d+)$/.exec(href)!;
    assert.equal(await page.locator(href).evaluate((a) => a.closest('section.report')?.id), `r-${docId}`);
    assert.ok(docs.get(docId!)!.text.slice(Number(s), Number(e)).length > 0);
    await page.screenshot({ path: join(SHOTS, 'export-html-evidence.png') });
    assert.deepEqual(requests, [pathToFileURL(file).href], 'following links inside the page asks for nothing either');
    assert.deepEqual(routed, requests);
  } finally {
    await browser?.close();
  }
});
