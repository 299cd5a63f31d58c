import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extractHtml } from './extract-html.js';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const paragraphs = (text: string): string[] => text.split('\n\n');

test('a news page yields its body paragraphs in order, one per block, without page furniture', () => {
  const { text } = extractHtml(fixture('harbourside-article.html'), { url: 'https://harbourside-courier.example/news/2024/03/ferry-resumes' });
  const paras = paragraphs(text);
  assert.equal(paras[0], 'The ferry between Port Ellery and Saltmarsh Point carried its first passengers on Tuesday morning, a week after cracks closed the Estuary Bridge to all traffic.');
  assert.equal(paras.at(-1), 'The harbour authority said the ferry would stay free of charge for as long as the bridge remained shut.');
  // Subheading, list items and the quote are paragraphs of their own, in document order.
  const order = [
    'About 1,200 people used the crossing',
    '"We knew people were desperate',
    'Inspections continue',
    'The council listed three conditions',
    'a second inspection of the southern pier,',
    'load tests with empty lorries,',
    'and a sign-off from the regional roads agency.',
    'We will not reopen a single lane',
    'Local businesses on the Saltmarsh side',
  ];
  let at = 0;
  for (const start of order) {
    const i = paras.findIndex((p, k) => k >= at && p.startsWith(start));
    assert.ok(i >= at, `"${start}" missing or out of order`);
    at = i + 1;
  }
  assert.ok(paras.includes('Inspections continue'));
  for (const furniture of [
    'Skip to content', 'Weather', 'Transport', // navigation and breadcrumbs
    'Ferry service resumes after', // the headline is not repeated at the top
    'Commuters can cross the estuary', // standfirst in the article header
    'Mara Quint', '07:40', // byline and dateline
    'Share on Facebook', 'Tweet this story', // share bar
    'Passengers board the first crossing', // caption
    'Advertisement',
    'Read more', 'Toll rise approved', 'A century of ferries', 'Related stories', // related links
    'Morning briefing', 'newsletter', // promo
    'harbourfan', 'The detour was costing me', 'forgotten the elderly', '3 comments', // comments
    'Most read', 'Lifeboat crew', // sidebar
    'All rights reserved', 'Privacy', // footer
    'SCRIPT TEXT', 'STYLE TEXT', 'NOSCRIPT TEXT', 'TEMPLATE TEXT', 'dataLayer',
  ]) {
    assert.ok(!text.includes(furniture), `"${furniture}" leaked into the body`);
  }
  assert.ok(!/\n{3,}/.test(text) && text === text.trim());
});

test('the page metadata comes with where each value was read', () => {
  const { meta } = extractHtml(fixture('harbourside-article.html'), { url: 'https://harbourside-courier.example/news/2024/03/ferry-resumes?ref=rss' });
  assert.deepEqual(meta.headline, { value: 'Ferry service resumes after Port Ellery bridge closure', from: 'json-ld' });
  assert.deepEqual(meta.published, { value: '2024-03-05T07:40:00+01:00', precision: 'minute', from: 'meta-tag' });
  assert.deepEqual(meta.author, { value: 'Mara Quint, Olu Ferrante', from: 'json-ld' });
  assert.deepEqual(meta.outlet, { value: 'The Harbourside Courier', from: 'meta-tag' });
  assert.equal(meta.canonicalUrl, 'https://harbourside-courier.example/news/2024/03/ferry-resumes');
});

test('broken HTML from an old template still yields its text and visible metadata', () => {
  const { text, meta } = extractHtml(fixture('valley-gazette-broken.html'), { url: 'https://www.valley-gazette.example/2024/02/11/storm' });
  const paras = paragraphs(text);
  assert.equal(paras.length, 5);
  assert.ok(paras[0]!.startsWith('High winds brought down power lines across Brackwater'));
  assert.ok(paras[3]!.startsWith('"We have twenty crews out'));
  assert.ok(paras[4]!.includes('warm shelter & overnight refuge'), 'an unterminated entity still decodes');
  for (const furniture of ['Share', 'Tags', 'storm, power', 'Popular', 'market reopens', 'Copyright', 'Jana Vok', 'Local']) {
    assert.ok(!text.includes(furniture), `"${furniture}" leaked into the body`);
  }
  assert.deepEqual(meta.headline, { value: 'Storm cuts power to 4,000 homes in Brackwater', from: 'heading' });
  assert.deepEqual(meta.published, { value: '2024-02-11T18:05', precision: 'minute', from: 'time-element', quote: '11 Feb 2024' });
  assert.deepEqual(meta.author, { value: 'Jana Vok', from: 'byline' });
  assert.deepEqual(meta.outlet, { value: 'Valley Gazette', from: 'title-tag' });
  assert.equal(meta.canonicalUrl, undefined);
});

const story = (n: number): string =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1}: the tribunal in Carrow heard evidence from the third witness, a ferry engineer who inspected the hull.</p>`).join('');

test('a visible dateline and a "Source:" line become metadata candidates, not body text', () => {
  const html = `<html><head><title>Tribunal hears hull evidence</title></head><body><div class="main">
    <h1>Tribunal hears hull evidence</h1><p>Published 10:02 AM EST Nov 19, 2019</p>${story(6)}<p>Source: Carrow Wire Service</p></div></body></html>`;
  const { text, meta } = extractHtml(html);
  assert.ok(text.startsWith('Paragraph 1:'));
  assert.ok(!text.includes('Published') && !text.includes('Source:'));
  assert.deepEqual(meta.published, { value: '2019-11-19T10:02-05:00', precision: 'minute', from: 'dateline', quote: 'Published 10:02 AM EST Nov 19, 2019' });
  assert.deepEqual(meta.creditedOrigin, { name: 'Carrow Wire Service', cue: 'source-line', quote: 'Source: Carrow Wire Service' });
});

test('embedded posts, tables and preformatted text keep their text and shape', () => {
  const html = `<html><body><article>${story(4)}
    <blockquote class="twitter-tweet"><p>The hull was fine when it left port.</p>— Dock Union (@dockunion) March 4, 2024</blockquote>
    <table><tr><th>Vessel</th><th>Year</th></tr><tr><td>Marie Ellen</td><td>1987</td></tr></table>
    <pre>line one\r\n  line two</pre>${story(2)}</article></body></html>`;
  const paras = paragraphs(extractHtml(html).text);
  assert.ok(paras.includes('The hull was fine when it left port.'));
  assert.ok(paras.includes('Vessel\tYear') && paras.includes('Marie Ellen\t1987'));
  assert.ok(paras.includes('line one\n  line two'));
});

test('pages without an article give empty text instead of throwing', () => {
  for (const html of ['', '   ', '<html><head><title>Only a title</title></head></html>', '\u0000\u0001<<>>&&;',
    '<html><body><script>document.write("<p>hi</p>")</script><style>p{}</style><noscript>Enable JavaScript</noscript></body></html>']) {
    assert.equal(extractHtml(html).text, '', JSON.stringify(html));
  }
});

test('a fragment without <html> or <body> is read', () => {
  const { text } = extractHtml(`<p>Harbour fees will rise by four percent from April, the port board decided on Friday after a short debate.</p>${story(3)}`);
  assert.ok(text.startsWith('Harbour fees will rise by four percent from April'));
});

test('absurdly deep, very wide and very large pages are read without crashing', () => {
  const deep = `<html><body>${'<div>'.repeat(3000)}${story(5)}${'</div>'.repeat(3000)}</body></html>`;
  assert.ok(paragraphs(extractHtml(deep).text).length === 5);
  const wide = `<html><body>${'<div class="cell">x</div>'.repeat(45_000)}<article>${story(5)}</article></body></html>`;
  assert.deepEqual(paragraphs(extractHtml(wide).text).map((p) => p.slice(0, 12)), ['Paragraph 1:', 'Paragraph 2:', 'Paragraph 3:', 'Paragraph 4:', 'Paragraph 5:']);
  const large = `<html><head><script>var blob = "${'x'.repeat(1_600_000)}";</script></head><body><article>${story(8)}</article></body></html>`;
  const text = extractHtml(large).text;
  assert.equal(paragraphs(text).length, 8);
  assert.ok(!text.includes('xxxx'));
});
