import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { CleanDocument } from '../../src/model/document.js';
import { EXAMPLES_ROOT, analyzeExampleCorpus } from './example-corpus.js';

/** The ground truth written with the example corpus (see examples/README.md for its schema). */
interface Expected {
  key: string;
  format: 'html' | 'text';
  charset?: { name: string } | null;
  language: string;
  headline: string;
  outlet: string | null;
  author: string | null;
  published: { value: string; precision: string } | null;
  canonicalUrl?: string | null;
  creditedOrigin: { name: string; cue: string } | null;
  removals: Array<{ reason: string; startsWith: string }>;
  foreign: Array<{ lang: string; startsWith: string }>;
  present: string[];
  absent: string[];
}

const root = EXAMPLES_ROOT;
const expected = (JSON.parse(readFileSync(`${root}expected.json`, 'utf8')) as { reports: Expected[] }).reports;
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();


const docs = analyzeExampleCorpus();

test('every example report is read, and nothing else (the WARC request record is ignored)', async () => {
  const got = await docs;
  assert.deepEqual([...got.keys()].sort(), expected.map((e) => e.key).sort());
});

for (const e of expected) {
  test(`example ${e.key}: metadata, cuts, foreign spans and text`, async () => {
    const doc = (await docs).get(e.key);
    assert.ok(doc, `no report for ${e.key}`);
    const m = doc.meta;
    assert.equal(flat(m.headline?.value ?? ''), flat(e.headline), 'headline');
    if (e.outlet) assert.equal(m.outlet?.value, e.outlet, 'outlet');
    if (e.author) assert.equal(m.author?.value, e.author, 'author');
    if (e.published) {
      assert.ok(m.published, 'published date');
      if (e.published.precision === 'day') assert.equal(m.published.value.slice(0, 10), e.published.value, 'published day');
      else assert.equal(Date.parse(m.published.value), Date.parse(e.published.value), `published instant ${m.published.value}`);
    }
    // The WHATWG Encoding standard decodes pages labelled ISO-8859-1 as windows-1252, its superset.
    const label = (s = '') => s.toLowerCase().replace(/^iso-8859-1$/, 'windows-1252');
    if (e.charset) assert.equal(label(doc.source.charset?.name), label(e.charset.name), 'charset');
    assert.equal(m.language, e.language, 'language');
    if (e.creditedOrigin) assert.equal(m.creditedOrigin?.name, e.creditedOrigin.name, 'credited origin');
    const text = flat(doc.text);
    for (const s of e.present) assert.ok(text.includes(flat(s)), `text keeps: ${s}`);
    for (const s of e.absent) assert.ok(!text.includes(flat(s)), `text drops: ${s}`);
    // For text inputs every cut is recorded by the cleaner; for HTML, the extractor may drop chrome first.
    if (e.format === 'text' && doc.format === 'text') {
      for (const r of e.removals) {
        assert.ok(
          doc.removed.some((x) => x.reason === r.reason && flat(x.text).startsWith(flat(r.startsWith))),
          `cut ${r.reason} starting "${r.startsWith}" (cuts: ${doc.removed.map((x) => `${x.reason}:${flat(x.text).slice(0, 30)}`).join(' | ')})`,
        );
      }
    }
    for (const f of e.foreign) {
      const spans = doc.paragraphs.flatMap((p) => p.foreign);
      assert.ok(
        spans.some((s) => s.lang === f.lang && flat(doc.text.slice(s.range[0], s.range[1])).startsWith(flat(f.startsWith))),
        `foreign ${f.lang} span "${f.startsWith}"`,
      );
    }
    for (const r of doc.removed) assert.equal(doc.extracted.slice(r.range[0], r.range[1]), r.text);
  });
}
