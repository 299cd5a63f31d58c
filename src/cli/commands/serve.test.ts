import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { main } from '../main.js';

const ROOT = new URL('../../../', import.meta.url).pathname;

async function run(argv: string[]): Promise<{ code: number; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let err = '';
  stderr.on('data', (c) => (err += c));
  const code = await main(argv, { stdout: stdout as unknown as NodeJS.WriteStream, stderr: stderr as unknown as NodeJS.WriteStream });
  return { code, err };
}

test('serve refuses a weak token and a busy port with coded errors', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'crb-serve-'));
  const busy = http.createServer();
  try {
    const weak = await run(['serve', '--db', join(dir, 'c.db'), '--token', 'short']);
    assert.equal(weak.code, 2);
    assert.match(weak.err, /CRB_ERR_CLI_USAGE the token must be at least 16/);
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const port = (busy.address() as AddressInfo).port;
    const taken = await run(['serve', '--db', join(dir, 'c.db'), '--port', String(port)]);
    assert.equal(taken.code, 3);
    assert.match(taken.err, /CRB_ERR_API_LISTEN cannot listen on 127\.0\.0\.1:\d+ \(EADDRINUSE\)/);
  } finally {
    busy.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('corroborate serve listens, answers, takes its token from the environment and stops cleanly on SIGTERM', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'crb-serve-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main-entry.ts', 'serve', '--db', join(dir, 'c.db'), '--port', '0'], {
    cwd: ROOT,
    env: { ...process.env, CORROBORATE_TOKEN: 'env-token-for-the-serve-test' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  try {
    let err = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stderr.on('data', (c) => {
        err += c;
        const m = /serving .* at (http:\/\/127\.0\.0\.1:\d+)\//.exec(err);
        if (m?.[1]) resolve(m[1]);
      });
      child.once('exit', (code) => reject(new Error(`serve exited early (${code}): ${err}`)));
    });
    assert.match(err, /ingest enabled \(token required\)/);
    const health = (await (await fetch(`${url}/api/health`)).json()) as { readOnly: boolean; reports: number };
    assert.deepEqual([health.readOnly, health.reports], [false, 0]);
    const denied = await fetch(`${url}/api/reports`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer wrong-token-wrong-token' }, body: '{}' });
    assert.equal(denied.status, 401);
    const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    assert.equal(await exit, 0);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});
