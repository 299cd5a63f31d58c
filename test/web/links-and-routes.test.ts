/** The dashboard's link guard and its routes. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseRoute, routePath, type Route } from '../../web/src/router.js';
import { externalHref, isInternalPath } from '../../web/src/safe-url.js';

test('only http(s) URLs from reports become links', () => {
  assert.equal(externalHref('https://brenna-post.example/2026/06/bridge'), 'https://brenna-post.example/2026/06/bridge');
  assert.equal(externalHref('  HTTP://brenna-post.example/a b'), undefined, 'whitespace inside is refused');
  for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', ' javascript:alert(1)', 'data:text/html,<script>1</script>', 'vbscript:x', '//evil.example/x', '/relative', 'https:', 'http://', '', undefined, null]) {
    assert.equal(externalHref(bad as string | undefined), undefined, String(bad));
  }
});

test('internal paths are our own: no scheme, no other host', () => {
  for (const ok of ['/', '/reports/abcdef12', '/search?q=a%20b', '#finding-2']) assert.ok(isInternalPath(ok), ok);
  for (const bad of ['//evil.example/', '/\\evil.example', 'javascript:x', 'reports', '/a b', '#x y', 'https://x.example/']) assert.ok(!isInternalPath(bad), bad);
});

test('routes round-trip through their paths', () => {
  const routes: Route[] = [
    { name: 'reports', limit: 25, offset: 0 },
    { name: 'reports', limit: 50, offset: 100 },
    { name: 'report', id: 'a1e63d66c6c60e3f' },
    { name: 'report', id: 'a1e63d66c6c60e3f', focus: 'ev-0-2' },
    { name: 'search', q: 'harbour "master" & crane' },
    { name: 'ingest' },
    { name: 'stories' },
  ];
  for (const r of routes) {
    const url = new URL(routePath(r), 'http://127.0.0.1');
    assert.deepEqual(parseRoute(url.pathname, url.search, url.hash), r, routePath(r));
  }
  assert.deepEqual(parseRoute('/reports', '?limit=ten&offset=-3'), { name: 'reports', limit: 25, offset: 0 });
  assert.deepEqual(parseRoute('/reports', '?limit=900'), { name: 'reports', limit: 500, offset: 0 });
  assert.deepEqual(parseRoute('/reports/A1E63D', ''), { name: 'report', id: 'a1e63d' });
  assert.equal(parseRoute('/reports/xyz', '').name, 'not-found');
  assert.deepEqual(parseRoute('/reports/a1e63d', '', '#<img onerror=1>'), { name: 'report', id: 'a1e63d' }, 'a fragment that is not a mark key is ignored');
});
