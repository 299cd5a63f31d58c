// Checks that the example corpus is what examples/README.md says it is: every HTML page parses
// and decodes with its declared charset, the JSONL lines and the RSS feed are well-formed, the
// WARC has one gzip member per record with byte-exact Content-Length values, and every snippet,
// headline and locator in expected.json really occurs in the corpus. Prints body word counts.
// Usage: node examples/check-corpus.mjs   (exit code 1 on any failure)
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { inflateRawSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { DOMParser, parseHTML } from 'linkedom';

const ROOT = fileURLToPath(new URL('./corpus/', import.meta.url));
const expected = JSON.parse(readFileSync(new URL('./expected.json', import.meta.url), 'utf8'));
const failures = [];
const fail = (where, what) => failures.push(`${where}: ${what}`);
const words = (s) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Parses a page or a fragment; block ends get a space so words do not run together. */
function parse(html) {
  const spaced = html.replace(/(<\/(?:p|div|h[1-6]|li|td|figcaption|title|section|article|aside|nav|header|footer|ul|ol|form|button|label)>|<br\s*\/?>)/gi, '$1 ');
  return parseHTML(/<html[\s>]/i.test(spaced) ? spaced : `<!doctype html><html><head></head><body>${spaced}</body></html>`).document;
}

/** Text a reader sees: tags dropped (script/style bodies too), entities decoded. */
function visibleText(html) {
  const document = parse(html);
  for (const el of document.querySelectorAll('script, style')) el.remove();
  return (document.documentElement?.textContent ?? '').replace(/\s+/g, ' ');
}

/** Everything in the source, entities decoded, script bodies included: for "the trap is really there". */
function allText(html) {
  const document = parse(html);
  return `${document.documentElement?.textContent ?? ''} ${html}`.replace(/\s+/g, ' ');
}

function declaredMetaCharset(bytes) {
  const head = bytes.subarray(0, 2048).toString('latin1');
  return (/<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1] ?? null)?.toLowerCase() ?? null;
}

// ------------------------------------------------------------------------------------ sources
/** key → { raw (decoded source), text (visible text), format } */
const sources = new Map();

for (const name of readdirSync(`${ROOT}html`).sort()) {
  const key = `html/${name}`;
  const bytes = readFileSync(`${ROOT}html/${name}`);
  const charset = declaredMetaCharset(bytes);
  if (!charset) fail(key, 'no <meta> charset');
  const raw = iconv.decode(bytes, charset ?? 'utf-8');
  if (!iconv.encode(raw, charset ?? 'utf-8').equals(bytes)) fail(key, `bytes do not round-trip through ${charset}`);
  if (raw.includes('\uFFFD')) fail(key, 'replacement character after decoding');
  const want = expected.reports.find((r) => r.key === key)?.charset?.name;
  if (want && want !== charset) fail(key, `meta charset ${charset}, expected.json says ${want}`);
  const { document } = parseHTML(raw);
  if (!document.querySelector('title') || !document.querySelector('h1')) fail(key, 'no <title> or <h1> after parsing');
  sources.set(key, { raw, text: visibleText(raw), format: 'html' });
}

for (const name of readdirSync(`${ROOT}text`).sort()) {
  const key = `text/${name}`;
  const bytes = readFileSync(`${ROOT}text/${name}`);
  const raw = bytes.toString('utf8');
  if (raw.includes('\uFFFD')) fail(key, 'not valid UTF-8');
  sources.set(key, { raw, text: raw.replace(/\s+/g, ' '), format: 'text' });
}

// JSONL
const jsonlLines = readFileSync(`${ROOT}wire.jsonl`, 'utf8').split('\n').filter((l) => l.trim() !== '');
jsonlLines.forEach((line, i) => {
  let rec;
  try {
    rec = JSON.parse(line);
  } catch (e) {
    fail(`wire.jsonl:${i + 1}`, `invalid JSON (${e.message})`);
    return;
  }
  for (const f of ['id', 'url', 'title', 'published', 'outlet', 'author']) {
    if (typeof rec[f] !== 'string' || rec[f] === '') fail(`wire.jsonl:${i + 1}`, `missing ${f}`);
  }
  if (Number.isNaN(Date.parse(rec.published))) fail(`wire.jsonl:${i + 1}`, 'published is not ISO');
  if ((typeof rec.text === 'string') === (typeof rec.html === 'string')) fail(`wire.jsonl:${i + 1}`, 'needs exactly one of text/html');
  const body = rec.text ?? rec.html;
  sources.set(`wire.jsonl#${rec.id}`, {
    raw: body,
    text: rec.text !== undefined ? body.replace(/\s+/g, ' ') : visibleText(body),
    format: rec.text !== undefined ? 'text' : 'html',
    given: rec,
    line: i + 1,
  });
});

// RSS: strict well-formedness first (linkedom's XML mode is lenient), then structure.
function checkXmlWellFormed(xml, where) {
  const stack = [];
  const re = /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|<|&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/g;
  for (const m of xml.matchAll(re)) {
    const tok = m[0];
    if (tok === '<') return fail(where, `stray "<" at offset ${m.index}`);
    if (tok.startsWith('&')) return fail(where, `bare "&" at offset ${m.index}`);
    if (tok.startsWith('<![CDATA[') || tok.startsWith('<!--') || tok.startsWith('<?')) continue;
    const [, close, name, , selfClose] = m;
    if (selfClose) continue;
    if (close) {
      const open = stack.pop();
      if (open !== name) return fail(where, `</${name}> closes <${open}> at offset ${m.index}`);
    } else stack.push(name);
  }
  if (stack.length) fail(where, `unclosed <${stack.join('>, <')}>`);
}
const rss = readFileSync(`${ROOT}feed.rss`, 'utf8');
checkXmlWellFormed(rss, 'feed.rss');
const feed = new DOMParser().parseFromString(rss, 'text/xml');
const items = [...feed.getElementsByTagName('item')];
if (items.length !== 3) fail('feed.rss', `${items.length} items, want 3`);
for (const item of items) {
  const get = (tag) => item.getElementsByTagName(tag)[0]?.textContent?.trim() ?? '';
  const guid = get('guid');
  for (const tag of ['title', 'link', 'pubDate', 'dc:creator', 'description', 'content:encoded']) {
    if (!get(tag)) fail(`feed.rss#${guid}`, `missing <${tag}>`);
  }
  if (Number.isNaN(Date.parse(get('pubDate')))) fail(`feed.rss#${guid}`, 'pubDate does not parse');
  const html = get('content:encoded');
  sources.set(`feed.rss#${guid}`, { raw: html, text: visibleText(html), format: 'html', given: { title: get('title') } });
}

// WARC: walk gzip members by hand so "one member per record" is checked, not assumed.
const gz = readFileSync(`${ROOT}archive.warc.gz`);
const warcRecords = [];
for (let off = 0; off < gz.length; ) {
  if (gz[off] !== 0x1f || gz[off + 1] !== 0x8b || gz[off + 2] !== 8) {
    fail('archive.warc.gz', `no gzip member header at byte ${off}`);
    break;
  }
  if (gz[off + 3] !== 0) fail('archive.warc.gz', `gzip member at ${off} has header flags this check does not read`);
  const { buffer: data, engine } = inflateRawSync(gz.subarray(off + 10), { info: true });
  const end = off + 10 + engine.bytesWritten;
  if (gz.readUInt32LE(end + 4) !== data.length % 2 ** 32) fail('archive.warc.gz', `ISIZE mismatch in member at ${off}`);
  off = end + 8;
  const sep = data.indexOf('\r\n\r\n');
  const head = data.subarray(0, sep).toString('utf8').split('\r\n');
  if (head[0] !== 'WARC/1.0') fail('archive.warc.gz', `record does not start with WARC/1.0: ${head[0]}`);
  const h = Object.fromEntries(head.slice(1).map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
  const len = Number(h['content-length']);
  const block = data.subarray(sep + 4, sep + 4 + len);
  const tail = data.subarray(sep + 4 + len);
  if (block.length !== len || tail.toString('latin1') !== '\r\n\r\n') {
    fail('archive.warc.gz', `${h['warc-type']} ${h['warc-target-uri'] ?? ''}: Content-Length ${len} is not exact (tail ${JSON.stringify(tail.toString('latin1'))})`);
  }
  warcRecords.push({ type: h['warc-type'], uri: h['warc-target-uri'], block });
}
if (warcRecords[0]?.type !== 'warcinfo') fail('archive.warc.gz', 'first record is not warcinfo');
if (warcRecords.filter((r) => r.type === 'request').length !== 1) fail('archive.warc.gz', 'want exactly one request record');
for (const r of warcRecords.filter((x) => x.type === 'response')) {
  const sep = r.block.indexOf('\r\n\r\n');
  const lines = r.block.subarray(0, sep).toString('latin1').split('\r\n');
  if (lines[0] !== 'HTTP/1.1 200 OK') fail(r.uri, `status line ${lines[0]}`);
  const hh = Object.fromEntries(lines.slice(1).map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
  const payload = r.block.subarray(sep + 4);
  if (Number(hh['content-length']) !== payload.length) fail(r.uri, `HTTP Content-Length ${hh['content-length']} != payload ${payload.length}`);
  const charset = /charset=([\w-]+)/i.exec(hh['content-type'] ?? '')?.[1]?.toLowerCase();
  if (!charset) fail(r.uri, 'no charset in HTTP Content-Type');
  const raw = iconv.decode(payload, charset ?? 'utf-8');
  if (raw.includes('\uFFFD')) fail(r.uri, 'replacement character after decoding');
  const key = `archive.warc.gz#${r.uri}`;
  const want = expected.reports.find((x) => x.key === key)?.charset?.name;
  if (want && want !== charset) fail(key, `HTTP charset ${charset}, expected.json says ${want}`);
  sources.set(key, { raw, text: visibleText(raw), format: 'html' });
}

// ----------------------------------------------------------------------- expected.json vs corpus
const keys = new Set(expected.reports.map((r) => r.key));
for (const key of sources.keys()) if (!keys.has(key)) fail(key, 'in the corpus but not in expected.json');
const counts = [];
for (const r of expected.reports) {
  const src = sources.get(r.key);
  if (!src) {
    fail(r.key, 'in expected.json but not found in the corpus');
    continue;
  }
  if (src.format !== r.format) fail(r.key, `format ${src.format}, expected.json says ${r.format}`);
  const everything = allText(src.raw);
  const has = (s) => src.text.includes(s) || everything.includes(s);
  const headlineSeen = src.given?.title === r.headline || has(r.headline);
  if (!headlineSeen) fail(r.key, `headline not found: ${r.headline}`);
  if (src.given) {
    for (const f of ['outlet', 'author']) if (src.given[f] !== undefined && src.given[f] !== r[f]) fail(r.key, `${f} given as ${src.given[f]}`);
    if (src.given.published && Date.parse(src.given.published) !== Date.parse(r.published?.value)) fail(r.key, 'published differs from the given field');
  } else {
    if (r.author && !has(r.author)) fail(r.key, `author not in source: ${r.author}`);
    if (r.outlet && !has(r.outlet)) fail(r.key, `outlet not in source: ${r.outlet}`);
  }
  for (const s of r.present) if (!src.text.includes(s)) fail(r.key, `present snippet not in body text: ${s}`);
  for (const s of r.absent) if (!everything.includes(s)) fail(r.key, `absent snippet is not in the source at all (no trap): ${s}`);
  for (const x of r.removals) if (!has(x.startsWith)) fail(r.key, `removal start not found: ${x.startsWith}`);
  for (const x of r.foreign) if (!src.text.includes(x.startsWith)) fail(r.key, `foreign span not found: ${x.startsWith}`);
  if (r.creditedOrigin && !has(r.creditedOrigin.quote)) fail(r.key, `credit not found: ${r.creditedOrigin.quote}`);
  for (const ref of [r.copyOf, r.translationOf]) if (ref && !keys.has(ref)) fail(r.key, `refers to unknown key ${ref}`);
  for (const dc of r.dateClaims ?? []) if (!src.text.includes(dc.quote)) fail(r.key, `date claim not found: ${dc.quote}`);
  // Body = from the first present snippet to the end of the last one.
  const first = src.text.indexOf(r.present[0]);
  const lastSnippet = r.present[r.present.length - 1];
  const last = src.text.indexOf(lastSnippet) + lastSnippet.length;
  counts.push([r.key, first >= 0 && last > first ? words(src.text.slice(first, last)) : words(src.text)]);
}

for (const [key, n] of counts) console.log(`${String(n).padStart(5)}  ${key}`);
console.log(`${counts.length} reports, ${counts.reduce((a, [, n]) => a + n, 0)} body words; ${warcRecords.length} WARC records`);
if (failures.length) {
  console.error(`\n${failures.length} problem(s):\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('corpus OK');
