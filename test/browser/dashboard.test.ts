/**
 * The dashboard in real Chromium (Debian's, driven by playwright-core): the reports list and its
 * pages, a report with its highlights, cuts and findings' evidence, search, the ingest form, a
 * report full of script payloads that must show as text and never run, the stories board, a story
 * (facet table, timeline, map) and the report view's cross-report findings, and live updates
 * while a page is open. Every API answer the tests read is checked against the OpenAPI document.
 * Screenshots go to test-output/screenshots/. Without /usr/bin/chromium (or $CHROMIUM_PATH) the
 * tests skip.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { OpenApiDocument } from '../../src/server/openapi.js';
import { createResponseCheck, type ResponseCheck } from '../../src/server/openapi-validator.js';
import { REPO, startDashboardServer, type DashboardServer } from './dashboard-server.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const skip = existsSync(CHROMIUM) ? false : `${CHROMIUM} is absent: install Debian's chromium (apt-get install -y chromium) to run the browser tests`;
const SHOTS = join(REPO, 'test-output', 'screenshots');

interface Summary {
  id: string;
  headline?: string;
  outlet?: string;
  removedCount: number;
  findingCount: number;
  crossFindingCount: number;
}
interface Ev {
  docId: string;
  range: [number, number];
  quote: string;
}
interface Finding {
  ruleId: string;
  message: string;
  docId: string;
  evidence: Ev[];
  related?: Ev[];
}
interface StoryCounts {
  reports: number;
  independentOrigins: number;
  facets: number;
  corroborated: number;
  singleSource: number;
  contradicted: number;
  denied: number;
}
interface StorySummary {
  id: string;
  title: string;
  label: string;
  counts: StoryCounts;
  worst: Array<{ facet: string; label: string; status: string; values: string[] }>;
}
interface Story extends StorySummary {
  places: Array<{ name: string; geo?: unknown }>;
  facets: Array<{ key: string; kind: string; status: string; updated: boolean; groups: Array<{ display: string; role: string; reports: Array<{ docId: string; evidence: Ev[] }> }> }>;
  reports: Array<{ docId: string; headline?: string; published?: string; independent: boolean; derivedFrom?: { docId: string } }>;
  findings: Finding[];
}
interface Doc {
  id: string;
  text: string;
  meta: { headline?: { value: string }; outlet?: { value: string } };
  removed: Array<{ at: number; reason: string; detail: string; text: string }>;
  findings: Array<{ ruleId: string; message: string; evidence: Array<{ range: [number, number]; quote: string }> }>;
  data: {
    profile?: { categories: Array<{ category: string; label: string; count: number; score: number; scoreMax: number; checked: boolean; findings: Array<{ id: string; index: number }> }> };
    quotes?: Array<{ range: [number, number]; speaker?: { name?: string; description?: string } }>; entities?: Array<{ type: string; mentions: Array<{ text: string }> }> };
}

let server: DashboardServer;
let context: BrowserContext;
let userDataDir: string;
let page: Page;
let check: ResponseCheck;
const pageErrors: string[] = [];

/** A GET of the API; the answer must be what the OpenAPI document promises. */
async function api<T>(path: string): Promise<T> {
  const res = await fetch(`${server.url}${path}`);
  assert.equal(res.status, 200, `GET ${path}`);
  const body = (await res.json()) as T;
  assert.deepEqual(check({ method: 'GET', path: new URL(path, server.url).pathname, status: res.status, contentType: res.headers.get('content-type'), body }), [], `GET ${path} matches its schema`);
  return body;
}

/** `/reports/<id>#span-<start>-<end>`: where a story links to a report's words. */
const spanHref = (ev: Ev): string => `/reports/${ev.docId}#span-${ev.range[0]}-${ev.range[1]}`;

/** Publication instants as the timeline orders them (a bare date is its UTC midnight). */
const instant = (iso: string | undefined): number => (iso ? Date.parse(iso) : Number.POSITIVE_INFINITY);

/**
 * Polls an expression in the page until it is truthy. (Playwright's waitForFunction evaluates
 * strings with eval inside the page, which the dashboard's Content-Security-Policy forbids.)
 */
async function waitUntil(expression: string, what: string, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > end) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

/** The rendered report text with the cut markers taken out: it must be the cleaned text exactly. */
const RENDERED_TEXT = `(() => {
  const t = document.querySelector('.text').cloneNode(true);
  for (const c of t.querySelectorAll('.cut')) c.remove();
  return t.textContent;
})()`;

before(async () => {
  if (skip) return;
  mkdirSync(SHOTS, { recursive: true });
  server = await startDashboardServer();
  check = createResponseCheck((await (await fetch(`${server.url}/openapi.json`)).json()) as OpenApiDocument);
  userDataDir = mkdtempSync(join(tmpdir(), 'crb-chromium-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    viewport: { width: 1440, height: 900 },
  });
  // Before any page script runs: a policy violation would mean markup reached the page and only the CSP stopped it.
  await context.addInitScript(`document.addEventListener('securitypolicyviolation', (e) => { (window.__violations ??= []).push(e.violatedDirective + ' ' + e.sample); })`);
  page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(20_000);
  page.on('pageerror', (e) => pageErrors.push(e.message));
});

after(async () => {
  await context?.close();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  await server?.close();
});

test('the reports list shows every stored report, a page at a time', { skip }, async () => {
  const all = await api<{ items: Summary[]; total: number }>('/api/reports?limit=500');
  assert.ok(all.total >= 20, `the example corpus stores ${all.total} reports`);
  await page.goto(`${server.url}/`);
  await page.locator('.main-nav a', { hasText: 'Reports' }).click();
  await page.waitForURL(/\/reports$/);
  const rows = page.locator('table.grid tbody tr');
  await rows.first().waitFor();
  assert.equal(await rows.count(), Math.min(25, all.total));
  const headlines = await page.locator('table.grid tbody td.headline').allTextContents();
  assert.deepEqual(headlines.slice(0, 5), all.items.slice(0, 5).map((r) => r.headline ?? ''));
  // Finding counts are filled in per report; wait for them, then check one against the API.
  await waitUntil(`![...document.querySelectorAll('td.findings-count')].some((td) => td.textContent === '…')`, 'finding counts are filled in');
  const withFindings = await Promise.all(all.items.slice(0, 25).map((r) => api<Doc>(`/api/reports/${r.id}`)));
  const counts = await page.locator('td.findings-count').allTextContents();
  assert.deepEqual(counts, withFindings.map((d) => String(d.findings.length)));
  assert.deepEqual(counts, all.items.slice(0, 25).map((r) => String(r.findingCount)), 'the list sends the same counts');
  assert.deepEqual(await page.locator('td.cross-count').allTextContents(), all.items.slice(0, 25).map((r) => String(r.crossFindingCount)));
  assert.ok(all.items.some((r) => r.crossFindingCount > 0), 'some example report has cross-report findings');
  const cuts = await page.locator('table.grid tbody tr td:nth-child(5)').allTextContents();
  assert.deepEqual(cuts, all.items.slice(0, 25).map((r) => String(r.removedCount)));
  assert.match((await page.locator('.server-status').textContent()) ?? '', new RegExp(`${all.total} reports`));
  await shot('01-reports-list');

  // Pages of ten: the second page starts where the API's second page does, and Previous goes back.
  await page.goto(`${server.url}/reports?limit=10`);
  await rows.first().waitFor();
  await page.locator('a[rel=next]').click();
  await page.waitForURL(/offset=10/);
  await page.locator('.pager .range', { hasText: `11–20 of ${all.total}` }).waitFor();
  assert.equal(await page.locator('table.grid tbody td.headline').first().textContent(), all.items[10]?.headline);
  await page.locator('a[rel=prev]').click();
  await page.locator('.pager .range', { hasText: `1–10 of ${all.total}` }).waitFor();
});

test('a report shows its cleaned text exactly, with highlights, cuts in place and an inspector', { skip }, async () => {
  const all = await api<{ items: Summary[] }>('/api/reports?limit=500');
  const target = all.items.find((r) => r.removedCount > 0);
  assert.ok(target, 'some example report has cuts');
  const doc = await api<Doc>(`/api/reports/${target.id}`);

  await page.goto(`${server.url}/reports?limit=100`);
  await page.locator('td.headline a', { hasText: target.headline ?? target.id }).first().click();
  await page.waitForURL(new RegExp(`/reports/${target.id}$`));
  await page.locator('.text').waitFor();
  assert.equal(await page.locator('h1.headline').textContent(), doc.meta.headline?.value ?? '(no headline)');
  assert.equal(await page.evaluate(RENDERED_TEXT), doc.text);
  await shot('02-report');

  // Every cut is a collapsed marker at its offset; opening one shows the cut text and its reason.
  assert.equal(await page.locator('.text .cut').count(), doc.removed.length);
  const first = doc.removed[0]!;
  const marker = page.locator('.text .cut').first();
  assert.equal(await marker.locator('.cut-body').isVisible(), false);
  await marker.locator('.cut-toggle').click();
  assert.equal(await marker.locator('.cut-text').textContent(), first.text);
  assert.match((await marker.locator('.cut-why').textContent()) ?? '', new RegExp(first.reason));

  // Entity mentions are underlined by type; a quote's speaker is in the inspector.
  const entity = doc.data.entities?.find((e) => e.type === 'person');
  if (entity) {
    const runs = await page.locator('.text .k-entity-person').allTextContents();
    assert.ok(runs.includes(entity.mentions[0]!.text), `${entity.mentions[0]!.text} is marked as a person`);
  }
  const quote = doc.data.quotes?.find((q) => q.speaker?.name);
  assert.ok(quote, 'the report has a quote with a named speaker');
  const quoteText = doc.text.slice(quote.range[0], quote.range[1]);
  const quoteRun = page.locator('.text .l-quote').filter({ hasText: quoteText.slice(0, 30) }).first();
  await quoteRun.click();
  await page.locator('.inspect-quote', { hasText: quote.speaker!.name! }).waitFor();
  // Layers switch off and on from the legend.
  await page.locator('.chip-entity input').uncheck();
  assert.equal(await page.locator('.text.show-entity').count(), 0);
  await page.locator('.chip-entity input').check();
  assert.equal(await page.locator('.text.show-entity').count(), 1);
  await marker.scrollIntoViewIfNeeded();
  await shot('03-report-cut-open');
});

test('each finding links to its evidence: clicking scrolls to the words and marks them', { skip }, async () => {
  const all = await api<{ items: Summary[] }>('/api/reports?limit=500');
  const docs = await Promise.all(all.items.map((r) => api<Doc>(`/api/reports/${r.id}`)));
  // The report whose evidence sits lowest in its text, so following the link has to scroll.
  const candidates = docs.flatMap((d) => d.findings.flatMap((f, i) => f.evidence.map((ev, j) => ({ d, f, i, j, ev }))));
  assert.ok(candidates.length > 0, 'the signals found something with evidence in the example corpus');
  const pick = candidates.reduce((a, b) => (b.ev.range[0] > a.ev.range[0] ? b : a));

  await page.goto(`${server.url}/reports/${pick.d.id}`);
  await page.locator('#panel-findings').waitFor();
  const link = page.locator(`#finding-${pick.i} .evidence-link[data-ev="ev-${pick.i}-${pick.j}"]`);
  assert.match((await link.textContent()) ?? '', new RegExp(pick.ev.quote.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await link.click();
  await waitUntil(
    `(() => {
      const runs = [...document.querySelectorAll('.text .r.focus')];
      if (runs.length === 0) return false;
      const r = runs[0].getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    })()`,
    'the evidence is scrolled into view',
  );
  const focused = (await page.locator('.text .r.focus').allTextContents()).join('');
  assert.equal(focused, pick.ev.quote);
  assert.match(page.url(), new RegExp(`#ev-${pick.i}-${pick.j}$`));
  await page.locator('.inspect-evidence', { hasText: pick.f.ruleId }).waitFor();
  await page.waitForTimeout(600); // let the flash settle before the picture
  await shot('04-finding-evidence');

  // The profile lists the categories as the signals stage scored them — with the cross-report
  // findings counted in when the report is in a story — each finding linking to its card.
  assert.ok(pick.d.data.profile, 'the signals stage wrote a profile');
  const across = (await (await fetch(`${server.url}/api/reports/${pick.d.id}/stories`)).json()) as { stories: unknown[]; profile?: typeof pick.d.data.profile };
  assert.equal(across.profile !== undefined, across.stories.length > 0, 'a report in a story has its profile across reports');
  const profile = across.profile ?? pick.d.data.profile;
  await page.locator('#panel-profile summary').scrollIntoViewIfNeeded();
  if ((await page.locator('#panel-profile').getAttribute('open')) === null) await page.locator('#panel-profile summary').click();
  assert.deepEqual(await page.locator('#panel-profile .profile-table tbody th').allTextContents(), profile.categories.map((c) => c.label));
  const scored = profile.categories.filter((c) => c.checked && c.findings.length > 0);
  assert.ok(scored.length > 0);
  assert.deepEqual(
    await page.locator('#panel-profile .profile-table tbody tr:not(.unchecked) .meter-num').allTextContents(),
    profile.categories.filter((c) => c.checked).map((c) => `${c.score}/${c.scoreMax}`),
  );
  const ref = scored[0]!.findings[0]!;
  await page.locator('#panel-profile a.finding-ref', { hasText: ref.id }).click();
  await page.locator(`#finding-${ref.index}.flash-box`).waitFor();
  await page.locator('#panel-profile').scrollIntoViewIfNeeded();
  await shot('05-profile');

  // The fragment is a link: opening it focuses the same words.
  await page.goto(`${server.url}/reports/${pick.d.id}#ev-${pick.i}-${pick.j}`);
  await waitUntil(`document.querySelectorAll('.text .r.focus').length > 0`, 'the fragment focuses the evidence');
  assert.equal((await page.locator('.text .r.focus').allTextContents()).join(''), pick.ev.quote);
});

test('search finds reports by their words and opens them', { skip }, async () => {
  const all = await api<{ items: Summary[] }>('/api/reports?limit=500');
  // A distinctive word of one headline: the longest, so it is unlikely to be everywhere.
  const headline = all.items.find((r) => r.headline && /^[\x20-\x7e]+$/.test(r.headline))!.headline!;
  const word = headline.split(/[^A-Za-z]+/).sort((a, b) => b.length - a.length)[0]!;
  const expected = await api<{ items: Array<{ id: string; headline?: string }> }>(`/api/search?q=${encodeURIComponent(word)}&limit=50`);
  assert.ok(expected.items.length > 0);

  await page.goto(`${server.url}/`);
  await page.locator('.header-search input').fill(word);
  await page.locator('.header-search input').press('Enter');
  await page.waitForURL(/\/search\?q=/);
  await page.locator('.hit').first().waitFor();
  assert.equal(await page.locator('.hit').count(), expected.items.length);
  const marks = await page.locator('.hit .snippet mark').allTextContents();
  assert.ok(marks.length > 0 && marks.every((m) => m.toLowerCase() === word.toLowerCase()), `marks: ${marks.join(', ')}`);
  await shot('06-search');
  await page.locator('.hit-title').first().click();
  await page.waitForURL(new RegExp(`/reports/${expected.items[0]!.id}$`));
  assert.equal(await page.locator('h1.headline').textContent(), expected.items[0]!.headline);
  await page.goBack();
  await page.locator('.hit').first().waitFor();
});

test('the ingest form stores a pasted report with its metadata, and says why when it cannot', { skip }, async () => {
  await page.goto(`${server.url}/ingest`);
  await page.locator('textarea[name=body]').fill(
    'Ferries to Ostrel Island resumed on Tuesday, three days after a fire damaged the Marrow Bay terminal, the harbour authority said.\n\n' +
      '"We expect the full timetable back by Friday," harbour master Ilse Varrick told reporters. About 40 passengers waited at the pier for the first crossing.',
  );
  await page.locator('input[name=title]').fill('Ferry service resumes at Marrow Bay after terminal fire');
  await page.locator('input[name=outlet]').fill('Marrow Bay Herald');
  await page.locator('input[name=published]').fill('2026-05-05');

  // A wrong token: the server's code and a hint, nothing stored.
  await page.locator('input[name=token]').fill('not-the-right-token-at-all');
  await page.locator('button.primary', { hasText: 'Analyse and store' }).click();
  await page.locator('.error-box', { hasText: 'CRB_ERR_API_UNAUTHORIZED' }).waitFor();

  await page.locator('input[name=token]').fill(server.token);
  await shot('07-ingest-form');
  await page.locator('button.primary', { hasText: 'Analyse and store' }).click();
  await page.locator('.result-box', { hasText: 'Stored 1 new report' }).waitFor();
  await shot('08-ingest-stored');
  const id = (await page.locator('.result-box .ids a').first().textContent()) ?? '';
  assert.match(id, /^[0-9a-f]{16}$/);
  const doc = await api<Doc>(`/api/reports/${id}`);
  assert.equal(doc.meta.outlet?.value, 'Marrow Bay Herald');

  // Posting it again stores nothing new, and says so.
  await page.locator('button.primary', { hasText: 'Analyse and store' }).click();
  await page.locator('.result-box.same', { hasText: 'Already stored' }).waitFor();

  // The token stays for this tab (sessionStorage) across a reload.
  await page.reload();
  assert.equal(await page.locator('input[name=token]').inputValue(), server.token);
  assert.equal(await page.evaluate(`sessionStorage.getItem('corroborate.token')`), server.token);

  await page.goto(`${server.url}/reports/${id}`);
  assert.equal(await page.locator('h1.headline').textContent(), 'Ferry service resumes at Marrow Bay after terminal fire');
  assert.match((await page.locator('.facts .outlet').textContent()) ?? '', /Marrow Bay Herald/);
});

// Payloads that set window.__pwned or the title if anything ever parsed them as HTML.
const HOSTILE_TEXT = [
  `Harbour crane collapses at Quillon docks <script>window.__pwned='script';document.title='PWNED'</script>`,
  `A crane at the Quillon container terminal collapsed on Thursday morning, the port authority said. No one was hurt, according to harbour master Teodor Vasko.`,
  `Witnesses posted a photo captioned <img src=x onerror="window.__pwned='img';document.title='PWNED'"> before deleting it.`,
  `The notice linked to <a href="javascript:window.__pwned='link'">the full statement</a> and <a href="#" onclick="window.__pwned='onclick'">a map</a>.`,
  `<div onmouseover="window.__pwned='hover'">Vasko said repairs would take "at least three weeks" and that 14 ships may be diverted.</div>`,
  `<svg onload="window.__pwned='svg'"></svg> <iframe srcdoc="<script>parent.__pwned='iframe'</script>"></iframe>`,
].join('\n\n');
const HOSTILE_TITLE = `Crane collapse at Quillon <img src=x onerror="window.__pwned='title';document.title='PWNED'">`;
const HOSTILE_OUTLET = `<b onmouseover="window.__pwned='outlet'">Quillon Port Bulletin</b>`;
const HOSTILE_URL = `javascript:window.__pwned='url'`;

// An HTML page whose paragraphs hold escaped markup (literal text once read) next to live script.
const HOSTILE_HTML = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Dock strike ends at Quillon &lt;script&gt;window.__pwned='html-title'&lt;/script&gt;</title>
<script>window.__pwned='page-script'</script></head>
<body onload="window.__pwned='body'"><article><h1>Dock strike ends at Quillon</h1>
<p>Dock workers at Quillon ended a four-day strike on Friday after the port operator agreed to a pay rise, the workers' union said.</p>
<p>The union's statement, posted as &lt;img src=x onerror="window.__pwned='escaped-img'"&gt;, thanked members for their patience.</p>
<p><img src="x" onerror="window.__pwned='live-img'">Loading resumed on Saturday, a port spokeswoman, Maren Holt, said. <a href="javascript:window.__pwned='live-link'">Details</a></p>
</article></body></html>`;

test('hostile text shows as text and nothing in it runs', { skip }, async () => {
  await page.goto(`${server.url}/ingest`);
  await page.locator('input[name=token]').fill(server.token);
  await page.locator('textarea[name=body]').fill(HOSTILE_TEXT);
  await page.locator('input[name=title]').fill(HOSTILE_TITLE);
  await page.locator('input[name=outlet]').fill(HOSTILE_OUTLET);
  await page.locator('input[name=published]').fill('2026-04-02');
  await page.locator('button.primary', { hasText: 'Analyse and store' }).click();
  await page.locator('.result-box', { hasText: 'Stored 1 new report' }).waitFor();
  const textId = (await page.locator('.result-box .ids a').first().textContent()) ?? '';

  // The same page as an uploaded file, and a URL field that is a javascript: link.
  await page.locator('button.tab[data-tab=files]').click();
  await page.locator('input[type=file]').setInputFiles({ name: 'quillon-strike.html', mimeType: 'text/html', buffer: Buffer.from(HOSTILE_HTML) });
  await page.locator('button.primary', { hasText: 'Analyse and store' }).click();
  await page.locator('.result-box', { hasText: 'Stored 1 new report' }).waitFor();
  const htmlId = (await page.locator('.result-box .ids a').first().textContent()) ?? '';
  await page.locator('button.tab[data-tab=paste]').click();
  await page.locator('textarea[name=body]').fill('Quillon ferry timetable changes from Monday, the port said.');
  await page.locator('input[name=title]').fill('Quillon timetable');
  await page.locator('input[name=outlet]').fill('');
  await page.locator('input[name=url]').fill(HOSTILE_URL);
  await page.locator('button.primary', { hasText: 'Analyse and store' }).click();
  await page.locator('.result-box', { hasText: 'Stored 1 new report' }).waitFor();
  const urlId = (await page.locator('.result-box .ids a').first().textContent()) ?? '';

  const textDoc = await api<Doc>(`/api/reports/${textId}`);
  const htmlDoc = await api<Doc>(`/api/reports/${htmlId}`);
  // The payloads really are in the stored text, so the test below is not vacuous.
  for (const needle of ['<script>', 'onerror=', 'javascript:', 'onclick=', 'onmouseover=', '<iframe srcdoc=']) assert.ok(textDoc.text.includes(needle), `stored text keeps ${needle}`);
  assert.ok(htmlDoc.text.includes(`<img src=x onerror="window.__pwned='escaped-img'">`), 'the escaped markup is literal text after extraction');

  const inert = async (label: string): Promise<void> => {
    assert.equal(await page.evaluate('window.__pwned'), undefined, `${label}: a payload ran`);
    assert.notEqual(await page.title(), 'PWNED', `${label}: the title was changed`);
    assert.deepEqual(await page.evaluate('window.__violations ?? []'), [], `${label}: markup reached the page`);
    // Nothing the dashboard made is an image (but a story's map from the API), a frame, a script or an SVG, and no element has an on… attribute or a javascript: link.
    const found = await page.evaluate(`(() => {
      const app = document.getElementById('app');
      const map = (e) => e.matches('img.map-img') && /^\\/api\\/stories\\/[^/]+\\/map\\.svg\\?width=\\d+&height=\\d+$/.test(e.getAttribute('src'));
      const tags = [...app.querySelectorAll('script, img, iframe, svg, object, embed')].filter((e) => !map(e)).map((e) => e.tagName);
      const handlers = [...app.querySelectorAll('*')].flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => e.tagName + ' ' + a.name));
      const links = [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')).filter((h) => !/^(\\/|#|https?:)/.test(h));
      return { tags, handlers, links };
    })()`);
    assert.deepEqual(found, { tags: [], handlers: [], links: [] }, `${label}: unexpected elements`);
  };

  await page.goto(`${server.url}/reports/${textId}`);
  await page.locator('.text').waitFor();
  assert.equal(await page.evaluate(RENDERED_TEXT), textDoc.text);
  assert.equal(await page.locator('h1.headline').textContent(), HOSTILE_TITLE);
  assert.equal(await page.locator('.facts .outlet').textContent(), HOSTILE_OUTLET);
  // Hover and click over every line, where an event handler would fire if it existed.
  for (const run of await page.locator('.text .r').all()) if (await run.isVisible()) await run.hover();
  await page.locator('.text').click({ position: { x: 40, y: 40 } });
  await page.mouse.move(300, 600);
  await page.waitForTimeout(300);
  await inert('pasted text');
  await shot('09-hostile-report');

  await page.goto(`${server.url}/reports/${htmlId}`);
  await page.locator('.text').waitFor();
  assert.equal(await page.evaluate(RENDERED_TEXT), htmlDoc.text);
  for (const cut of await page.locator('.cut-toggle').all()) await cut.click();
  await inert('uploaded HTML');

  await page.goto(`${server.url}/reports/${urlId}`);
  await page.locator('#panel-meta').waitFor();
  assert.ok(((await page.locator('#panel-meta').textContent()) ?? '').includes(HOSTILE_URL), 'the javascript: URL is shown as text');
  assert.equal(await page.locator(`a[href^="javascript:"]`).count(), 0);
  await inert('javascript: address');

  // The list and search show the hostile headline as text too.
  await page.goto(`${server.url}/search?q=Quillon`);
  await page.locator('.hit').first().waitFor();
  assert.ok((await page.locator('.hit-title').allTextContents()).includes(HOSTILE_TITLE));
  await inert('search');

  // So do the stories board, the report's story (facet table, timeline, map) and its stories panel.
  const across = await api<{ stories: Array<{ id: string; title: string }> }>(`/api/reports/${textId}/stories`);
  assert.equal(across.stories.length, 1, 'the hostile report is in a story');
  const hostileStory = across.stories[0]!;
  await page.goto(`${server.url}/`);
  const card = page.locator(`.story-card[data-id="${hostileStory.id}"]`);
  await card.waitFor();
  assert.equal(await card.locator('.story-title').textContent(), hostileStory.title);
  await inert('stories board');
  await card.locator('.story-title').click();
  await page.locator('.tl-rows').waitFor();
  assert.ok((await page.locator('.tl-head a').allTextContents()).includes(HOSTILE_TITLE), 'the timeline shows the headline as text');
  for (const a of await page.locator('.story a.quote').all()) if (await a.isVisible()) await a.hover();
  await inert('story');
  await page.goto(`${server.url}/reports/${textId}`);
  await page.locator('#panel-stories a.story-link').waitFor();
  assert.equal(await page.locator('#panel-stories a.story-link').textContent(), hostileStory.title);
  await inert('stories panel');
  assert.deepEqual(pageErrors, []);
});

test('the stories board is the landing page: each story with its counts, statuses and worst contradictions', { skip }, async () => {
  const board = await api<{ items: StorySummary[]; total: number }>('/api/stories?limit=25');
  assert.ok(board.total >= 3, `the example corpus makes ${board.total} stories`);
  await page.goto(`${server.url}/`);
  const cards = page.locator('.story-card');
  await cards.first().waitFor();
  assert.equal(await page.locator('.main-nav a.active').textContent(), 'Stories');
  assert.deepEqual(await page.locator('.story-card .story-title').allTextContents(), board.items.map((s) => s.title));
  const first = board.items[0]!;
  const card = cards.first();
  assert.match((await card.locator('.story-counts').textContent()) ?? '', new RegExp(`${first.counts.reports} reports\\s*${first.counts.independentOrigins} independent origins`));
  assert.equal(await card.locator('.story-label').textContent(), first.label);
  const chips = await card.locator('.status-chips .status').allTextContents();
  assert.deepEqual(chips, [`${first.counts.corroborated} corroborated`, `${first.counts.singleSource} single-source`, `${first.counts.contradicted} contradicted`, `${first.counts.denied} denied`]);
  // Statuses are coloured: contradicted red, corroborated green, as on the map.
  const colour = (status: string): Promise<unknown> => page.evaluate(`getComputedStyle(document.querySelector('.story-card .status-chips .status-${status}')).color`);
  assert.equal(await colour('contradicted'), 'rgb(198, 40, 40)');
  assert.equal(await colour('corroborated'), 'rgb(46, 125, 50)');
  // The worst contradictions, values side by side.
  assert.ok(first.worst.length > 0, 'the example\'s main story has contradictions');
  const shown = await card.locator('.conflict').evaluateAll((els) => els.map((e) => [...e.querySelectorAll('.value')].map((v) => v.textContent)));
  assert.deepEqual(shown, first.worst.map((w) => w.values));
  await shot('10-stories-board');
  await page.goto(`${server.url}/no-such-page`);
  await page.locator('h1', { hasText: 'Not found' }).waitFor();
  await page.goto(`${server.url}/reports/ffffffffffffffff`);
  await page.locator('.error-box', { hasText: 'CRB_ERR_STORE_NOT_FOUND' }).waitFor();
  await page.goto(`${server.url}/stories/story-none`);
  await page.locator('.error-box', { hasText: 'CRB_ERR_STORY_NOT_FOUND' }).waitFor();
  assert.deepEqual(pageErrors, []);
});

test('a story: facet table with statuses and each value\'s reports and words, timeline, map, reports by what they add', { skip }, async () => {
  const board = await api<{ items: StorySummary[] }>('/api/stories?limit=25');
  const story = await api<Story>(`/api/stories/${encodeURIComponent(board.items[0]!.id)}`);
  await page.goto(`${server.url}/`);
  await page.locator('.story-card .story-title').first().click();
  await page.waitForURL(new RegExp(`/stories/${story.id}$`));
  await page.locator('.facet-table').waitFor();
  assert.equal(await page.locator('h1.story-headline').textContent(), story.title);
  assert.equal(await page.locator('.main-nav a.active').textContent(), 'Stories');

  // Facet table: every facet once with its status, in sections by kind.
  const rows = await page.locator('tr.facet').evaluateAll((els) => els.map((e) => [e.getAttribute('data-facet'), e.getAttribute('data-status')]));
  assert.deepEqual(rows.map((r) => r.join(' ')).sort(), story.facets.map((f) => `${f.key} ${f.status}`).sort());
  const sections = await page.locator('tbody.facet-section').evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
  assert.deepEqual(sections, ['date', 'place', 'count', 'casualties', 'damage', 'attribution', 'statement'].filter((k) => story.facets.some((f) => f.kind === k)));
  // A contradicted facet: its values side by side, each report linking to the words it gives.
  const contradicted = story.facets.find((f) => f.status === 'contradicted');
  assert.ok(contradicted, 'the main story has a contradicted facet');
  const row = page.locator(`tr.facet[data-facet="${contradicted.key}"]`);
  assert.equal(await row.locator('.facet-status .status').getAttribute('data-status'), 'contradicted');
  assert.equal(await page.evaluate(`getComputedStyle(document.querySelector('tr.facet[data-status="contradicted"] .facet-status .status')).color`), 'rgb(198, 40, 40)');
  assert.deepEqual(await row.locator('.value-group .value-display').allTextContents(), contradicted.groups.map((g) => g.display));
  const expectedQuotes = contradicted.groups.flatMap((g) => g.reports.flatMap((r) => r.evidence.map(spanHref)));
  const quoteLinks = await row.locator('a.quote').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
  assert.deepEqual(quoteLinks, expectedQuotes);
  await row.scrollIntoViewIfNeeded();
  await shot('12-story-facets');

  // Timeline: every report by publication instant; copies bring nothing first.
  const tlDocs = await page.locator('.tl-row').evaluateAll((els) => els.map((e) => e.getAttribute('data-doc')));
  assert.deepEqual([...tlDocs].sort(), story.reports.map((r) => r.docId).sort());
  const when = new Map(story.reports.map((r) => [r.docId, instant(r.published)]));
  const times = tlDocs.map((d) => when.get(d!)!);
  assert.deepEqual(times, [...times].sort((a, b) => a - b));
  for (const r of story.reports.filter((x) => !x.independent)) {
    assert.equal(await page.locator(`.tl-row[data-doc="${r.docId}"] .tl-mark`).count(), 0, `${r.docId} is a copy`);
  }
  if (story.facets.some((f) => f.updated)) assert.ok((await page.locator('.tl-mark.change-rise').count()) > 0, 'a rising figure is shown as an update');
  assert.ok((await page.locator('.tl-mark.change-first').count()) > 0);
  assert.equal(await page.locator('.tl-axis .tl-dot').count(), story.reports.filter((r) => r.published).length);
  await page.locator('#story-timeline').scrollIntoViewIfNeeded();
  await shot('13-story-timeline');

  // Reports by what they add, copies last with what they copy.
  const order = await page.locator('.story-report').evaluateAll((els) => els.map((e) => e.getAttribute('data-doc')));
  assert.deepEqual(order, story.reports.map((r) => r.docId));
  for (const r of story.reports.filter((x) => x.derivedFrom)) {
    assert.equal(await page.locator(`.story-report[data-doc="${r.docId}"] a.copied`).getAttribute('href'), `/reports/${r.derivedFrom!.docId}`);
  }
  assert.equal(await page.locator('.story-findings .finding').count(), story.findings.length);

  // The map: an image from the API, loaded.
  const map = page.locator('img.map-img');
  assert.equal(await map.getAttribute('src'), `/api/stories/${story.id}/map.svg?width=640&height=400`);
  await map.scrollIntoViewIfNeeded();
  await waitUntil(`(() => { const i = document.querySelector('img.map-img'); return i && i.complete && i.naturalWidth > 0; })()`, 'the map image has loaded');
  assert.equal(await page.evaluate(`document.querySelector('img.map-img').naturalWidth`), 640);
  const svg = await fetch(`${server.url}/api/stories/${story.id}/map.svg`);
  assert.equal(svg.headers.get('content-type'), 'image/svg+xml; charset=utf-8');
  await page.evaluate('window.scrollTo(0, 0)');
  await shot('11-story');
  assert.deepEqual(await page.evaluate('window.__violations ?? []'), [], 'the timeline\'s positions and the map break no policy');

  // From a value to the report's words: the report opens scrolled to them.
  const target = contradicted.groups.flatMap((g) => g.reports.flatMap((r) => r.evidence))[0]!;
  await row.locator(`a.quote[href="${spanHref(target)}"]`).first().click();
  await page.waitForURL(new RegExp(`/reports/${target.docId}#span-${target.range[0]}-${target.range[1]}$`));
  await waitUntil(`document.querySelectorAll('.text .r.focus').length > 0`, 'the linked words are focused');
  assert.equal((await page.locator('.text .r.focus').allTextContents()).join(''), target.quote);
  assert.deepEqual(pageErrors, []);
});

test('a report shows the stories it is in and its cross-report findings, every finding linked to its evidence', { skip }, async () => {
  const all = await api<{ items: Summary[] }>('/api/reports?limit=500');
  const withCross = all.items.filter((r) => r.crossFindingCount > 0);
  // The one whose cross-report findings point into most other reports.
  const picks = await Promise.all(withCross.map(async (r) => ({ r, across: await api<{ stories: Array<{ id: string; role: string }>; findings: Finding[] }>(`/api/reports/${r.id}/stories`) })));
  const pick = picks.reduce((a, b) => (b.across.findings.flatMap((f) => f.related ?? []).length > a.across.findings.flatMap((f) => f.related ?? []).length ? b : a));
  const doc = await api<Doc & { findings: Finding[] }>(`/api/reports/${pick.r.id}`);

  await page.goto(`${server.url}/reports/${pick.r.id}`);
  await page.locator('#panel-across').waitFor();
  const own = doc.findings.length;
  const across = pick.across.findings;
  // A report in several stories: a finding that does not depend on the story is shown once.
  assert.equal(new Set(across.map((f) => JSON.stringify(f))).size, across.length, 'no finding repeated');
  assert.equal(await page.locator('#panel-across .finding').count(), across.length);
  assert.equal(await page.locator('#panel-findings .finding').count(), own);
  // Every finding, its own and across reports, links each piece of its evidence to the words in the text.
  const all2 = [...doc.findings, ...across];
  for (let i = 0; i < all2.length; i++) {
    const f = all2[i]!;
    const card = page.locator(`#finding-${i}`);
    assert.equal(await card.locator('.evidence-link').count(), f.evidence.length, `${f.ruleId}: every evidence is a link`);
    assert.equal(await card.locator('.evidence .muted').count(), 0, `${f.ruleId}: no evidence fails to match the text`);
    const related = await card.locator('a.related').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    assert.deepEqual(related, (f.related ?? []).map(spanHref));
  }
  // The stories it is in, with its role.
  assert.deepEqual(await page.locator('#panel-stories li').evaluateAll((els) => els.map((e) => e.getAttribute('data-story'))), pick.across.stories.map((s) => s.id));
  // A cross-report finding's evidence: a click marks the words in this text.
  const k = across.findIndex((f) => f.evidence.length > 0);
  const key = `ev-${own + k}-0`;
  await page.locator(`#panel-across .evidence-link[data-ev="${key}"]`).click();
  await waitUntil(`document.querySelectorAll('.text .r.focus').length > 0`, 'the cross-report evidence is focused');
  assert.equal((await page.locator('.text .r.focus').allTextContents()).join(''), across[k]!.evidence[0]!.quote);
  await page.locator('#panel-across').scrollIntoViewIfNeeded();
  await shot('14-report-across');
  // Its related words in another report: the link opens that report on them.
  const rel = across.flatMap((f) => f.related ?? [])[0]!;
  await page.locator(`#panel-across a.related[href="${spanHref(rel)}"]`).first().click();
  await page.waitForURL(new RegExp(`/reports/${rel.docId}#span-`));
  // The URL changes before the other report is drawn: until then the words focused are still this report's.
  await waitUntil(`[...document.querySelectorAll('.text .r.focus')].map((e) => e.textContent).join('') === ${JSON.stringify(rel.quote)}`, 'the related words are focused');
  assert.equal((await page.locator('.text .r.focus').allTextContents()).join(''), rel.quote);
  await page.locator('#panel-stories a.story-link').first().click();
  await page.waitForURL(/\/stories\//);
  await page.locator('.facet-table, .story .empty').first().waitFor();
  assert.deepEqual(pageErrors, []);
});

// Invented reports for the live updates: the town, outlet and people do not exist.
const LIVE_REPORT = {
  title: 'Tram depot flooded in Morrowby after burst main',
  outlet: 'Morrowby Evening Star',
  published: '2026-03-14T09:30:00Z',
  text:
    'A burst water main flooded the tram depot in Morrowby on Saturday morning, halting services on three lines, the city transport office said.\n\n' +
    '"We expect trams back on the Quayside line by Monday," depot manager Orla Penhallow said. About 60 trams were moved to a siding.',
};
const LIVE_STORY = {
  title: 'Ferry ramp collapses at Skelby harbour, two hurt',
  outlet: 'Skelby Coast News',
  published: '2026-03-15T06:10:00Z',
  text:
    'A loading ramp at Skelby harbour collapsed on Sunday morning, injuring two dock workers, the harbour master said.\n\n' +
    'The harbour master, Ivo Tarrant, said the morning ferry to Holm Island was cancelled while engineers inspected the quay.',
};

async function postReport(r: typeof LIVE_REPORT): Promise<string> {
  const res = await fetch(`${server.url}/api/reports`, {
    method: 'POST',
    headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(r),
  });
  const body = (await res.json()) as { stored: string[] };
  assert.equal(res.status, 201, JSON.stringify(body));
  return body.stored[0]!;
}

test('live updates: a report stored while the list is open appears without a reload, and the board gains its story', { skip }, async () => {
  await page.goto(`${server.url}/reports?limit=100`);
  const rows = page.locator('table.grid tbody tr');
  await rows.first().waitFor();
  await waitUntil(`document.querySelector('.live-badge')?.textContent === 'live'`, 'the event stream is connected');
  const before = await rows.count();
  // A mark on the window: a reload would wipe it.
  await page.evaluate('window.__sameDocument = true');
  const id = await postReport(LIVE_REPORT);
  const row = page.locator(`table.grid tbody tr[data-id="${id}"]`);
  await row.waitFor();
  assert.equal(await rows.count(), before + 1);
  assert.equal(await row.locator('td.headline').textContent(), LIVE_REPORT.title);
  assert.match((await row.getAttribute('class')) ?? '', /\bnew\b/, 'the new row is marked');
  assert.equal(await page.evaluate('window.__sameDocument'), true, 'no reload');
  await waitUntil(`document.querySelector('.server-status')?.textContent?.startsWith('${before + 1} reports')`, 'the header counts the new report');
  await shot('15-live-report');

  // The board, open while another report arrives: its story appears in place.
  await page.locator('.main-nav a', { hasText: 'Stories' }).click();
  await page.locator('.story-card').first().waitFor();
  const cards = await page.locator('.story-card').count();
  const storyId = await postReport(LIVE_STORY);
  const stories = await api<{ stories: Array<{ id: string; title: string }> }>(`/api/reports/${storyId}/stories`);
  assert.equal(stories.stories.length, 1, 'the report joined one story');
  const card = page.locator(`.story-card[data-id="${stories.stories[0]!.id}"]`);
  await card.waitFor();
  assert.equal(await card.locator('.story-title').textContent(), stories.stories[0]!.title);
  assert.ok((await page.locator('.story-card').count()) >= cards, 'no story went away');
  assert.match((await card.getAttribute('class')) ?? '', /\bfresh\b/);
  assert.equal(await page.evaluate('window.__sameDocument'), true, 'no reload');
  await shot('16-live-board');
  assert.deepEqual(pageErrors, []);
});
