/** The dashboard's link guard, its routes, and how it reads a credibility profile. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readProfile } from '../../web/src/profile.js';
import { parseRoute, routePath, type Route } from '../../web/src/router.js';
import { externalHref, isInternalPath } from '../../web/src/safe-url.js';
import type { Finding } from '../../web/src/types.js';

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
  assert.deepEqual(parseRoute('/reports', '?limit=100000&offset=-3'), { name: 'reports', limit: 25, offset: 0 });
  assert.deepEqual(parseRoute('/reports', '?limit=900'), { name: 'reports', limit: 500, offset: 0 });
  assert.deepEqual(parseRoute('/reports/A1E63D', ''), { name: 'report', id: 'a1e63d' });
  assert.equal(parseRoute('/reports/xyz', '').name, 'not-found');
  assert.deepEqual(parseRoute('/reports/a1e63d', '', '#<img onerror=1>'), { name: 'report', id: 'a1e63d' }, 'a fragment that is not a mark key is ignored');
});

const finding = (ruleId: string, messageId = 'm'): Finding => ({ ruleId, messageId, message: ruleId, severity: 'warning', docId: 'd', evidence: [] });
const findings = [finding('clickbait-headline'), finding('anonymous-sourcing'), finding('anonymous-sourcing', 'other'), finding('missing-attribution')];

test('a profile reads as categories with counts, scores and the findings behind them', () => {
  assert.equal(readProfile(undefined, findings), undefined, 'no profile until the signals run');
  const byKey = readProfile(
    {
      summary: 'two categories with findings',
      categories: {
        'title-representativeness': { count: 1, score: 2, max: 10, summary: 'sensational headline', findings: [0] },
        sourcing: { score: 3.5, findings: ['anonymous-sourcing', 'missing-attribution'] },
      },
    },
    findings,
  );
  assert.deepEqual(byKey, [
    { category: 'title-representativeness', count: 1, score: 2, scoreMax: 10, summary: 'sensational headline', findings: [0] },
    { category: 'sourcing', count: 3, score: 3.5, findings: [1, 2, 3] },
  ]);
  const asArray = readProfile([{ category: 'sourcing', findings: [{ ruleId: 'anonymous-sourcing', messageId: 'other' }, 99, -1] }, { nothing: true }], findings);
  assert.deepEqual(asArray, [{ category: 'sourcing', count: 1, findings: [2] }]);
});
