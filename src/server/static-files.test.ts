import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findStaticFile, safeRelativePath, staticRoot } from './static-files.js';

test('safe paths are plain segments; traversal, backslashes, NUL and double encoding are refused', () => {
  assert.equal(safeRelativePath('/'), '');
  assert.equal(safeRelativePath('/assets/app.9f1c.js'), 'assets/app.9f1c.js');
  assert.equal(safeRelativePath('/story%20board/index.html'), 'story board/index.html');
  assert.equal(safeRelativePath('//assets//x.css'), 'assets/x.css');
  for (const bad of ['/../etc/passwd', '/a/%2e%2e/%2e%2e/etc/passwd', '/a/..%2f..%2fb', '/a\\..\\b', '/a/%5c..%5cb', '/a%00.js', '/%252e%252e/x', '/bad%zzescape', '/./x']) {
    assert.equal(safeRelativePath(bad), undefined, bad);
  }
});

test('a root without index.html is no dashboard; a built one serves files, folders and client routes', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'crb-static-'));
  try {
    assert.equal(staticRoot(join(dir, 'absent')), undefined);
    mkdirSync(join(dir, 'dist', 'maps'), { recursive: true });
    assert.equal(staticRoot(join(dir, 'dist')), undefined);
    writeFileSync(join(dir, 'dist', 'index.html'), '<!DOCTYPE html><title>root</title>');
    writeFileSync(join(dir, 'dist', 'maps', 'index.html'), '<!DOCTYPE html><title>maps</title>');
    writeFileSync(join(dir, 'dist', 'world.json'), '{"type":"Topology"}');
    const root = staticRoot(join(dir, 'dist'));
    assert.ok(root);
    assert.equal((await findStaticFile(root, '/world.json'))?.contentType, 'application/json; charset=utf-8');
    assert.match((await findStaticFile(root, '/maps/'))?.body.toString() ?? '', /maps/);
    const route = await findStaticFile(root, '/reports/0a1b2c3d');
    assert.equal(route?.fallback, true);
    assert.match(route?.body.toString() ?? '', /root/);
    assert.equal(await findStaticFile(root, '/missing.css'), undefined);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
