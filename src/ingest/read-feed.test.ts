import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { ingest, type IngestItem } from './ingest.js';
import type { RawReport } from '../model/document.js';

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crb-ingest-feed-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function collect(inputs: string[]): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const item of ingest(inputs, { now: () => new Date('2025-05-02T12:00:00Z') })) out.push(item);
  return out;
}
const reports = (items: IngestItem[]): RawReport[] => items.flatMap((i) => (i.kind === 'report' ? [i.report] : []));
const errors = (items: IngestItem[]) => items.flatMap((i) => (i.kind === 'error' ? [{ code: i.error.code, input: i.error.input }] : []));

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>Lakeside Courier</title>
    <link>https://lakeside-courier.example/</link>
    <item>
      <title>Dam inspection finds cracks</title>
      <link>https://lakeside-courier.example/2025/05/dam-cracks</link>
      <guid isPermaLink="false">lc-7781</guid>
      <pubDate>Thu, 01 May 2025 16:20:00 +0200</pubDate>
      <dc:creator>Oskar Brenn</dc:creator>
      <description>Short: inspectors found cracks.</description>
      <content:encoded><![CDATA[<p>Inspectors found <strong>three cracks</strong> in the Lakeside dam on Thursday, the water board said.</p>]]></content:encoded>
    </item>
    <item>
      <title>Water board calls meeting</title>
      <link>/2025/05/meeting</link>
      <author>desk@lakeside-courier.example (Mia Tall)</author>
      <description>&lt;p&gt;The water board will meet on &lt;em&gt;Monday&lt;/em&gt; to discuss repairs &amp;amp; costs.&lt;/p&gt;</description>
    </item>
    <item>
      <title>Photo gallery</title>
      <link>https://lakeside-courier.example/gallery</link>
    </item>
  </channel>
</rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Northshore Wire</title>
  <author><name>Northshore Desk</name></author>
  <entry>
    <title>Ferry delayed by fog</title>
    <link rel="alternate" href="https://northshore-wire.example/ferry-fog"/>
    <id>tag:northshore-wire.example,2025:ferry-fog</id>
    <updated>2025-05-01T08:00:00Z</updated>
    <published>2025-05-01T07:30:00Z</published>
    <content type="html">&lt;p&gt;The morning ferry to Gullholm left two hours late because of fog.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Harbour crane repaired</title>
    <link href="https://northshore-wire.example/crane"/>
    <updated>2025-05-01T09:00:00Z</updated>
    <author><name>Ida Vell</name></author>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The harbour crane is working again after <b>repairs</b>.</p></div></content>
  </entry>
  <entry>
    <title>Tide note</title>
    <link href="https://northshore-wire.example/tide"/>
    <updated>2025-05-01T10:00:00Z</updated>
    <summary type="text">High tide at 14:10; no flooding expected.</summary>
  </entry>
</feed>`;

test('an RSS 2.0 feed gives one report per item with its metadata', async () => {
  const path = join(dir, 'courier.rss');
  await writeFile(path, RSS);
  const items = await collect([path]);
  const [a, b] = reports(items);
  assert.equal(reports(items).length, 2);
  assert.equal(a?.format, 'html');
  assert.ok(a?.raw.includes('<strong>three cracks</strong>'), 'content:encoded wins over description');
  assert.deepEqual(a?.given, {
    url: 'https://lakeside-courier.example/2025/05/dam-cracks',
    title: 'Dam inspection finds cracks',
    published: 'Thu, 01 May 2025 16:20:00 +0200',
    author: 'Oskar Brenn',
    outlet: 'Lakeside Courier',
  });
  assert.deepEqual(a?.source, {
    kind: 'feed-item',
    location: path,
    url: 'https://lakeside-courier.example/2025/05/dam-cracks',
    recordId: 'lc-7781',
    fetchedAt: '2025-05-02T12:00:00.000Z',
    contentType: 'application/rss+xml',
    charset: { name: 'utf-8', from: 'xml' },
  });
  // An escaped description is HTML once unescaped; the author's e-mail is dropped for the name.
  assert.ok(b?.raw.includes('<p>The water board will meet on <em>Monday</em> to discuss repairs &amp; costs.</p>'));
  assert.equal(b?.given.author, 'Mia Tall');
  assert.equal(b?.given.url, '/2025/05/meeting');
  // The item with neither description nor content is an error naming it; the others are not held up.
  assert.deepEqual(errors(items), [{ code: 'CRB_ERR_INGEST_NO_TEXT', input: `${path}#item-3` }]);
});

test('an Atom feed: html, xhtml and text content, entry and feed authors', async () => {
  const path = join(dir, 'wire.atom');
  await writeFile(path, ATOM);
  const items = await collect([path]);
  assert.deepEqual(errors(items), []);
  const [fog, crane, tide] = reports(items);
  assert.equal(fog?.format, 'html');
  assert.ok(fog?.raw.includes('<p>The morning ferry to Gullholm left two hours late because of fog.</p>'));
  assert.deepEqual(fog?.given, {
    url: 'https://northshore-wire.example/ferry-fog',
    title: 'Ferry delayed by fog',
    published: '2025-05-01T07:30:00Z',
    author: 'Northshore Desk',
    outlet: 'Northshore Wire',
  });
  assert.equal(fog?.source.recordId, 'tag:northshore-wire.example,2025:ferry-fog');
  assert.equal(fog?.source.contentType, 'application/atom+xml');
  assert.ok(crane?.raw.includes('<b>repairs</b>'));
  assert.equal(crane?.given.author, 'Ida Vell');
  assert.equal(crane?.given.published, '2025-05-01T09:00:00Z');
  assert.equal(tide?.format, 'text');
  assert.equal(tide?.raw, 'High tide at 14:10; no flooding expected.');
});

test('RSS 1.0 (RDF) items are read, HTML entities in their fields decoded', async () => {
  const rdf = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://valley-post.example/"><title>Valley Post</title></channel>
  <item rdf:about="https://valley-post.example/orchard-frost">
    <title>Frost hits orchards &mdash; caf&eacute; closed</title><link>https://valley-post.example/orchard-frost</link>
    <dc:date>2025-04-29T05:00:00+02:00</dc:date><dc:creator>Rui Mendel</dc:creator>
    <description>Late frost damaged apple blossom across the valley overnight.</description>
  </item>
</rdf:RDF>`;
  const path = join(dir, 'valley.rdf.xml');
  await writeFile(path, rdf);
  const [r, ...rest] = reports(await collect([path]));
  assert.equal(rest.length, 0);
  assert.equal(r?.given.outlet, 'Valley Post');
  // HTML entities are not XML, but feeds use them: they are decoded in metadata.
  assert.equal(r?.given.title, 'Frost hits orchards — café closed');
  assert.equal(r?.given.published, '2025-04-29T05:00:00+02:00');
  assert.equal(r?.given.author, 'Rui Mendel');
  assert.equal(r?.source.recordId, 'https://valley-post.example/orchard-frost');
});

test('.xml is sniffed: a feed is a feed, an XHTML page is HTML, other XML is refused', async () => {
  const feed = join(dir, 'news.xml');
  await writeFile(feed, ATOM);
  const xhtml = join(dir, 'page.xml');
  await writeFile(xhtml, '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body><p>The ferry to Gullholm runs again.</p></body></html>');
  const other = join(dir, 'config.xml');
  await writeFile(other, '<?xml version="1.0"?><settings><timeout>30</timeout></settings>');
  const items = await collect([feed, xhtml, other]);
  assert.deepEqual(reports(items).map((r) => r.source.kind), ['feed-item', 'feed-item', 'feed-item', 'file']);
  assert.equal(reports(items)[3]?.format, 'html');
  assert.deepEqual(errors(items), [{ code: 'CRB_ERR_FEED_FORMAT', input: other }]);
});

test('a KOI8-R feed is decoded by its XML declaration; .rss.gz is decompressed', async () => {
  const ru = 'Плотину на озере Лесное проверят инженеры: в бетоне нашли три трещины.';
  const xml = `<?xml version="1.0" encoding="koi8-r"?><rss version="2.0"><channel><title>Озёрный вестник</title><item><title>Плотина</title><description>${ru}</description></item></channel></rss>`;
  const path = join(dir, 'lake.rss.gz');
  await writeFile(path, gzipSync(iconv.encode(xml, 'koi8-r')));
  const [r] = reports(await collect([path]));
  assert.ok(r?.raw.includes(ru));
  assert.equal(r?.given.outlet, 'Озёрный вестник');
  assert.deepEqual(r?.source.charset, { name: 'koi8-r', from: 'xml' });
});

test('a cut-off feed gives the items found and a feed error; an empty feed is an error', async () => {
  const cut = join(dir, 'cut.rss');
  await writeFile(cut, RSS.slice(0, RSS.indexOf('<item>', RSS.indexOf('</item>'))));
  const items = await collect([cut]);
  assert.equal(reports(items).length, 1);
  assert.deepEqual(errors(items), [{ code: 'CRB_ERR_FEED_FORMAT', input: cut }]);

  const empty = join(dir, 'empty.atom');
  await writeFile(empty, '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Quiet</title></feed>');
  assert.deepEqual(errors(await collect([empty])), [{ code: 'CRB_ERR_INGEST_EMPTY', input: empty }]);
});
