import { test } from 'node:test';
import assert from 'node:assert/strict';
import { completeSkeleton, parseHtml } from './parse-html.js';

test('inputs linkedom mishandles get a full skeleton, and all their text lands in the body', () => {
  const cases: Array<[string, string, string]> = [
    ['', '', ''],
    ['plain words', '', 'plain words'],
    ['<p>a fragment</p>', '', 'a fragment'],
    ['<html>no body tag</html>', '', 'no body tag'],
    ['<html><head><title>T</title></head><div><p>after head</p></div></html>', 'T', 'after head'],
    ['<head><title>T</title></head><p>no html tag</p>', 'T', 'no html tag'],
    ['<!doctype html><html lang="en"><head><title>T</title></head><body><p>complete</p></body></html>', 'T', 'complete'],
  ];
  for (const [html, title, body] of cases) {
    const doc = parseHtml(html);
    assert.equal(doc.documentElement?.tagName, 'HTML', html);
    assert.equal(doc.title, title, html);
    assert.equal((doc.body?.textContent ?? '').trim(), body, html);
  }
  assert.equal(completeSkeleton('<html><body>x</body></html>'), '<html><body>x</body></html>');
});

test('the page address becomes a <base> so relative links can be resolved', () => {
  const doc = parseHtml('<html><head></head><body><a href="/x">x</a></body></html>', { url: 'https://dock-news.example/a/b' });
  assert.equal(doc.querySelector('base')?.getAttribute('href'), 'https://dock-news.example/a/b');
  const own = parseHtml('<html><head><base href="https://cdn.example/"></head><body></body></html>', { url: 'https://dock-news.example/' });
  assert.equal(own.querySelectorAll('base').length, 1);
});

test('a very large page loses its inline scripts before parsing but keeps JSON-LD', () => {
  const html = `<html><head><script type="application/ld+json">{"headline":"Kept"}</script><script>var big = "${'z'.repeat(1_600_000)}";</script></head><body><p>Body text.</p></body></html>`;
  const doc = parseHtml(html);
  const scripts = Array.from(doc.querySelectorAll('script'));
  assert.equal(scripts.length, 1);
  assert.equal(scripts[0]!.textContent, '{"headline":"Kept"}');
  assert.equal(doc.body?.textContent, 'Body text.');
});
