import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeEntities, readHtmlMeta, stripSiteName } from './html-meta.js';
import { parseHtml } from './parse-html.js';

const read = (head: string, body = '', url?: string) =>
  readHtmlMeta(parseHtml(`<html><head>${head}</head><body>${body}</body></html>`), url === undefined ? {} : { url });

test('site names come off either end of a title', () => {
  const cases: Array<[string, string[], string]> = [
    ['Dam inspection delayed again | Northfield Post', ['Northfield Post'], 'Dam inspection delayed again'],
    ['Northfield Post - Dam inspection delayed again', ['Northfield Post'], 'Dam inspection delayed again'],
    ['Dam inspection delayed again – NORTHFIELD POST', ['northfieldpost.example'], 'Dam inspection delayed again'],
    ['Dam inspection delayed again | Regional | Northfield Post', ['Northfield Post'], 'Dam inspection delayed again | Regional'],
    ['Council: dam inspection - the full story', ['Northfield Post'], 'Council: dam inspection - the full story'],
    ['Dam inspection delayed again after storm damage | NFP', [], 'Dam inspection delayed again after storm damage'],
    ['Dam inspection delayed', [], 'Dam inspection delayed'],
  ];
  for (const [title, names, want] of cases) assert.equal(stripSiteName(title, names), want, title);
});

test('the headline prefers JSON-LD, then Open Graph, then the page heading, then the title', () => {
  const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Dam inspection delayed &#8211; again"}</script>';
  const og = '<meta property="og:title" content="Dam inspection delayed | Northfield Post"><meta property="og:site_name" content="Northfield Post">';
  assert.deepEqual(read(ld + og).headline, { value: 'Dam inspection delayed – again', from: 'json-ld' });
  assert.deepEqual(read(og).headline, { value: 'Dam inspection delayed', from: 'meta-tag' });
  assert.deepEqual(read('<title>Dam inspection delayed - Northfield Post</title>', '<h1>Dam inspection delayed</h1>').headline, { value: 'Dam inspection delayed', from: 'heading' });
  // A logo heading that the title does not contain loses to the title.
  assert.deepEqual(
    read('<title>Dam inspection delayed - Northfield Post</title>', '<h1>NFP Online</h1>', 'https://northfieldpost.example/a').headline,
    { value: 'Dam inspection delayed', from: 'title-tag' },
  );
});

test('publication dates are read from meta tags, JSON-LD, <time> and the URL, with their precision', () => {
  assert.deepEqual(read('<meta property="article:published_time" content="2023-06-01T14:30:15Z">').published, { value: '2023-06-01T14:30:15Z', precision: 'second', from: 'meta-tag' });
  assert.deepEqual(read('<meta name="pubdate" content="20230601">').published, undefined, 'not a date format we guess at');
  assert.deepEqual(read('<script type="application/ld+json">[{"@type":"BlogPosting","datePublished":"2023-06-01"}]</script>').published, { value: '2023-06-01', precision: 'day', from: 'json-ld' });
  const sidebar = '<aside><time datetime="2023-05-30T09:00">Older story</time></aside>';
  assert.deepEqual(read('', `${sidebar}<div class="post"><time datetime="2023-06-01T08:15+02:00">1 June</time></div>`).published, { value: '2023-06-01T08:15+02:00', precision: 'minute', from: 'time-element', quote: '1 June' });
  assert.deepEqual(read('', '', 'https://northfieldpost.example/2023/06/01/dam').published, { value: '2023-06-01', precision: 'day', from: 'url' });
  assert.deepEqual(read('<meta property="article:published_time" content="2023-02-30T10:00:00Z">').published, undefined, 'an impossible day is not a date');
});

test('authors come from JSON-LD, meta tags or a visible byline, never a profile URL', () => {
  const ld = '<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"By Ada Orme"},{"name":"Piet Vos"}]}</script>';
  assert.deepEqual(read(ld).author, { value: 'Ada Orme, Piet Vos', from: 'json-ld' });
  assert.deepEqual(read('<meta property="article:author" content="https://social.example/ada"><meta name="author" content="Ada Orme">').author, { value: 'Ada Orme', from: 'meta-tag' });
  assert.deepEqual(read('', '<div class="meta"><span>By Ada Orme</span> | 1 June 2023</div><p>Text.</p>').author, { value: 'Ada Orme', from: 'byline' });
  assert.equal(read('', '<p>By the river, the water rose quickly after the rain.</p>').author, undefined);
});

test('outlet and canonical address, with the domain as the last resort', () => {
  const m = read('<link rel="canonical" href="/2023/dam"><meta property="og:site_name" content="https://northfieldpost.example">', '', 'https://www.northfieldpost.example/2023/dam?utm=1');
  assert.equal(m.canonicalUrl, 'https://www.northfieldpost.example/2023/dam');
  assert.deepEqual(m.outlet, { value: 'northfieldpost.example', from: 'domain' });
  const ld = '<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Northfield Post"}}</script>';
  assert.deepEqual(read(ld).outlet, { value: 'Northfield Post', from: 'json-ld' });
  assert.equal(read('<link rel="canonical" href="javascript:void(0)">').canonicalUrl, undefined);
});

test('malformed JSON-LD is skipped, and raw line breaks inside strings are tolerated', () => {
  const broken = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>';
  const raw = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Dam inspection\ndelayed"}</script>';
  assert.equal(read(broken).headline, undefined);
  assert.deepEqual(read(broken + raw).headline, { value: 'Dam inspection delayed', from: 'json-ld' });
});

test('entities are decoded', () => {
  assert.equal(decodeEntities('Tom &amp; Jerry &#8217;s &#x2014; &bogus; &nbsp;'), 'Tom & Jerry ’s — &bogus; \u00a0');
});
