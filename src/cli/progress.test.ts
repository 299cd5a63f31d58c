import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { createActivity, createProgress, formatDuration } from './progress.js';

/** A stream that says it is a terminal of `columns` width, keeping what is written to it. */
function terminal(isTTY: boolean, columns = 120) {
  const stream = Object.assign(new PassThrough(), { isTTY, columns });
  let written = '';
  stream.on('data', (c) => (written += c));
  return { stream: stream as unknown as NodeJS.WriteStream, written: () => written };
}

test('durations read short: seconds, minutes and seconds, hours and minutes', () => {
  assert.deepEqual([0, 9.4, 59.6, 65, 3599, 3720, 90_000].map(formatDuration), ['0s', '9s', '1m00s', '1m05s', '59m59s', '1h02m', '25h00m']);
});

test('on a terminal the bar shows done/total and the time left; in a pipe nothing is drawn', async () => {
  const tty = terminal(true);
  const bar = createProgress(tty.stream, 200);
  bar.update(50, 'stored 50 · skipped 0 · failed 0');
  bar.done();
  await new Promise((r) => setImmediate(r));
  assert.match(tty.written(), /\[######------------------\] 50\/200 ETA \d+(?:s|m\d\ds|h\d\dm) [\d.]+\/s stored 50 · skipped 0 · failed 0/);
  assert.ok(tty.written().endsWith('\r\x1b[2K'), 'done() clears the line');

  const narrow = terminal(true, 30);
  createProgress(narrow.stream, 200).update(50, 'a label far too long for a narrow terminal window');
  await new Promise((r) => setImmediate(r));
  assert.equal(narrow.written().length, 29, 'cut to the terminal width');

  const pipe = terminal(false);
  const silent = createProgress(pipe.stream, 200);
  silent.update(50, 'x');
  silent.done();
  createActivity(pipe.stream, 'scoring extraction').done();
  await new Promise((r) => setImmediate(r));
  assert.equal(pipe.written(), '');
});

test('an activity line names the work and clears itself', async () => {
  const tty = terminal(true);
  const a = createActivity(tty.stream, 'scoring clickbait on train.jsonl');
  a.done();
  await new Promise((r) => setImmediate(r));
  assert.match(tty.written(), /^\r\x1b\[2Kscoring clickbait on train\.jsonl · 0s\r\x1b\[2K$/);
});
